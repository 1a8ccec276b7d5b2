using Digest.Content;
using Digest.Tests.Support;

namespace Digest.Tests.Ingest;

public sealed class HandEditTests
{
    // A project of one seed, ingested once, and the markdown file ingest wrote for it.
    private static (TempProject Project, string File) IngestedSeed()
    {
        var project = new TempProject().WithSeed("a.txt", "A title\n\nThe original body.\n");
        project.Ingest();
        return (project, Assert.Single(project.ArticleFiles()));
    }

    // A maintainer's edit of the file: one replacement; returns the new text.
    private static string EditByHand(string file, string from, string to)
    {
        var edited = File.ReadAllText(file).Replace(from, to, StringComparison.Ordinal);
        File.WriteAllText(file, edited);
        return edited;
    }

    [Fact]
    public void Ingest_never_overwrites_a_markdown_file_edited_by_hand()
    {
        var (project, file) = IngestedSeed();
        using var owned = project;
        var edited = EditByHand(file, "The original body.", "The maintainer's better body.");

        var result = project.Ingest();

        Assert.Equal(edited, File.ReadAllText(file));
        Assert.Equal(1, result.KeptByHand);
        Assert.Equal(0, result.Written);
    }

    [Fact]
    public void A_seed_that_changed_under_an_article_edited_by_hand_is_named_until_the_article_takes_its_seed_hash()
    {
        var (project, file) = IngestedSeed();
        using var owned = project;
        var edited = EditByHand(file, "The original body.", "The maintainer's better body.");
        Assert.Empty(project.Ingest().Diagnostics);

        File.WriteAllText(Path.Combine(project.Paths.Seeds, "a.txt"), "A title\n\nThe original body, corrected by its publisher.\n");
        var result = project.Ingest();

        Assert.Equal(edited, File.ReadAllText(file));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.EndsWith("a-title.md", warning.File, StringComparison.Ordinal);
        var line = File.ReadAllLines(file)[warning.Line!.Value - 1];
        Assert.StartsWith(FrontMatterKeys.SeedHash + ": ", line, StringComparison.Ordinal);
        Assert.Equal(FrontMatterKeys.SeedHash.Length + 3, warning.Column);
        Assert.Contains("seeds/a.txt", warning.Message, StringComparison.Ordinal);
        Assert.Contains("changed since ingest wrote this file", warning.Message, StringComparison.Ordinal);

        // The warning's new hash, written in, says the change was taken in: the file stays the maintainer's and is quiet.
        var newHash = System.Text.RegularExpressions.Regex.Match(warning.Message, "seed_hash: ([0-9a-f]{16})").Groups[1].Value;
        EditByHand(file, line, FrontMatterKeys.SeedHash + ": " + newHash);
        var taken = project.Ingest();

        Assert.Empty(taken.Diagnostics);
        Assert.Equal(1, taken.KeptByHand);
        Assert.Contains("The maintainer's better body.", File.ReadAllText(file), StringComparison.Ordinal);
    }

