using Digest.Ingest.Cleaning;

namespace Digest.Tests.Ingest.Cleaning;

public sealed class TextCleanerTests
{
    private const string Para1 = "The council voted on Tuesday to close the old bridge for repairs, a decision that will divert traffic through the town centre for at least six months.";
    private const string Para2 = "Engineers said the cracks found in the main span last spring had grown faster than expected, and that waiting another winter would be a risk to everyone.";
    private const string Para3 = "The mayor said she understood the frustration of people who cross the river every day, but that safety had to come first.";

    private static IReadOnlyList<string> Clean(string text)
    {
        var (title, lines) = TextLines.Split(text);
        return TextCleaner.Clean(title, lines, english: true);
    }

    [Fact]
    public void Keeps_every_paragraph_of_a_clean_article_including_short_ones()
    {
        var text = $"Bridge to close\n\n{Para1}\n\n\"It is the right call.\"\n\n{Para2}\n\nHe agreed.\n\n{Para3}\n";
        Assert.Equal([Para1, "\"It is the right call.\"", Para2, "He agreed.", Para3], Clean(text));
    }

    [Fact]
    public void Drops_share_and_comment_widgets_and_copyright_lines()
    {
        var text = $"Bridge to close\n\n{Para1}\n\n{Para2}\n\n™ & © 2019 Example News Network, Inc. All rights reserved.\n\nShare this article:\nAre you sure you want to delete this comment?\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *\n";
        Assert.Equal([Para1, Para2], Clean(text));
    }

    [Fact]
    public void Drops_navigation_menus_and_headline_lists_around_the_article()
    {
        var menu = string.Join('\n', "Home", "World", "Politics", "Business", "Sport", "Weather", "Sign In", "Subscribe");
        var headlines = string.Join('\n', "More from Example News", "Storm Brings Flooding To Coastal Towns In The North", "Local Team Wins Cup After Dramatic Final Against Rivals", "Ten Recipes For The Perfect Autumn Soup Everyone Will Love");
        var text = $"Bridge to close - Example\n\n{menu}\n\n{Para1}\n\n{Para2}\n\n{Para3}\n\n{headlines}\n";
        Assert.Equal([Para1, Para2, Para3], Clean(text));
    }

    [Fact]
    public void A_wire_story_with_a_results_table_is_kept_whole()
    {
        string[] table = ["Results on Thursday :", "American League", "DETROIT 4 Kansas City 1", "Minnesota 6 MILWAUKEE 1", "National League", "San Diego 3 NEW YORK 2", "Chicago 4 HOUSTON 3", "Atlanta 5 PITTSBURGH 1", "Florida 10 ST LOUIS 9"];
        var text = $"Baseball results\n\n{Para1}\n\n{string.Join("\n\n", table)}\n";
        Assert.Equal([Para1, .. table], Clean(text));
    }

    [Fact]
    public void A_menu_above_the_article_is_dropped_even_without_words_of_page_furniture()
    {
        var menu = string.Join("\n\n", "Home", "World", "Politics", "Business", "Sport");
        var text = $"Bridge to close\n\n{menu}\n\n{Para1}\n\n{Para2}\n";
        Assert.Equal([Para1, Para2], Clean(text));
    }

    [Fact]
    public void A_menu_below_the_article_is_dropped_even_without_words_of_page_furniture()
    {
        var footer = string.Join("\n\n", "Our team", "Events", "Podcasts", "Shop");
        var text = $"Bridge to close\n\n{Para1}\n\n{Para2}\n\n{Para3}\n\n{footer}\n";
        Assert.Equal([Para1, Para2, Para3], Clean(text));
    }

    [Fact]
    public void In_another_language_short_lines_without_furniture_words_still_mark_a_page()
    {
        var paragraph = "Міська рада у вівторок проголосувала за закриття старого мосту на ремонт, і рух транспорту пройде через центр міста.";
        var footer = string.Join("\n\n", "Про нас", "Контакти", "Реклама");
        var (title, lines) = TextLines.Split($"Міст закривають\n\n{paragraph}\n\n{paragraph}\n\n{paragraph}\n\n{footer}\n");
        Assert.Equal([paragraph, paragraph, paragraph], TextCleaner.Clean(title, lines, english: false, foreign: true));
        Assert.Equal(6, TextCleaner.Clean(title, lines, english: false, foreign: false).Count);
    }

