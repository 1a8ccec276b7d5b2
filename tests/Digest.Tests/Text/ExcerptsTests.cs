using Digest.Text;

namespace Digest.Tests.Text;

public class ExcerptsTests
{
    // What an excerpt is, written the plain way: every whitespace run one space, cut at a word before maxLength.
    private static string Reference(string plainText, int maxLength)
    {
        var flat = string.Join(' ', plainText.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= maxLength)
        {
            return flat;
        }

        var cut = flat.LastIndexOf(' ', maxLength);
        return flat[..(cut > maxLength / 2 ? cut : maxLength)].TrimEnd(',', ';', ':', '-', '–') + "…";
    }

    [Theory]
    [InlineData("Short text.", 240)]
    [InlineData("  Leading\n\nand   trailing \t ", 240)]
    [InlineData("one two three four five", 9)]
    [InlineData("one two three four five", 10)]
    [InlineData("one two three four five", 11)]
    [InlineData("averyveryverylongwordwithoutspaces and more", 12)]
    [InlineData("Cut, after; a comma, here", 10)]
    [InlineData("", 5)]
    public void Excerpt_collapses_whitespace_and_cuts_at_a_word(string text, int maxLength) =>
        Assert.Equal(Reference(text, maxLength), Excerpts.Of(text, maxLength));

    [Fact]
    public void Excerpt_of_random_texts_matches_the_plain_definition()
    {
        var random = new Random(7);
        const string alphabet = "ab c\n\t,;–-é ";
        for (var i = 0; i < 2000; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 60)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var maxLength = random.Next(1, 40);
            Assert.Equal(Reference(text, maxLength), Excerpts.Of(text, maxLength));
        }
    }
}
