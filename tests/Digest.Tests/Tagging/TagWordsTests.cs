using System.Text.RegularExpressions;
using Digest.Tagging;

namespace Digest.Tests.Tagging;

public sealed class TagWordsTests
{
    // The definition the scan implements, as a regex.
    private static readonly Regex Word = new(@"[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*", RegexOptions.CultureInvariant);

    private static HashSet<string> Reference(string text) => Word.Matches(text).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);

    [Theory]
    [InlineData("al-assad's forces took deir ez-zor at 3 o'clock")]
    [InlineData("--a--b- 'c' d'-e x-'y z-1-2 -")]
    [InlineData("zürich, 日本 and ١٢٣; don't")]
    [InlineData("")]
    public void Words_are_those_the_regex_finds(string text) =>
        Assert.Equal(Reference(text).Order(), TagStage.WordsOf(text).Order());

    [Fact]
    public void Words_of_random_texts_are_those_the_regex_finds()
    {
        var random = new Random(11);
        const string alphabet = "ab1-' .é\n";
        for (var i = 0; i < 3000; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            Assert.Equal(Reference(text).Order(), TagStage.WordsOf(text).Order());
        }
    }
}
