using Digest.Ingest.Cleaning;

namespace Digest.Tests.Ingest.Cleaning;

public sealed class MainRegionTests
{
    private static readonly string[] FirstHalf =
    [
        "The city council voted on Tuesday to close the old bridge for repairs, a decision that will divert traffic through the town centre for at least six months, officials said.",
        "Engineers said the cracks found in the main span last spring had grown faster than expected, and that waiting another winter would be a risk to everyone who uses it.",
        "The mayor said she understood the frustration of people who cross the river every day, but that the safety of the people who use it had to come first in any decision.",
    ];

    private static readonly string[] SecondHalf =
    [
        "Shop owners in the old town said they feared the diversion would keep customers away during the busiest months of the year, when most of their income is made.",
        "The council said it would review the closure every month and reopen one lane as soon as the engineers judged that the main span could carry the weight again.",
        "Work on the bridge is expected to start in the spring, once the contractors have finished the survey of the piers that the engineers have asked them to carry out.",
    ];

    private static readonly string Menu = string.Join('\n', "Home", "World", "Politics", "Business", "Sport", "Weather", "Sign In");

    private static IReadOnlyList<string> Clean(string text)
    {
        var (title, lines) = TextLines.Split(text);
        return TextCleaner.Clean(title, lines, english: true);
    }

    [Fact]
    public void An_inline_related_box_does_not_cut_the_article_in_two_and_its_teasers_go()
    {
        var box = "Related articles\nStorm Floods Coastal Towns\nLocal Team Wins The Cup";
        var text = $"Bridge to close\n\n{Menu}\n\n{string.Join("\n\n", FirstHalf)}\n\n{box}\n\n{string.Join("\n\n", SecondHalf)}\n\n{Menu}\n";
        Assert.Equal([.. FirstHalf, .. SecondHalf], Clean(text));
    }

    [Fact]
    public void A_list_of_teasers_with_blurbs_after_the_article_is_not_the_article()
    {
        // Each teaser: a kicker in capitals, a headline, its site and a blurb that reads as a sentence.
        string[] teasers =
        [
            "STORM WATCH", "Coastal Towns Brace For Another Week Of Floods", "3 diggs weather.example News",
            "Forecasters expect the river to rise again on Friday, after two days of rain.",
            "BIG WIN", "Local Team Lifts The Cup After A Dramatic Final", "5 diggs sport.example Sport",
            "The captain scored twice in the last ten minutes of the match.",
            "ON THE MENU", "Ten Soups To Make Before Winter Sets In", "2 diggs food.example Food",
            "Each of them takes less than an hour and costs little to make.",
        ];
        var text = $"Bridge to close\n\n{Menu}\n\n{string.Join("\n\n", FirstHalf)}\n\n{string.Join("\n\n", SecondHalf)}\n\n{string.Join("\n\n", teasers)}\n\n{Menu}\n";
        Assert.Equal([.. FirstHalf, .. SecondHalf], Clean(text));
    }

    [Fact]
    public void Team_lists_after_the_last_paragraph_stay_whether_they_read_as_prose_or_not()
    {
        // The middle list has enough "A"s to read as prose, and alone between the others it weighs half.
        string[] teams =
        [
            "J Robinson (capt); M Cueto, J Noon, O Barkley, J Lewsey; C Hodgson, H Ellis; G Rowntree, S Thompson.",
            "A Titterrell, A Sheridan, S Borthwick, A Hazell, M Dawson, H Paul, B Cohen.",
            "W Servat, J Milloud, G Lamboley, Y Nyanga, P Mignoni, F Michalak, J-P Grandclaude.",
        ];
        var text = $"Bridge to close\n\n{string.Join("\n\n", FirstHalf)}\n\n{string.Join("\n\n", SecondHalf)}\n\n{string.Join("\n\n", teams)}\n\nShare this article\n";
        Assert.Equal([.. FirstHalf, .. SecondHalf, .. teams], Clean(text));
    }

    [Fact]
    public void A_teaser_of_another_story_before_the_headline_is_not_the_article()
    {
        var teaser = "Storm floods coastal towns as the river bursts its banks in the north and hundreds of families are moved to emergency shelters, the authorities said late on Sunday night.";
        var text = $"Bridge to close - Example News\n\n{Menu}\n\n{teaser}\n\nBridge to close\n\nNovember 20, 2019\n\n{string.Join("\n\n", FirstHalf)}\n\n{string.Join("\n\n", SecondHalf)}\n";
        Assert.Equal([.. FirstHalf, .. SecondHalf], Clean(text));
    }

    [Fact]
    public void A_seed_that_is_only_the_article_keeps_its_table_and_list()
    {
        var table = string.Join('\n', "Lane closures:", "North lane 12 weeks", "South lane 20 weeks", "Footpath open");
        var text = $"Bridge to close\n\n{string.Join("\n\n", FirstHalf)}\n\n{table}\n";
        Assert.Equal([.. FirstHalf, "Lane closures:", "North lane 12 weeks", "South lane 20 weeks", "Footpath open"], Clean(text));
    }
}
