using Digest.Entities;
using Digest.Entities.Recognition;

namespace Digest.Tests.Entities;

// Behaviour of the shipped model with the rules on plain news sentences written for these tests.
public sealed class RecognitionTests
{
    private static List<Mention> Recognize(string text) => EntityRecognizer.Recognize(text);

    private static List<string> Names(string text) => Recognize(text).Select(m => m.Text).ToList();

    [Fact]
    public void People_places_and_organisations_are_found_with_their_types()
    {
        var mentions = Recognize("Coalition talks\nFrench President Emmanuel Macron met officials of the European Commission in Brussels on Monday.");
        Assert.Contains(mentions, m => m.Text == "Emmanuel Macron" && m.Type == EntityType.Person);
        Assert.Contains(mentions, m => m.Text == "Brussels" && m.Type == EntityType.Place);
        Assert.Contains(mentions, m => m.Text == "European Commission" && m.Type == EntityType.Organisation);
        Assert.DoesNotContain(mentions, m => m.Text.Contains("Monday", StringComparison.Ordinal));
        Assert.DoesNotContain(mentions, m => m.Text.Contains("President", StringComparison.Ordinal));
    }

    [Fact]
    public void The_tagger_reads_a_demonym_as_its_places_alias_as_it_was_trained()
    {
        var matcher = EntityCatalog.Shipped.Matcher;
        var syrian = matcher.Match(["Syrian", "troops"])[0];
        Assert.Equal(matcher.Match(["Holland"])[0], syrian); // another place's alias
        Assert.NotEqual(matcher.Match(["Syria"])[0], syrian);
        Assert.Equal(0u, matcher.Match(["troops"])[0]);
    }

    [Theory]
    [InlineData("Maarten den Bakker of the Netherlands finished fourth.", "Maarten den Bakker")]
    [InlineData("9. Max van Heeswijk ( Netherlands ) Motorola", "Max van Heeswijk")]
    [InlineData("Hans de Clerq ( Belgium ) Palmans 27 seconds", "Hans de Clerq")]
    public void A_given_name_that_opens_a_sentence_before_a_particle_is_the_persons(string sentence, string name)
    {
        var mentions = Recognize("Cycling\n" + sentence);
        Assert.Contains(mentions, m => m.Text == name && m.Type == EntityType.Person);
    }

