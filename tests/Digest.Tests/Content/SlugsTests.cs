using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Digest.Content;

namespace Digest.Tests.Content;

public sealed class SlugsTests
{
    [Theory]
    [InlineData("US-led coalition signals it will yield major Syrian city to Russian and Assad forces", "us-led-coalition-signals-it-will-yield-major-syrian-city")]
    [InlineData("USA ASKS RUSSIA FOR MEETING TO DISCUSS ‘FUTURE OF DEIR EZZOR’ – RUSSIAN MEDIA", "usa-asks-russia-for-meeting-to-discuss-future-of-deir-ezzor")]
    [InlineData("Café in Zürich", "cafe-in-zurich")]
    [InlineData("  --  ", "")]
    [InlineData("Правда України", "")]
    public void Slugs_are_lowercase_ascii_words_cut_at_a_word_boundary(string title, string expected)
    {
        var slug = Slugs.From(title);

        Assert.Equal(expected, slug);
        Assert.True(slug.Length <= Slugs.MaxLength);
        Assert.True(slug.Length == 0 || Slugs.IsValid(slug));
    }

    [Theory]
    [InlineData("C++", "c-plus-plus")]
    [InlineData("C#", "c-sharp")]
    [InlineData("F# in finance", "f-sharp-in-finance")]
    [InlineData("AT&T buys Time Warner", "at-and-t-buys-time-warner")]
    [InlineData("Profits up 5% on the year", "profits-up-5-percent-on-the-year")]
    [InlineData("Rates rise by 0.5 %", "rates-rise-by-0-5-percent")]
    [InlineData("Disney+ launches", "disney-plus-launches")]
    [InlineData("#MeToo one year on", "metoo-one-year-on")]
    [InlineData("Issue #5 of 100%", "issue-5-of-100-percent")]
    [InlineData("Win 100%!", "win-100-percent")]
    [InlineData("The % sign", "the-sign")]
    public void Symbols_that_stand_for_a_word_are_spelt_out_so_that_names_apart_stay_apart(string name, string expected)
    {
        Assert.Equal(expected, Slugs.From(name));
    }

    [Fact]
    public void Names_that_differ_by_a_symbol_get_different_slugs()
    {
        string[] names = ["C", "C++", "C#", "R&D", "R D"];

        Assert.Equal(names.Length, names.Select(n => Slugs.From(n)).Distinct().Count());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Slugs_are_those_of_the_rule_as_written_with_a_pattern_for_any_text(int seed)
    {
        // Words of ASCII letters, digits, accented and other letters, symbols, stop words, and words longer than a slug,
        // joined by spaces, hyphens and punctuation, in upper and lower case.
        var random = new Random(seed);
        string[] pieces = ["tony", "Blair", "AT&T", "C++", "C#", "5%", "the", "of", "and", "Zürich", "Café", "São", "Straße", "Łódź", "Ελλάδα",
            "Правда", "naïve", "O'Neill", "St.", "#tag", "100", "x", new string('a', 70), "Ærø", "İstanbul", "ﬁnance", "Ⅻ", "½", "—", "…", "  "];
        string[] joints = [" ", " ", "-", ", ", ": ", "/", "_", "", "\t"];
        for (var n = 0; n < 2_000; n++)
        {
            var text = new StringBuilder();
            for (var k = random.Next(0, 14); k > 0; k--)
            {
                var piece = pieces[random.Next(pieces.Length)];
                text.Append(random.Next(3) == 0 ? piece.ToUpperInvariant() : piece).Append(joints[random.Next(joints.Length)]);
            }

            var name = text.ToString();
            foreach (var maxLength in new[] { Slugs.MaxLength, 12, 3 })
            {
                Assert.Equal(AsWritten(name, maxLength), Slugs.From(name, maxLength));
            }
        }
    }

    // The rule as it was first written, with a pattern and the folding of every text: what Slugs.From must give.
    private static string AsWritten(string text, int maxLength)
    {
        var spelt = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var k = i - 1;
            while (k >= 0 && text[k] == ' ')
            {
                k--;
            }

            spelt.Append(c switch
            {
                '&' => " and ",
                '+' => " plus ",
                '#' when i > 0 && char.IsLetter(text[i - 1]) => " sharp ",
                '%' when k >= 0 && char.IsDigit(text[k]) => " percent ",
                _ => c.ToString(),
            });
        }

        var decomposed = spelt.ToString().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var folded = string.Concat(decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark));
        var words = Regex.Split(folded, "[^a-z0-9]+").Where(w => w.Length > 0).ToList();
        var kept = new List<string>();
        var length = 0;
        foreach (var word in words)
        {
            var added = length == 0 ? word.Length : word.Length + 1;
            if (length + added > maxLength)
            {
                if (kept.Count == 0)
                {
                    kept.Add(word[..maxLength]);
                }

                break;
            }

            kept.Add(word);
            length += added;
        }

        string[] stopWords = ["a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"];
        while (kept.Count > 1 && kept.Count < words.Count && stopWords.Contains(kept[^1]))
        {
            kept.RemoveAt(kept.Count - 1);
        }

        return string.Join('-', kept);
    }
}
