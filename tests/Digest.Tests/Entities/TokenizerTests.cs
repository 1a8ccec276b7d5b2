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
}