    [Fact]
    public void A_ticker_of_teasers_cut_short_above_the_article_is_not_the_article()
    {
        // Cut to one width, the teasers look like a hard-wrapped paragraph, and each reads like a sentence.
        string[] ticker =
        [
            "Storm brings flooding to coastal towns WASHINGTON: Heavy rain fell through the night across the coast and officials said that many...",
            "Local team wins the cup after a dramatic final NEW YORK: The home side came back from two goals down in the last minutes of the...",
            "Ten recipes for the perfect autumn soup LONDON: As the evenings draw in there is nothing better than a bowl of soup that you can...",
            "Bridge to close for repairs DELHI: The council voted on Tuesday to close the old bridge for repairs, a decision that will have to...",
        ];
        var text = $"Bridge to close for repairs\n\n{string.Join('\n', ticker)}\n\nBridge to close for repairs\n\n{Para1}\n\n{Para2}\n";
        Assert.Equal([Para1, Para2], Clean(text));
    }

    [Theory]
    [InlineData("Trending News")]
    [InlineData("More World")]
    public void A_section_of_other_stories_after_the_article_is_not_the_article(string header)
    {
        const string Teaser = "Some people thought the striped cattle in a pasture were a practical joke, but the science behind them could save farmers money.";
        var text = $"Bridge to close\n\n{Para1}\n\n{Para2}\n\n{header}\n\n{Teaser}\n";
        Assert.Equal([Para1, Para2], Clean(text));
    }

    [Fact]
    public void A_subheading_in_sentence_case_stays_in_the_article()
    {
        var text = $"Bridge to close\n\n{Para1}\n\nMore protests\n\n{Para2}\n\n{Para3}\n";
        Assert.Equal([Para1, "More protests", Para2, Para3], Clean(text));
    }

    [Fact]
    public void Reader_comments_after_a_comments_header_are_not_the_article()
    {
        var comments = string.Join('\n', "12 Comments", "jdoe", "2 days ago", "I have driven over that bridge every single day for twenty years and I never noticed anything wrong with it at all, to be honest.", "Reply", "kim", "They should have fixed it years ago when the first reports came out, but the council never listens to anyone here.");
        var text = $"Bridge to close\n\n{Para1}\n\n{Para2}\n\n{Para3}\n\n{comments}\n";
        Assert.Equal([Para1, Para2, Para3], Clean(text));
    }

    [Fact]
    public void A_comment_section_in_the_menu_does_not_fence_off_the_article()
    {
        // "Comment" is the site's opinion section here, between "Sport" and "Finance": comments do not start there,
        // so the article on both sides of its "Related articles" box is one block.
        var menu = string.Join('\n', "Home", "News", "Sport", "Comment", "Finance", "Travel");
        var box = string.Join('\n', "Related articles", "Storm Brings Flooding To Coastal Towns", "Local Team Wins Cup After Dramatic Final");
        const string Para4 = "Shops on the high street said they expected fewer customers while the bridge is closed, and asked the council for help with parking.";
        const string Para5 = "The council said it would publish a plan for buses and deliveries next week, after talks with the county and the companies that run the routes.";
        const string Para6 = "Work on the bridge is due to start in January and should be finished by the summer, if the weather allows it.";
        var text = $"Bridge to close\n\n{menu}\n\n{Para1}\n\n{Para2}\n\n{Para3}\n\n{box}\n\n{Para4}\n\n{Para5}\n\n{Para6}\n";
        Assert.Equal([Para1, Para2, Para3, Para4, Para5, Para6], Clean(text));
    }

    [Theory]
    [InlineData("Jane Example is a reporter for Example News.")]
    [InlineData("Jane Example is a freelance writer living in Leeds")]
    [InlineData("Jane Q. Example is a senior correspondent covering transport, and the author of two books about rivers.")]
    [InlineData("Have a tip? Jane Example may be reached at jane@example.com. Follow her on Twitter.")]
    public void A_note_about_the_writer_after_the_article_goes(string note)
    {
        var text = $"Bridge to close\n\n{Para1}\n\n{Para2}\n\n{note}\n";
        Assert.Equal([Para1, Para2], Clean(text));
    }

