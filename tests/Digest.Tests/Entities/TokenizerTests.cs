using Digest.Entities.Recognition;

namespace Digest.Tests.Entities;

public sealed class TokenizerTests
{
    private static string[] Words(string text) => Tokenizer.Tokenize(text).Select(t => t.Text).ToArray();

    [Fact]
    public void Possessives_come_apart_from_the_name()
    {
        Assert.Equal(["Dillon", "'s", "forces"], Words("Dillon's forces"));
        Assert.Equal(["RIA", "\u2019s", "source"], Words("RIA\u2019s source"));
    }

    [Fact]
    public void Abbreviations_and_initials_keep_their_period_but_sentences_do_not()
    {
        Assert.Equal(["U.S.", "Army", "Col.", "Ryan", "Dillon", "said", "."], Words("U.S. Army Col. Ryan Dillon said."));
        Assert.Equal(["George", "W.", "Bush"], Words("George W. Bush"));
    }

    [Fact]
    public void Hyphenated_names_stay_whole()
    {
        Assert.Equal(["the", "U.S.-led", "coalition", "and", "al-Assad"], Words("the U.S.-led coalition and al-Assad"));
    }

    [Fact]
    public void Punctuation_and_quotes_are_tokens_of_their_own()
    {
        Assert.Equal(["(", "SDF", ")", ",", "\u201c", "open", "lines", "\u201d"], Words("(SDF), \u201copen lines\u201d"));
    }

    [Fact]
    public void Tokens_know_their_line()
    {
        var tokens = Tokenizer.Tokenize("Title here\nBody text");
        Assert.Equal([0, 0, 1, 1], tokens.Select(t => t.Line));
    }

    [Fact]
    public void Every_token_is_its_own_spelling_however_many_words_share_a_slot_of_the_table()
    {
        // More distinct words than the table of known spellings has slots, each twice: slots are shared and replaced.
        var text = string.Join(' ', Enumerable.Range(0, 40_000).Select(i => $"w{i % 20_000}"));
        var tokens = Tokenizer.Tokenize(text);
        Assert.Equal(40_000, tokens.Count);
        Assert.All(tokens, t => Assert.Equal(text[t.Start..t.End], t.Text));
    }

    [Fact]
    public void A_spelling_repeated_in_a_text_is_one_string()
    {
        var tokens = Tokenizer.Tokenize("Officials said the talks went on, and the minister said more talks were due.");
        var said = tokens.Where(t => t.Text == "said").ToList();
        Assert.Equal(2, said.Count);
        Assert.Same(said[0].Text, said[1].Text);
    }
}
