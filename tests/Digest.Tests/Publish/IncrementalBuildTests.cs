using Digest.Cache;
using Digest.Content;
using Digest.Ingest;
using Digest.Publish;
using Digest.Tests.Support;
using Digest.Theme;

namespace Digest.Tests.Publish;

/// <summary>A build that reuses the cache must give exactly what a build from scratch gives.</summary>
public sealed class IncrementalBuildTests
{
    private static readonly string[] Places = ["Lisbon", "Nairobi", "Osaka", "Quito", "Tallinn", "Hobart"];

    private static string Report(int i, string extra = "") =>
        $"Harbour Council Of {Places[i]} Approves New Ferry Line\n\n" +
        $"The harbour council of {Places[i]} approved a new ferry line on Tuesday after a long debate about costs and timetables for the coming year.\n\n" +
        $"Mayor Ana Velasquez-{i} said the line would carry commuters across the bay from spring, and that the city had secured funding from regional partners.\n\n" +
        $"Opponents in {Places[i]} argued that the money should go to road repairs instead, but the vote passed with a clear majority of the members present.{extra}\n";

    private static TempProject Project()
    {
        var project = new TempProject().WithRepositorySeeds();
        for (var i = 0; i < Places.Length; i++)
        {
            project.WithSeed($"ferry-{i}.txt", Report(i));
        }

        return project;
    }

    // As `digest build` runs the stages: with the cache, publish takes the articles ingest read and wrote.
    private static (IngestResult Ingest, PublishResult Publish) Build(TempProject project, bool useCache)
    {
        var ingest = Ingester.Run(project.Paths, useCache);
        return (ingest, Publisher.Run(project.Paths, () => new RazorPageRenderer(), useCache: useCache, ingested: useCache ? ingest.Files : null));
    }