    [Fact]
    public void A_seed_saved_again_with_the_same_article_is_no_change_under_an_edited_article_nor_one_of_its_front_matter()
    {
        var (project, file) = IngestedSeed();
        using var owned = project;
        var hash = File.ReadAllLines(file).Single(l => l.StartsWith(FrontMatterKeys.SeedHash + ":", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(project.Paths.Seeds, "a.txt"), "A title\r\n\r\nThe original body.\r\n\r\n\r\n");
        Assert.Equal(0, project.Ingest().Written);
        Assert.Contains(hash, File.ReadAllLines(file));

        EditByHand(file, "The original body.", "The maintainer's better body.");
        File.AppendAllText(Path.Combine(project.Paths.Seeds, "a.txt"), "\n\n");

        Assert.Empty(project.Ingest().Diagnostics);
    }

    [Fact]
    public void An_edited_article_of_an_older_digest_without_a_seed_hash_is_kept_without_a_word_when_its_seed_changes()
    {
        var (project, file) = IngestedSeed();
        using var owned = project;
        var line = File.ReadAllLines(file).Single(l => l.StartsWith(FrontMatterKeys.SeedHash + ":", StringComparison.Ordinal));
        var edited = EditByHand(file, line + "\n", "");
        File.WriteAllText(Path.Combine(project.Paths.Seeds, "a.txt"), "A title\n\nA corrected body.\n");

        var result = project.Ingest();

        Assert.Empty(result.Diagnostics);
        Assert.Equal(edited, File.ReadAllText(file));
    }

    [Fact]
    public void Ingest_never_overwrites_a_markdown_file_whose_front_matter_a_maintainer_broke()
    {
        var (project, file) = IngestedSeed();
        using var owned = project;
        var broken = EditByHand(file, "title: A title", "title: [A title");

        var result = project.Ingest();

        Assert.Equal(broken, File.ReadAllText(file));
        Assert.Equal(0, result.Written);
        Assert.Contains(result.Diagnostics, d => d.File.EndsWith("a-title.md", StringComparison.Ordinal) && d.Message.Contains("malformed YAML", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.File.EndsWith("a-title.md", StringComparison.Ordinal) && d.Message.Contains("leaves this file as it is", StringComparison.Ordinal));
    }

    [Fact]
    public void Unedited_ingest_output_is_refreshed_and_keeps_its_slug_when_the_seed_changes()
    {
        using var project = new TempProject().WithSeed("a.txt", "A title\n\nThe original body.\n");
        project.Ingest();
        var file = Assert.Single(project.ArticleFiles());

        File.WriteAllText(Path.Combine(project.Paths.Seeds, "a.txt"), "A changed title\n\nA new body.\n");
        var result = project.Ingest();

        Assert.Equal(1, result.Written);
        Assert.Equal(file, Assert.Single(project.ArticleFiles()));
        Assert.Contains("A new body.", File.ReadAllText(file), StringComparison.Ordinal);
        Assert.True(ArticleFile.IsUnchangedSinceIngest(File.ReadAllText(file)));
    }

    [Theory]
    [InlineData("a-title.md")]
    [InlineData("A-Title.md")]
    public void A_seed_whose_slug_names_a_maintainers_file_of_another_slug_gets_another_and_the_file_is_kept(string name)
    {
        const string ByHand = "---\ntitle: My own words\nslug: mine\n---\n\nWritten by hand.\n";
        using var project = new TempProject().WithInputFile("articles/" + name, ByHand);
        project.Ingest();
        File.WriteAllText(Path.Combine(project.Paths.Seeds, "a.txt"), "A title\n\nFrom a seed.\n");

        var result = project.Ingest();

        Assert.Equal(1, result.Written);
        Assert.Equal(ByHand, File.ReadAllText(Path.Combine(project.Paths.Articles, name)));
        Assert.Equal(new[] { "a-title-2.md", name }.Order(StringComparer.Ordinal), project.ArticleFiles().Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Empty(project.Publish().Diagnostics);
        Assert.True(File.Exists(Path.Combine(project.Paths.Output, "articles", "mine", "index.html")));
        Assert.True(File.Exists(Path.Combine(project.Paths.Output, "articles", "a-title-2", "index.html")));
    }

    [Fact]
    public void A_hand_written_article_that_takes_a_seed_s_slug_is_refused_and_the_seed_keeps_its_article()
    {
        using var project = new TempProject().WithSeed("hello.txt", "Hello World\n\nThe council voted on the budget today after a long debate about the harbour.\n");
        project.Ingest();
        var own = Path.Combine(project.Paths.Articles, "hello-world.md");
        var written = File.ReadAllText(own);
        // Its name sorts before the seed's article: the first file of a slug used to keep it.
        File.WriteAllText(Path.Combine(project.Paths.Articles, "a-my-take.md"), "---\ntitle: My take\nslug: hello-world\n---\n\nMy own text.\n");

        for (var build = 0; build < 2; build++)
        {
            var diagnostics = project.Build();

            var error = Assert.Single(diagnostics.Distinct(), d => d.Severity == Severity.Error);
            Assert.Equal("input/articles/a-my-take.md:3:7: error: slug 'hello-world' is the slug of input/articles/hello-world.md, the article of seeds/hello.txt; give this article another slug (it is left out of the site until then)", error.ToString());
            Assert.Equal(["a-my-take.md", "hello-world.md"], project.ArticleFiles().Select(Path.GetFileName).Order(StringComparer.Ordinal));
            Assert.Equal(written, File.ReadAllText(own));
            Assert.Contains("The council voted on the budget", File.ReadAllText(project.OutputFile("articles/hello-world/")), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_hand_written_article_that_cannot_be_read_is_not_to_be_deleted_and_a_seed_of_its_slug_takes_the_next()
    {
        // A colon in a title breaks the YAML: the file is a maintainer's own, which nothing can write again.
        using var project = new TempProject()
            .WithInputFile("articles/hello-world.md", "---\ntitle: Hello: a first post\nslug: hello-world\n---\n\nMy own words.\n")
            .WithSeed("hello.txt", "Hello World\n\nThe council voted on the budget today after a long debate about the harbour.\n");

        var result = project.Ingest();

        var warning = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Warning);
        Assert.Equal("input/articles/hello-world.md: warning: this article is left out of the site while it cannot be read: mend it (it names no seed, so nothing else holds its text: do not delete it)", warning.ToString());
        Assert.Equal(1, result.Written);
        Assert.Contains("seed: hello.txt", File.ReadAllText(Path.Combine(project.Paths.Articles, "hello-world-2.md")), StringComparison.Ordinal);
        Assert.StartsWith("---\ntitle: Hello: a first post", File.ReadAllText(Path.Combine(project.Paths.Articles, "hello-world.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void An_ingested_article_whose_front_matter_was_broken_by_hand_is_left_and_its_seed_writes_no_other()
    {
        using var project = new TempProject().WithSeed("hello.txt", "Hello World\n\nThe council voted on the budget today after a long debate about the harbour.\n");
        project.Ingest();
        var file = Path.Combine(project.Paths.Articles, "hello-world.md");
        File.WriteAllText(file, File.ReadAllText(file).Replace("title: Hello World", "title: Hello: World", StringComparison.Ordinal));
        var broken = File.ReadAllText(file);

        var result = project.Ingest();

        Assert.Contains(result.Diagnostics, d => d.ToString() == "input/articles/hello-world.md: warning: ingest leaves this file as it is while it cannot be read, and its article is left out of the site: mend it, or delete it to have ingest write it again from its seed");
        Assert.Equal(0, result.Written);
        Assert.Equal(["hello-world.md"], project.ArticleFiles().Select(Path.GetFileName));
        Assert.Equal(broken, File.ReadAllText(file));
    }

    [Fact]
    public void A_seed_whose_slug_names_a_link_in_the_articles_folder_is_not_written_through_it()
    {
        using var project = new TempProject().WithSeed("a.txt", "A title\n\nFrom a seed.\n");
        var outside = Path.Combine(Path.GetTempPath(), "digest-outside-" + Path.GetRandomFileName());
        File.WriteAllText(outside, "not the project's");
        try
        {
            Directory.CreateDirectory(project.Paths.Articles);
            File.CreateSymbolicLink(Path.Combine(project.Paths.Articles, "a-title.md"), outside);

            var result = project.Ingest();

            Assert.Equal("not the project's", File.ReadAllText(outside));
            Assert.Contains(result.Diagnostics, d => d.File == "input/articles/a-title.md" && d.Message.StartsWith("not read: a link to", StringComparison.Ordinal));
            Assert.Contains(result.Diagnostics, d => d.File == "input/articles/a-title.md" && d.Message.StartsWith("this article is left out of the site while it cannot be read", StringComparison.Ordinal));
            // The link names no seed: the seed's article is written beside it, under the next slug.
            Assert.Equal(1, result.Written);
            Assert.True(File.Exists(Path.Combine(project.Paths.Articles, "a-title-2.md")));
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Fact]
    public void A_seed_moved_to_another_folder_keeps_its_edited_article_and_gets_no_second_one()
    {
        using var project = new TempProject().WithSeed("zebra.txt", "Zebra escapes from Berlin zoo\n\nA zebra named Otto escaped from the Berlin Zoo on Tuesday, officials said.\n");
        project.Ingest();
        var article = Path.Combine(project.Paths.Articles, "zebra-escapes-from-berlin-zoo.md");
        File.AppendAllText(article, "\nA maintainer's note.\n");
        var edited = File.ReadAllText(article);
        Directory.CreateDirectory(Path.Combine(project.Paths.Seeds, "animals"));
        File.Move(Path.Combine(project.Paths.Seeds, "zebra.txt"), Path.Combine(project.Paths.Seeds, "animals", "zebra.txt"));

        var result = project.Ingest();

        Assert.Equal((0, 1), (result.Written, result.KeptByHand));
        Assert.Equal(["zebra-escapes-from-berlin-zoo.md"], project.ArticleFiles().Select(Path.GetFileName));
        Assert.Equal(edited, File.ReadAllText(article));
        Assert.Equal("input/articles/zebra-escapes-from-berlin-zoo.md: warning: its seed 'zebra.txt' moved to 'animals/zebra.txt'; the article stays as it was edited by hand, the seed's: write 'seed: animals/zebra.txt' in it to say so",
            Assert.Single(result.Diagnostics).ToString());

        // Said so, it is the seed's article as any edited one is, without a word.
        File.WriteAllText(article, edited.Replace("seed: zebra.txt", "seed: animals/zebra.txt", StringComparison.Ordinal));
        var after = project.Ingest();
        Assert.Empty(after.Diagnostics);
        Assert.Equal((0, 1), (after.Written, after.KeptByHand));
    }

    [Fact]
    public void A_copy_of_an_ingested_article_under_another_name_does_not_take_the_seed_s_article_from_it()
    {
        using var project = new TempProject().WithSeed("zebra.txt", "Zebra escapes from Berlin zoo\n\nA zebra named Otto escaped from the Berlin Zoo on Tuesday, officials said.\n");
        project.Ingest();
        var article = Path.Combine(project.Paths.Articles, "zebra-escapes-from-berlin-zoo.md");
        // A maintainer's own take, copied from ingest's file: its name sorts first.
        var copy = Path.Combine(project.Paths.Articles, "analysis-of-the-escape.md");
        File.WriteAllText(copy, File.ReadAllText(article).Replace("slug: zebra-escapes-from-berlin-zoo", "slug: analysis-of-the-escape", StringComparison.Ordinal)
            .Replace("title: Zebra escapes from Berlin zoo", "title: Analysis of the escape", StringComparison.Ordinal));
        var mine = File.ReadAllText(copy);
        File.AppendAllText(Path.Combine(project.Paths.Seeds, "zebra.txt"), "\nOtto was found in a park two hours later.\n");

        var result = project.Ingest();

        // The seed's change reaches its article (it was frozen, the copy taken for the seed's), and the copy is named.
        Assert.Equal((1, 0), (result.Written, result.KeptByHand));
        Assert.Contains("Otto was found in a park", File.ReadAllText(article), StringComparison.Ordinal);
        Assert.Contains(result.Diagnostics, d => d.ToString() == "input/articles/analysis-of-the-escape.md: warning: names the seed 'zebra.txt', whose article is input/articles/zebra-escapes-from-berlin-zoo.md; it is published as an article of its own: take its 'seed:' line out, or delete the file");
        Assert.Equal(mine, File.ReadAllText(copy));

        // The seed goes: its article with it; the maintainer's copy stays.
        File.Delete(Path.Combine(project.Paths.Seeds, "zebra.txt"));
        project.Ingest();
        Assert.Equal(["analysis-of-the-escape.md"], project.ArticleFiles().Select(Path.GetFileName));
        Assert.Equal(mine, File.ReadAllText(copy));
    }

    [Fact]
    public void A_seed_moved_to_another_folder_keeps_its_slug_even_after_its_title_changed()
    {
        using var project = new TempProject().WithSeed("zebra.txt", "Zebra escapes from Berlin zoo\n\nA zebra named Otto escaped from the Berlin Zoo on Tuesday, officials said.\n");
        project.Ingest();
        File.WriteAllText(Path.Combine(project.Paths.Seeds, "zebra.txt"), "Otto the zebra escapes again\n\nA zebra named Otto escaped from the Berlin Zoo on Tuesday, officials said.\n");
        project.Ingest();
        Assert.Equal(["zebra-escapes-from-berlin-zoo.md"], project.ArticleFiles().Select(Path.GetFileName));

        Directory.CreateDirectory(Path.Combine(project.Paths.Seeds, "animals"));
        File.Move(Path.Combine(project.Paths.Seeds, "zebra.txt"), Path.Combine(project.Paths.Seeds, "animals", "zebra.txt"));
        project.Ingest();

        var file = Assert.Single(project.ArticleFiles());
        Assert.Equal("zebra-escapes-from-berlin-zoo.md", Path.GetFileName(file));
        Assert.Contains("seed: animals/zebra.txt", File.ReadAllText(file), StringComparison.Ordinal);
        Assert.Contains("title: Otto the zebra escapes again", File.ReadAllText(file), StringComparison.Ordinal);
    }

    [Fact]
    public void A_hand_written_article_keeps_its_slug_and_a_seed_with_the_same_title_gets_another()
    {
        using var project = new TempProject()
            .WithInputFile("articles/a-title.md", "---\ntitle: A title\nslug: a-title\nstory: a-title\n---\n\nWritten by hand.\n")
            .WithSeed("a.txt", "A title\n\nFrom a seed.\n");

        project.Ingest();

        Assert.Equal(["a-title-2.md", "a-title.md"], project.ArticleFiles().Select(Path.GetFileName));
        Assert.Contains("Written by hand.", File.ReadAllText(Path.Combine(project.Paths.Articles, "a-title.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Seeds_of_one_title_are_numbered_in_seed_order_past_the_slugs_hand_written_articles_hold()
    {
        using var project = new TempProject()
            .WithInputFile("articles/a-title-3.md", "---\ntitle: A title\nslug: a-title-3\nstory: a-title-3\n---\n\nWritten by hand.\n")
            .WithInputFile("articles/a-title-5.md", "---\ntitle: A title\nslug: a-title-5\nstory: a-title-5\n---\n\nWritten by hand too.\n");
        for (var i = 0; i < 6; i++)
        {
            project.WithSeed($"{i}.txt", $"A title\n\nReport number {i} of the day.\n");
        }

        project.Ingest();

        string[] seeded = ["a-title", "a-title-2", "a-title-4", "a-title-6", "a-title-7", "a-title-8"];
        for (var i = 0; i < 6; i++)
        {
            Assert.Contains($"Report number {i} of the day.", File.ReadAllText(Path.Combine(project.Paths.Articles, seeded[i] + ".md")), StringComparison.Ordinal);
        }

        Assert.Equal(8, project.ArticleFiles().Count);
    }

    [Fact]
    public void The_article_of_a_seed_taken_out_of_the_folder_leaves_with_it_and_a_hand_written_one_stays()
    {
        var (project, file) = IngestedSeed();
        using var owned = project;
        project.WithInputFile("articles/by-hand.md", "---\ntitle: By hand\nslug: by-hand\n---\n\nWritten here.\n");

        File.Delete(Path.Combine(project.Paths.Seeds, "a.txt"));
        var diagnostics = project.Build();

        Assert.Empty(diagnostics);
        Assert.False(File.Exists(file));
        Assert.Equal(["by-hand.md"], project.ArticleFiles().Select(Path.GetFileName));
        Assert.False(Directory.Exists(Path.GetDirectoryName(project.OutputFile("articles/a-title/"))));
    }

    [Fact]
    public void A_seed_moved_into_a_folder_keeps_its_article_s_slug()
    {
        var (project, file) = IngestedSeed();
        using var owned = project;
        Directory.CreateDirectory(Path.Combine(project.Paths.Seeds, "2019"));
        File.Move(Path.Combine(project.Paths.Seeds, "a.txt"), Path.Combine(project.Paths.Seeds, "2019", "a.txt"));

        var result = project.Ingest();

        Assert.Empty(result.Diagnostics);
        Assert.Equal([file], project.ArticleFiles());
        Assert.Contains("seed: 2019/a.txt", File.ReadAllText(file), StringComparison.Ordinal);
    }

    [Fact]
    public void An_edited_article_whose_seed_is_gone_stays_with_a_warning()
    {
        var (project, file) = IngestedSeed();
        using var owned = project;
        var edited = EditByHand(file, "The original body.", "The maintainer's better body.");

        File.Delete(Path.Combine(project.Paths.Seeds, "a.txt"));
        var result = project.Ingest();

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("its seed 'a.txt' is no longer in the seeds folder", warning.Message, StringComparison.Ordinal);
        Assert.Equal(edited, File.ReadAllText(file));
    }

    [Fact]
    public void Without_a_seeds_folder_no_article_is_taken_for_gone()
    {
        var (project, file) = IngestedSeed();
        using var owned = project;
        Directory.Delete(project.Paths.Seeds, recursive: true);

        project.Ingest();

        Assert.True(File.Exists(file));
    }

    [Fact]
    public void A_file_ingest_wrote_and_can_no_longer_read_is_written_again_from_its_seed()
    {
        var (project, file) = IngestedSeed();
        using var owned = project;
        // As an older Digest might have written it: front matter this one refuses, stamped with its own ingest hash.
        var broken = "---\ntitle: [A title\nslug: a-title\nseed: a.txt\n---\n\nThe original body.\n";
        File.WriteAllText(file, broken.Replace("seed: a.txt\n", $"seed: a.txt\ningest_hash: {ArticleFile.ContentHash(broken)}\n", StringComparison.Ordinal));

        var result = project.Ingest();

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("ingest wrote this file and can no longer read it (malformed YAML", warning.Message, StringComparison.Ordinal);
        Assert.Equal([file], project.ArticleFiles());
        Assert.Contains("title: A title\n", File.ReadAllText(file), StringComparison.Ordinal);
        Assert.Empty(project.Build());
    }

    [Fact]
    public void A_file_a_maintainer_broke_is_not_taken_for_one_ingest_cannot_read()
    {
        var (project, file) = IngestedSeed();
        using var owned = project;
        var edited = EditByHand(file, "title: A title", "title: [A title");

        var result = project.Ingest();

        Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(edited, File.ReadAllText(file));
    }
}
