using Digest.Entities;
using Digest.Entities.Recognition;

namespace Digest.Tests.Entities;

/// <summary>
/// Titles of works and prizes that share a given name are typed other (<see cref="WorkTitles"/>, <see cref="PrizeNames"/>):
/// the rules alone, on mentions given as the tagger might type them.
/// </summary>
public sealed class TitlesAndPrizesTests
{
    private static List<string> Typed(string text, params (string Name, EntityType Type)[] names) => Typed(WorkTitles.Apply, text, names);

    // Each name's every occurrence in the text as a mention of the type given; then the rule; "name: type" in text order.
    private static List<string> Typed(Action<List<Token>, List<Mention>> rule, string text, params (string Name, EntityType Type)[] names)
    {
        var mentions = new List<Mention>();
        foreach (var (name, type) in names)
        {
            for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
            {
                mentions.Add(new Mention(name, type, at, at + name.Length, InHeadline: false));
            }
        }

        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        rule(Tokenizer.Tokenize(text), mentions);
        return mentions.Select(m => $"{m.Text}: {m.Type}").ToList();
    }

    [Fact]
    public void A_name_after_the_kind_of_work_it_is_is_a_title_wherever_the_text_names_it()
    {
        var typed = Typed(
            "Awards night\n\nThe drama Vera Drake won the top prize. Vera Drake stars Imelda Staunton.",
            ("Vera Drake", EntityType.Person), ("Imelda Staunton", EntityType.Person));

        Assert.Equal(["Vera Drake: Other", "Vera Drake: Other", "Imelda Staunton: Person"], typed);
    }

    [Theory]
    [InlineData("He praised the biopic 'Ray' on Sunday.", "Ray")]
    [InlineData("Their album Hot Fuss sold well.", "Hot Fuss")]
    [InlineData("The musical Mamma Mia opened.", "Mamma Mia")]
    public void Titles_of_films_records_and_stage_works_are_other(string text, string name) =>
        Assert.Equal([$"{name}: Other"], Typed(text, (name, EntityType.Organisation)));

    [Theory]
    [InlineData("It is the film Mike Leigh made in London.", "Mike Leigh", EntityType.Person)] // the maker, in a relative clause
    [InlineData("Not a single England player scored.", "England", EntityType.Place)]
    [InlineData("England play Wales on Saturday.", "Wales", EntityType.Place)]
    [InlineData("Figures show Labour ahead.", "Labour", EntityType.Organisation)]
    [InlineData("The star of the comedy\nJohn Smith said it was over.", "John Smith", EntityType.Person)] // a new line
    public void Other_names_keep_their_type(string text, string name, EntityType type) =>
        Assert.Equal([$"{name}: {type}"], Typed(text, (name, type)));

    [Fact]
    public void A_given_name_that_is_a_prize_before_a_word_of_prizes_is_the_prize_in_all_the_text()
    {
        var typed = Typed(PrizeNames.Apply, "She won an Oscar in 2004 and has two Oscar nominations this year.", ("Oscar", EntityType.Person));

        Assert.Equal(["Oscar: Other", "Oscar: Other"], typed);
    }

    [Theory]
    [InlineData("Oscar scored twice for Brazil on Sunday.", "Oscar")] // CoNLL-2003's footballer
    [InlineData("The Senate held the Smith nomination back.", "Smith")] // not a prize's name
    [InlineData("Tony said the nominees were strong.", "Tony")] // no word of prizes after it
    public void A_name_without_a_word_of_prizes_after_it_keeps_its_type(string text, string name) =>
        Assert.Equal([$"{name}: Person"], Typed(PrizeNames.Apply, text, (name, EntityType.Person)));
}