    // As `digest build` runs the stages after a build before it: every input is an hour old, so the stamp taken as the
    // build starts knows it by size and time, and an article file ingest wrote is read by its ids alone.
    private static (IngestResult Ingest, PublishResult Publish) BuildKnownByStamp(TempProject project)
    {
        foreach (var file in BuildStamp.Files(project.Paths))
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));
        }

        var digests = new FileDigests();
        digests.Trust(BuildStamp.Take(project.Paths, "test", previous: null));
        var ingest = Ingester.Run(project.Paths, useCache: true, digests: digests);
        return (ingest, Publisher.Run(project.Paths, () => new RazorPageRenderer(), useCache: true, ingested: ingest.Files));
    }

    // A cached build of the project, then a build without the cache of a copy of it made before (its cache left out):
    // input/articles/ and output/ must be the same bytes.
    private static (IngestResult Ingest, PublishResult Publish) BuildAsFromScratch(TempProject project)
    {
        using var scratch = new TempProject();
        CopyTree(project.Root, scratch.Root, skip: ".digest-cache");
        var cached = Build(project, useCache: true);
        Build(scratch, useCache: false);
        AssertSameTree(scratch.Paths.Articles, project.Paths.Articles);
        AssertSameTree(scratch.Paths.Output, project.Paths.Output);
        return cached;
    }

    [Fact]
    public void After_changes_a_cached_build_gives_the_bytes_of_a_build_from_scratch()
    {
        using var project = Project();
        Build(project, useCache: true);

        File.AppendAllText(Path.Combine(project.Paths.Seeds, "000_7ff31fa913e47ace.txt"), "\nA new last paragraph about the talks in Amman.\n");
        project.WithSeed("ferry-2.txt", Report(2, " Mayor Ana Velasquez-2 thanked the members of the council."));
        project.WithSeed("ferry-9.txt", Report(4).Replace("Tallinn", "Tartu", StringComparison.Ordinal));
        project.WithInputFile("entities.yml", "Ana Velasquez-1:\n  type: person\n  description: Mayor.\n");

        var (_, incremental) = BuildAsFromScratch(project);

        Assert.InRange(incremental.Rendered, 1, incremental.Pages - 1);
    }

    [Fact]
    public void Articles_read_by_their_ids_alone_build_as_from_scratch()
    {
        using var project = Project();
        Build(project, useCache: true);
        BuildKnownByStamp(project);

        project.WithSeed("ferry-2.txt", Report(2, " Mayor Ana Velasquez-2 thanked the members of the council."));
        File.Delete(Path.Combine(project.Paths.Seeds, "ferry-3.txt"));
        using var scratch = new TempProject();
        CopyTree(project.Root, scratch.Root, skip: ".digest-cache");
        var (ingest, publish) = BuildKnownByStamp(project);
        Build(scratch, useCache: false);

        AssertSameTree(scratch.Paths.Articles, project.Paths.Articles);
        AssertSameTree(scratch.Paths.Output, project.Paths.Output);
        Assert.Equal(1, ingest.Written);
        Assert.InRange(publish.Rendered, 1, publish.Pages - 1);
    }

    [Fact]
    public void A_name_a_second_report_takes_up_is_linked_in_the_first_whose_text_did_not_change_as_from_scratch()
    {
        using var project = Project();
        Build(project, useCache: true);
        var first = Directory.GetFiles(project.Paths.Articles, "*lisbon*").Single();
        const string Linked = "Mayor <a href=\"/entities/ana-velasquez-0/\">Ana Velasquez-0</a> said";
        Assert.DoesNotContain(Linked, project.ReadOutput(ArticlePath(first)), StringComparison.Ordinal);

        // Named by two reports, the mayor gets a page: the first report's body links her, though neither its text nor
        // its names changed (nor the known records, which every article's surfaces are keyed by).
        project.WithSeed("ferry-1.txt", Report(1, " Mayor Ana Velasquez-0 of Lisbon welcomed the plan."));
        BuildAsFromScratch(project);

        Assert.Contains(Linked, project.ReadOutput(ArticlePath(first)), StringComparison.Ordinal);
    }

    // The site path of the page of an article file.
    private static string ArticlePath(string articleFile) => $"articles/{Path.GetFileNameWithoutExtension(articleFile)}/";

    [Fact]
    public void Seeds_in_folders_added_moved_and_given_a_sidecar_build_as_from_scratch()
    {
        using var project = Project();
        project.WithSeed("2019/11/ferry-7.txt", Report(5).Replace("Hobart", "Bergen", StringComparison.Ordinal));
        Build(project, useCache: true);

        File.Move(Path.Combine(project.Paths.Seeds, "ferry-3.txt"), Path.Combine(project.Paths.Seeds, "2019", "ferry-3.txt"));
        project.WithSeed("2019/11/ferry-7.yml", "source: Reuters\ndate: 2019-11-20\n");

        var (ingest, _) = BuildAsFromScratch(project);

        Assert.Contains(ingest.Articles, a => a.Seed == "2019/ferry-3.txt");
        Assert.Contains(ingest.Articles, a => a.Seed == "2019/11/ferry-7.txt" && a.Source == "Reuters");
    }

    [Fact]
    public void Curation_given_and_taken_back_in_sidecars_builds_as_from_scratch()
    {
        using var project = Project();
        project.WithSeed("ferry-1.yml", "featured: true\nsummary: First words.\naliases: [/old/ferry-1/]\n");
        Build(project, useCache: true);

        // One story stops being a top story and loses its alias; another gains them, a summary changes, an update is dated.
        project.WithSeed("ferry-1.yml", "summary: Other words.\nupdated: 2030-01-02\n");
        project.WithSeed("ferry-4.yml", "featured: true\naliases: [/old/ferry-4.html]\n");

        var (_, incremental) = BuildAsFromScratch(project);

        Assert.False(File.Exists(project.OutputFile("old/ferry-1/")));
        Assert.True(File.Exists(project.OutputFile("old/ferry-4.html")));
        Assert.InRange(incremental.Rendered, 1, incremental.Pages - 1);
    }

    [Fact]
    public void The_site_language_and_its_texts_changed_build_as_from_scratch()
    {
        using var project = Project();
        project.WithInputFile("digest.yml", "language: de\n");
        Build(project, useCache: true);

        // Every page shows the language's words: a new language, then one text of it replaced, rewrites them all.
        project.WithInputFile("digest.yml", "language: fr\n");
        var (_, french) = BuildAsFromScratch(project);
        project.WithInputFile("i18n.yml", "skip_to_content: Aller au texte\n");
        var (_, renamed) = BuildAsFromScratch(project);

        Assert.Equal((french.Pages, renamed.Pages), (french.Rendered, renamed.Rendered));
        Assert.Contains(">Aller au texte</a>", project.ReadOutput(""), StringComparison.Ordinal);
    }

    [Fact]
    public void Pages_beside_the_news_added_and_edited_build_as_from_scratch()
    {
        using var project = Project();
        Build(project, useCache: true);

        // A new page is in every page's footer; a change to its text alone is its own page's.
        project.WithInputFile("pages/about.md", "---\ntitle: About\n---\n\nWho we are.\n");
        var (_, added) = BuildAsFromScratch(project);
        project.WithInputFile("pages/about.md", "---\ntitle: About\n---\n\nWho we are, and why.\n");
        var (_, edited) = BuildAsFromScratch(project);

        Assert.Equal((added.Pages, 1), (added.Rendered, edited.Rendered));
    }

    [Fact]
    public void A_first_cached_build_gives_the_bytes_of_a_build_without_the_cache()
    {
        using var project = Project();
        using var scratch = new TempProject();
        CopyTree(project.Root, scratch.Root, skip: ".digest-cache");

        Build(project, useCache: true);
        Build(scratch, useCache: false);

        AssertSameTree(scratch.Paths.Articles, project.Paths.Articles);
        AssertSameTree(scratch.Paths.Output, project.Paths.Output);
    }

    [Fact]
    public void Ingest_leaves_each_file_it_wrote_parsed_for_publish_as_reading_the_file_gives_it()
    {
        using var project = Project();
        Ingester.Run(project.Paths, useCache: true);

        using var parsed = CacheStore.Open(project.Paths.Cache, PublishCache.ArticleStoreName, CodeVersion.Digest);
        var files = Directory.GetFiles(project.Paths.Articles);
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            Assert.True(parsed.TryGet(CacheStore.KeyOfBytes(bytes), out var stored), $"{file} is not in the store");
            var read = ArticleFile.Read(TextFile.Decode(bytes), file, new List<Diagnostic>());
            Assert.NotNull(read);
            Assert.Equal(ArticleCoding.Write(read), stored);
        }
    }

    [Fact]
    public void An_unchanged_rebuild_makes_no_page_and_changes_no_file()
    {
        using var project = Project();
        Build(project, useCache: true);

        var (_, again) = Build(project, useCache: true);

        Assert.Equal(0, again.Rendered);
        Assert.Equal(0, again.Changed);
    }

    [Fact]
    public void A_cached_build_writes_again_an_article_file_that_was_deleted_or_turned_back()
    {
        using var project = Project();
        Build(project, useCache: true);
        var articles = project.Paths.Articles;
        var files = Directory.GetFiles(articles).Order(StringComparer.Ordinal).ToList();
        var older = files.ToDictionary(f => f, File.ReadAllText);
        project.WithSeed("ferry-2.txt", Report(2, " Mayor Ana Velasquez-2 thanked the members of the council."));
        Build(project, useCache: true);
        var current = files.ToDictionary(f => f, File.ReadAllText);
        var changed = files.Single(f => older[f] != current[f]);
        var other = files.First(f => f != changed);

        // The changed article's file turned back to what an older ingest wrote (still unedited by its own
        // hash, as after a checkout), and another article's file deleted: both are written again.
        File.WriteAllText(changed, older[changed]);
        File.Delete(other);
        var (ingest, _) = Build(project, useCache: true);

        Assert.Equal(current, files.ToDictionary(f => f, File.ReadAllText));
        Assert.Equal(2, ingest.Written);
    }

    [Fact]
    public void Publish_after_ingest_reads_again_an_article_file_edited_in_between()
    {
        using var project = Project();
        var ingest = Ingester.Run(project.Paths, useCache: true);
        Assert.Equal(Directory.GetFiles(project.Paths.Articles).Length, ingest.Files.Count);
        var file = Directory.GetFiles(project.Paths.Articles).Order(StringComparer.Ordinal)
            .First(f => !File.ReadAllText(f).Contains("duplicate_of:", StringComparison.Ordinal));
        File.WriteAllText(file, File.ReadAllText(file).Replace("title: ", "title: Edited By Hand ", StringComparison.Ordinal));

        var publish = Publisher.Run(project.Paths, () => new RazorPageRenderer(), ingested: ingest.Files);

        Assert.Empty(publish.Diagnostics);
        Assert.Equal(0, ingest.Files.Count); // taken by publish, not held through rendering
        var slug = Path.GetFileNameWithoutExtension(file);
        Assert.Contains("Edited By Hand", project.ReadOutput($"articles/{slug}/"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_edit_that_names_nothing_new_carries_over_the_fingerprints_of_the_pages_not_showing_the_report()
    {
        using var project = Project();
        // Named by two reports, the mayor of Lisbon has a page, which lists both.
        project.WithSeed("ferry-1.txt", Report(1, " Mayor Ana Velasquez-0 of Lisbon welcomed the plan."));
        Build(project, useCache: true);
        var (_, unchanged) = Build(project, useCache: true);
        var handled = unchanged.FingerprintsCarriedOver;
        Assert.True(handled > 1, $"{handled} pages carried over when nothing changed");

        // Another day, as many words (the story keeps its order of reports): the pages that show the report (its own,
        // its story's, the mayor's) are fingerprinted again, the others carry theirs over, and the site is byte for byte
        // a build's from scratch.
        project.WithSeed("ferry-0.txt", Report(0).Replace("on Tuesday", "on Thursday", StringComparison.Ordinal));
        var (_, edited) = BuildAsFromScratch(project);

        Assert.InRange(edited.FingerprintsCarriedOver, 1, handled - 1);
        Assert.Contains("on Thursday", project.ReadOutput("entities/ana-velasquez-0/"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_entity_record_carries_no_page_fingerprint_over()
    {
        using var project = Project();
        project.WithSeed("ferry-1.txt", Report(1, " Mayor Ana Velasquez-0 of Lisbon welcomed the plan."));
        Build(project, useCache: true);

        project.WithInputFile("entities.yml", "Ana Velasquez-0:\n  type: person\n  description: Mayor of Lisbon.\n");
        var (_, edited) = BuildAsFromScratch(project);

        Assert.Equal(0, edited.FingerprintsCarriedOver);
        Assert.Contains("Mayor of Lisbon.", project.ReadOutput("entities/ana-velasquez-0/"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_carried_over_fingerprint_that_is_not_the_page_s_own_is_caught_when_verified()
    {
        using var project = Project();
        Build(project, useCache: true);

        // The last page's fingerprint, as the previous publish kept it, made wrong (the last 16 bytes of the state).
        using (var store = CacheStore.Open(project.Paths.Cache, "cross-lists", CodeVersion.Digest))
        {
            Assert.True(store.TryGet(CarriedFingerprints.StateKey, out var state));
            state[^1] ^= 0xFF;
            store.Set(CarriedFingerprints.StateKey, state);
            store.Save();
        }

        var error = Assert.Throws<InvalidOperationException>(() => Build(project, useCache: true));
        Assert.Contains("carried over from the previous publish", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_cache_every_page_is_made_again()
    {
        using var project = Project();
        var (_, first) = Build(project, useCache: true);

        var (_, second) = Build(project, useCache: false);

        Assert.Equal(first.Pages, second.Rendered);
    }

    private static void CopyTree(string from, string to, string skip)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.StartsWith(skip, StringComparison.Ordinal))
            {
                continue;
            }

            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    private static void AssertSameTree(string expected, string actual)
    {
        var expectedFiles = Directory.GetFiles(expected, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(expected, f)).Order(StringComparer.Ordinal).ToList();
        var actualFiles = Directory.GetFiles(actual, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(actual, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expectedFiles, actualFiles);
        foreach (var file in expectedFiles)
        {
            Assert.True(
                File.ReadAllBytes(Path.Combine(expected, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, file))),
                $"{file} differs between the build from scratch and the cached build");
        }
    }
}