    [Fact]
    public void A_common_word_before_a_particle_stays_out_of_the_name()
    {
        Assert.DoesNotContain(Names("Politics\nIn de Gaulle's time, France left the alliance's command."), n => n.StartsWith("In ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Leading results after the third stage of the Tour of the Netherlands on Thursday.", "Tour of the Netherlands")]
    [InlineData("Tankers crossed the Gulf of Mexico on Monday.", "Gulf of Mexico")]
    [InlineData("Last year, the Office for National Statistics said prices rose.", "Office for National Statistics")]
    [InlineData("US rivals Ford and General Motors lost money in the quarter.", "General Motors")]
    public void A_head_word_and_the_words_the_tagger_cut_from_it_are_one_name(string sentence, string name)
    {
        Assert.Contains(name, Names("News\n" + sentence));
    }

    [Fact]
    public void A_lone_headline_word_the_body_writes_in_lower_case_is_no_name()
    {
        var names = Names("SOCCER - ROMANIA BEAT LITHUANIA IN UNDER-21 MATCH .\nBUCHAREST 1996-08-30\n"
            + "Romania beat Lithuania 2-1 ( halftime 1-1 ) in their European under-21 soccer match on Friday .\nScorers :\n"
            + "Romania - Cosmin Contra ( 31st ) , Mihai Tararache ( 75th )");
        Assert.DoesNotContain(names, n => n.Equals("UNDER-21", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(names, n => n.Equals("ROMANIA", StringComparison.OrdinalIgnoreCase) || n == "Romania");
    }

    [Fact]
    public void A_name_that_numbers_what_it_names_keeps_its_number_and_a_score_is_no_part_of_a_name()
    {
        var names = Names("TV\nThe show will be screened on Channel 4, and Radio 4's Today programme agreed. Sony sold two million PlayStation 2 consoles. Arsenal beat Chelsea 2-1.");
        Assert.Contains("Channel 4", names);
        Assert.Contains("Radio 4", names);
        Assert.Contains("PlayStation 2", names);
        Assert.Contains("Chelsea", names);
    }

    [Theory]
    [InlineData("1860 Munich beat Hamburg 2-0 on Saturday.", "1860 Munich")]
    [InlineData("Finland's Tommi Makinen won the 1,000 Lakes Rally on Sunday.", "1,000 Lakes Rally")]
    public void A_name_may_start_with_a_number(string sentence, string name)
    {
        Assert.Contains(name, Names("Sport\n" + sentence));
    }

    [Fact]
    public void A_number_alone_is_not_a_name()
    {
        Assert.DoesNotContain(Names("Results\nHe scored 15-10 15-6 and won 3-0 in 1996, with 1,000 fans watching."), n => char.IsDigit(n[0]));
    }

    [Theory]
    [InlineData("Enter South Dakota to throw down the gauntlet in the campaign.", "South Dakota", "Enter")]
    [InlineData("Those Ryanair passengers said the company owed them money.", "Ryanair", "Those")]
    public void A_word_that_opens_the_sentence_is_not_the_names(string sentence, string name, string opener)
    {
        var names = Names("Campaign\n" + sentence);
        Assert.Contains(name, names);
        Assert.DoesNotContain(names, n => n.StartsWith(opener, StringComparison.Ordinal));
    }

    [Fact]
    public void A_subheading_in_headline_case_is_read_as_a_headline()
    {
        var names = Names("Review\nThe console went on sale in London on Tuesday.\nStadia Controller Is Only Necessary For Playing On A Television\nIt feels like a blend of two others.");
        Assert.DoesNotContain(names, n => n.Contains(" Is ", StringComparison.Ordinal) || n.Contains("Necessary", StringComparison.Ordinal));
        Assert.Contains("London", names);
    }

    [Fact]
    public void A_common_word_opening_a_sentence_that_the_text_writes_in_lower_case_is_no_name()
    {
        // Indonesian "karena" (because), which the English tagger took for a name where it opens a sentence.
        var names = Names("Berita\nKarena hujan, acara di Jakarta ditunda. Dia pulang karena sakit.");
        Assert.DoesNotContain("Karena", names);
        Assert.Contains("Jakarta", names);
    }

    [Fact]
    public void A_word_the_text_writes_in_lower_case_more_often_than_capitalised_is_no_name()
    {
        var names = Names("Spending\nMinisters in London said the Budget would help families. The budget was the smallest in years, "
            + "and the budget of each school will fall. The Labour leader said labour costs had risen.");
        Assert.DoesNotContain("Budget", names);
        Assert.Contains("London", names);
        Assert.Contains("Labour", names);
    }

    [Fact]
    public void A_middle_initial_without_its_full_stop_keeps_the_name_whole()
    {
        var names = Names("Budget\nCongress will spend months debating George W Bush's proposal, and the actor Samuel L Jackson agreed.");
        Assert.Contains("George W Bush", names);
        Assert.Contains("Samuel L Jackson", names);
        Assert.DoesNotContain("George", names);
        Assert.DoesNotContain("Bush", names);
    }

    [Fact]
    public void A_bowlers_figures_after_a_name_are_not_the_names()
    {
        var names = Names("Scoreboard\nBowling: Waqar Younis 9-0-54-1, Phillip DeFreitas 4-70 and Chris Lewis took the wickets in Leeds.");
        Assert.Contains("Waqar Younis", names);
        Assert.DoesNotContain(names, n => n.Contains('-', StringComparison.Ordinal) && n.Any(char.IsDigit));
    }

    [Fact]
    public void Two_names_joined_by_and_are_two_unless_a_bodys_name_holds_the_and()
    {
        var names = Names("Asylum\nThe United States last week granted political asylum to two opposition leaders , Zenon Poznyak and Sergei Naumchik .\n"
            + "Traders at the London International Financial Futures and Options Exchange were calm.");
        Assert.Contains("Zenon Poznyak", names);
        Assert.Contains("Sergei Naumchik", names);
        Assert.DoesNotContain(names, n => n.StartsWith("Zenon Poznyak and", StringComparison.Ordinal) || n == "Options Exchange");
    }

    [Fact]
    public void A_title_in_title_case_with_its_long_prepositions_in_lower_case_is_read_as_a_headline()
    {
        var names = Names("Cricket - Leicestershire Take over at Top After Innings Victory\nWest Indian all-rounder Phil Simmons took four "
            + "wickets on Friday as Leicestershire beat Somerset by an innings to take over at the head of the county championship.");
        Assert.Contains("Leicestershire", names);
        Assert.DoesNotContain(names, n => n.Contains("Take", StringComparison.Ordinal) || n == "Top");
    }

    [Fact]
    public void A_possessive_parts_the_owner_from_the_person_it_names_but_not_from_its_own_name()
    {
        var names = Names("Soccer\nEverton 's Duncan Ferguson scored twice in Liverpool on Saturday .\n"
            + "Moody 's Investors Service cut the rating of McDonald 's Corp on Friday .");
        Assert.Contains("Duncan Ferguson", names);
        Assert.DoesNotContain(names, n => n.StartsWith("Everton 's", StringComparison.Ordinal) || n == "Investors Service");
    }

    [Fact]
    public void A_team_list_of_initials_is_not_read_as_a_headline()
    {
        var names = Names("Line-ups\nA Titterrell, A Sheridan, S Borthwick, A Hazell, M Dawson, H Paul, B Cohen.");
        Assert.Contains(names, n => n.EndsWith("Hazell", StringComparison.Ordinal));
        Assert.Contains("M Dawson", names);
    }

    [Fact]
    public void Addresses_handles_hashtags_interjections_and_party_labels_are_no_names()
    {
        var names = Names("Campaign\n\"Oh, no. We're on it,\" Jane Example wrote with pic.twitter.com/KQLpngeTbO and #MethWeAreOnIt. Follow her on Twitter @JaneExample or on Facebook. Rep. John Example, D-Minn., agreed.");
        Assert.Contains("Jane Example", names);
        foreach (var junk in new[] { "Oh", "We're", "KQLpngeTbO", "MethWeAreOnIt", "JaneExample", "D-Minn" })
        {
            Assert.DoesNotContain(junk, names);
        }
    }

    [Theory]
    [InlineData("The captain said George W. Bush had called.", "George W. Bush")]
    [InlineData("President Harry S. Truman spoke on Monday.", "Harry S. Truman")]
    [InlineData("He met Michael J. Fox in New York.", "Michael J. Fox")]
    public void A_middle_initial_keeps_a_person_whole(string sentence, string person)
    {
        var mentions = Recognize("Visit\n" + sentence);
        Assert.Contains(mentions, m => m.Text == person && m.Type == EntityType.Person);
        Assert.DoesNotContain(mentions, m => m.Text != person && person.Contains(m.Text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Facebook CEO Mark Zuckerberg testified before the committee.", "Facebook", "Mark Zuckerberg")]
    [InlineData("Rates stayed where they were, Fed Chair Jerome Powell told reporters.", "Fed", "Jerome Powell")]
    [InlineData("Tesla Inc. Chief Executive Elon Musk said the plant would open.", "Tesla Inc.", "Elon Musk")]
    public void An_office_between_a_body_and_a_person_splits_them(string sentence, string body, string person)
    {
        var mentions = Recognize("Hearing\n" + sentence);
        Assert.Contains(mentions, m => m.Text == person && m.Type == EntityType.Person);
        Assert.Contains(mentions, m => m.Text == body && m.Type == EntityType.Organisation);
        Assert.DoesNotContain(mentions, m => m.Text.Contains(' ' + person, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The talks were led by Lieutenant-Colonel Max Marriner of the British army on Monday.", "Max Marriner")]
    [InlineData("The funeral of Chicago Cardinal Joseph Bernardin was held on Friday.", "Joseph Bernardin")]
    public void A_rank_or_a_churchs_title_is_not_the_persons_name(string sentence, string person)
    {
        var names = Names("Talks\n" + sentence);
        Assert.Contains(person, names);
        Assert.DoesNotContain(names, n => n.EndsWith(' ' + person, StringComparison.Ordinal));
    }

    [Fact]
    public void A_known_name_opening_a_sentence_leaves_its_the_to_the_sentence()
    {
        var names = Names("Outbreak\nThe World Health Organization said the outbreak had spread to Thailand.");
        Assert.Contains("World Health Organization", names);
        Assert.DoesNotContain(names, n => n.StartsWith("The ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rank_ending_a_line_is_not_part_of_the_name_before_it()
    {
        var names = Names("Briefing\n\"The plan is not to go into the city,\" US Army Col.\nRyan Dillon told reporters in Baghdad.");
        Assert.Contains("Ryan Dillon", names);
        Assert.DoesNotContain(names, n => n.EndsWith("Col.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_nationality_before_an_organisation_known_alone_is_its_members_not_its_name()
    {
        // The rule, on the halves the tagger gives (which words it cuts where is the model's).
        var catalog = EntityCatalog.Create("Syrian Democratic Forces:\n  type: organisation\n  aliases: [SDF]\n", "entities.yml", []);
        const string text = "Arab SDF fighters returned to the villages, while U.S. Army trainers stayed.";
        List<Mention> mentions =
        [
            new("Arab", EntityType.Other, 0, 4, false),
            new("SDF", EntityType.Organisation, 5, 8, false),
            new("U.S.", EntityType.Place, 50, 54, false),
            new("Army", EntityType.Organisation, 55, 59, false),
        ];

        MentionRules.JoinSplitNames(text, mentions, 0, catalog.IsKnownExactly);

        Assert.Equal(["Arab", "SDF", "U.S. Army"], mentions.Select(m => m.Text));
    }

    [Fact]
    public void The_first_word_of_a_region_cut_off_is_no_name()
    {
        var names = Names("Valley\nFighters held out throughout the Middle Euphrates River Valley, officials said.");
        Assert.DoesNotContain("Middle", names);
    }

    [Theory]
    [InlineData("Hurricane Dorian battered the Bahamas on Monday.", "Hurricane Dorian")]
    [InlineData("Officials said Typhoon Hagibis had killed dozens in Japan.", "Typhoon Hagibis")]
    public void A_named_storm_is_an_event_with_its_kind_in_its_name(string sentence, string storm)
    {
        var mentions = Recognize("Storm\n" + sentence);
        Assert.Contains(mentions, m => m.Text == storm && m.Type == EntityType.Other);
        Assert.DoesNotContain(mentions, m => m.Type == EntityType.Person);
    }

    [Fact]
    public void Widely_reported_companies_are_organisations()
    {
        var mentions = Recognize("Earnings\nApple said on Tuesday that sales in China rose, while Google and Microsoft gained.");
        Assert.All(["Apple", "Google", "Microsoft"], name => Assert.Contains(mentions, m => m.Text == name && m.Type == EntityType.Organisation));
    }

    [Fact]
    public void Ranks_and_possessives_are_not_part_of_names()
    {
        var names = Names("Briefing\nU.S. Army Col. Ryan Dillon told reporters in Baghdad that Dillon's team had met Russian officers.");
        Assert.Contains("Ryan Dillon", names);
        Assert.Contains("Dillon", names);
        Assert.DoesNotContain(names, n => n.Contains("Col.", StringComparison.Ordinal) || n.EndsWith("'s", StringComparison.Ordinal));
    }

    [Fact]
    public void Arabic_particles_stay_inside_the_name()
    {
        var names = Names("Advance\nSyrian troops crossed the river at Deir el-Zour, where Bashar al-Assad's forces and Abu Bakr al-Baghdadi's fighters clashed.");
        Assert.Contains("Deir el-Zour", names);
        Assert.Contains("Bashar al-Assad", names);
        Assert.Contains("Abu Bakr al-Baghdadi", names);
    }

    [Fact]
    public void Sentence_initial_common_words_are_not_names()
    {
        var names = Names("Talks\nHowever, the talks in Geneva failed. Meanwhile, officials said nothing. According to Reuters, more talks are planned.");
        Assert.DoesNotContain(names, n => n is "However" or "Meanwhile" or "According");
        Assert.Contains("Geneva", names);
        Assert.Contains("Reuters", names);
    }

    [Fact]
    public void Headline_capitalisation_is_read_with_the_body_names()
    {
        var mentions = Recognize("Syria Army Liberates More Areas In Deir Ezzor Province\nThe Syrian army took villages near Deir Ezzor on Tuesday, state media said.");
        var title = mentions.Where(m => m.Start < 56).Select(m => m.Text).ToList();
        Assert.Contains("Deir Ezzor", title);
        Assert.DoesNotContain(title, t => t.Contains("Liberates", StringComparison.Ordinal) || t.Contains("More", StringComparison.Ordinal));
    }

    [Fact]
    public void An_acronym_in_parentheses_defines_the_name_before_it()
    {
        var names = Names("Offensive\nOn Tuesday the Syrian Arab Army (SAA) crossed the Euphrates.");
        Assert.Contains("Syrian Arab Army", names);
        Assert.Contains("SAA", names);
    }

    [Fact]
    public void Recognition_is_deterministic()
    {
        const string text = "Talks\nRussian and American generals met in Amman to discuss Deir Ezzor, the Pentagon said on Thursday.";
        Assert.Equal(Recognize(text), Recognize(text));
    }

    [Theory]
    [InlineData("On Saturday Fulham boss Chris Coleman said his side would fight on.", "Fulham")]
    [InlineData("Coleman said Fulham striker Andy Cole was fit.", "Fulham")]
    [InlineData("The move angered Wexcorp shareholders on Monday.", "Wexcorp")]
    public void A_name_before_a_role_held_in_it_is_the_club_or_company(string sentence, string name)
    {
        var mentions = Recognize("Football\n" + sentence);

        Assert.Contains(mentions, m => m.Text == name && m.Type == EntityType.Organisation);
    }
}