    [Fact]
    public void The_writers_name_above_the_note_about_them_goes_with_it()
    {
        var text = $"Bridge to close\n\n{Para1}\n\n{Para2}\n\n{Para3}\n\nJane Example\n\nJane Example is a reporter for Example News.\n";
        Assert.Equal([Para1, Para2, Para3], Clean(text));
    }

    [Fact]
    public void A_long_closing_paragraph_about_a_journalist_stays()
    {
        const string Closing = "Jane Example is a reporter for Example News who has covered the council for ten years; her editor said she would keep asking questions about the bridge, whatever the mayor decides, and that the paper would publish the engineers' report in full once it is released to the public next month, before the council meets again.";
        var text = $"Bridge to close\n\n{Para1}\n\n{Para2}\n\n{Closing}\n";
        Assert.Equal([Para1, Para2, Closing], Clean(text));
    }

    [Fact]
    public void Drops_the_title_repeated_as_first_line_and_the_byline()
    {
        var text = $"Bridge to close for repairs\n\nBridge to close for repairs\n\nBy Jane Example\n\n{Para1}\n\n{Para2}\n";
        Assert.Equal([Para1, Para2], Clean(text));
    }

    [Fact]
    public void Drops_a_footer_in_another_script_but_keeps_the_article()
    {
        var text = $"Bridge to close\n\n{Para1}\n\n{Para2}\n\nПро видання\n\nЦей сайт створено для всіх, хто цікавиться новинами нашого міста та його мешканцями.\n";
        Assert.Equal([Para1, Para2], Clean(text));
    }

    [Fact]
    public void Keeps_an_article_written_in_another_script()
    {
        var paragraph = "Міська рада у вівторок проголосувала за закриття старого мосту на ремонт, і рух транспорту пройде через центр міста.";
        var (title, lines) = TextLines.Split($"Міст закривають\n\n{paragraph}\n\n{paragraph}\n");
        Assert.Equal([paragraph, paragraph], TextCleaner.Clean(title, lines, english: false));
    }

    [Fact]
    public void Removes_related_videos_glued_to_the_last_paragraph()
    {
        var text = $"Bridge to close\n\n{Para1}\n\n{Para2} Related Videos\n";
        Assert.Equal([Para1, Para2], Clean(text));
    }

    [Fact]
    public void Joins_a_paragraph_broken_in_the_middle_of_a_sentence()
    {
        var text = "Bridge to close\n\nThe council voted on Tuesday to close the old bridge for repairs, a decision that\nwill divert traffic through the town centre for at least six months.\n\n" + Para2 + "\n";
        Assert.Equal([Para1, Para2], Clean(text));
    }

    [Fact]
    public void Normalises_stray_whitespace_and_mixed_line_endings()
    {
        var text = "Bridge to close\r\n\r\nThe council voted on Tuesday  to close\u00A0the old bridge for repairs, a decision that will divert traffic through the town centre for at least six months.\r\n\n" + Para2 + "\r";
        Assert.Equal([Para1, Para2], Clean(text));
    }

    [Fact]
    public void A_first_line_too_long_for_a_headline_is_the_first_paragraph_and_its_opening_words_the_title()
    {
        var paragraph = string.Join(' ', Enumerable.Repeat("The council met on Tuesday to agree the budget for the year.", 8));

        var (title, lines) = TextLines.Split(paragraph + "\n\nA second paragraph.\n");

        Assert.True(title.Length <= TextLines.MadeTitleLength + 1, title);
        Assert.StartsWith("The council met on Tuesday", title, StringComparison.Ordinal);
        Assert.EndsWith("…", title, StringComparison.Ordinal);
        Assert.Equal([paragraph, "A second paragraph."], lines.Select(l => l.Text));
    }

    [Fact]
    public void A_headline_of_ordinary_length_stays_out_of_the_body()
    {
        var (title, lines) = TextLines.Split("Bridge closes for repairs\n\nThe bridge closes.\n");

        Assert.Equal("Bridge closes for repairs", title);
        Assert.Equal(["The bridge closes."], lines.Select(l => l.Text));
    }
}
