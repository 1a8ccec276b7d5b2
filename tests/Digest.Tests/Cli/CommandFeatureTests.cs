using System.Text.Json;
using Digest.Cli;
using Digest.Tests.Support;

namespace Digest.Tests.Cli;

public sealed class CommandFeatureTests
{
    [Fact]
    public void Json_prints_one_machine_readable_summary_with_the_diagnostics()
    {
        using var project = new TempProject().WithRepositorySeeds().WithSeed("empty.txt", []);
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = DigestCommand.Run(["build", "--root", project.Root, "--json"], output, error);

        Assert.Equal(DigestCommand.ContentErrors, code);
        using var json = JsonDocument.Parse(output.ToString());
        var root = json.RootElement;
        Assert.Equal(6, root.GetProperty("seeds").GetInt32() + 1);
        Assert.Equal(5, root.GetProperty("articles").GetInt32());
        Assert.Equal(1, root.GetProperty("stories").GetInt32()); // the five seeds report one event
        Assert.True(root.GetProperty("pages").GetInt32() > 5);
        Assert.Equal(1, root.GetProperty("errors").GetInt32());
        var diagnostic = Assert.Single(root.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("seeds/empty.txt", diagnostic.GetProperty("file").GetString());
        Assert.Equal("error", diagnostic.GetProperty("severity").GetString());
        Assert.Equal("", error.ToString());
    }

    [Fact]
    public void Build_reports_a_broken_article_that_both_stages_read_once()
    {
        using var project = new TempProject().WithRepositorySeeds()
            .WithInputFile("articles/by-hand.md", "---\ntitle: [broken\nslug: by-hand\n---\n\nA body.\n");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = DigestCommand.Run(["build", "--root", project.Root, "--json"], output, error);

        Assert.Equal(DigestCommand.ContentErrors, code);
        using var json = JsonDocument.Parse(output.ToString());
        var errors = json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Where(d => d.GetProperty("severity").GetString() == "error").ToList();
        var broken = Assert.Single(errors);
        Assert.Equal("input/articles/by-hand.md", broken.GetProperty("file").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("errors").GetInt32());
    }

    [Fact]
    public void Quiet_prints_errors_and_the_summary_but_no_warnings()
    {
        using var project = new TempProject().WithRepositorySeeds().WithInputFile("digest.yml", "titel: typo\n");
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.Equal(0, DigestCommand.Run(["build", "--root", project.Root, "--quiet"], output, error));
        Assert.Equal("", error.ToString());
        Assert.Contains("1 warnings", output.ToString(), StringComparison.Ordinal);

        using var loud = new StringWriter();
        DigestCommand.Run(["publish", "--root", project.Root], output, loud);
        Assert.Contains("input/digest.yml:1:1: warning: unknown key 'titel'", loud.ToString(), StringComparison.Ordinal);
        Assert.Contains("nearest: 'title'", loud.ToString(), StringComparison.Ordinal);
    }

    private static readonly string[] DedupParts = ["dedup: features", "dedup: copies", "dedup: stories", "dedup: topics", "dedup: ids"];

    [Fact]
    public void Verbose_names_each_stage()
    {
        using var project = new TempProject().WithRepositorySeeds();
        using var output = new StringWriter();

        DigestCommand.Run(["build", "--root", project.Root, "--verbose"], output, output);

        Assert.Contains("Ingesting seeds…", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Publishing the site…", output.ToString(), StringComparison.Ordinal);
        // The dedup stage's parts, in order, as their own lines.
        var parts = DedupParts.Select(part => output.ToString().IndexOf(part, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, parts);
        Assert.Equal(parts.Order(), parts);

        // Rebuilt after changes dedup does not read (tags in a sidecar), the stage takes its outcome from the cache
        // after the keys, from the first such build on: the outcome is kept as groups, and ids are given again from
        // the previous build's (the first build had none, and gave every story its id).
        var sidecar = Path.ChangeExtension(Directory.GetFiles(project.Paths.Seeds, "*.txt").Order(StringComparer.Ordinal).First(), ".yml");
        foreach (var tags in new[] { "[verbose-test]", "[verbose-test, again]" })
        {
            File.WriteAllText(sidecar, $"tags: {tags}\n");
            using var again = new StringWriter();
            DigestCommand.Run(["build", "--root", project.Root, "--verbose"], again, again);
            Assert.Contains("dedup: keys", again.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("dedup: features", again.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Verbose_in_a_log_writes_each_step_as_it_ends()
    {
        using var project = new TempProject().WithRepositorySeeds();
        var seen = new Dictionary<string, bool>(StringComparer.Ordinal);
        // What the build has left on disk when each step's line is written: nothing yet of what later steps write.
        using var output = new WatchingWriter(line =>
        {
            if (line.EndsWith("  dedup: features", StringComparison.Ordinal))
            {
                seen["markdown written before dedup's line"] = Directory.Exists(project.Paths.Articles) && Directory.EnumerateFiles(project.Paths.Articles, "*.md").Any();
            }

            if (line.EndsWith("  render pages", StringComparison.Ordinal))
            {
                seen["site in place before render's line"] = File.Exists(Path.Combine(project.Paths.Output, "index.html"));
            }
        });

        Assert.Equal(0, DigestCommand.Run(["build", "--root", project.Root, "--verbose"], output, output));

        Assert.Equal(2, seen.Count);
        Assert.All(seen, pair => Assert.False(pair.Value, pair.Key));
        // Each step once: written as it ended, not again with the stage's figures.
        var text = output.ToString();
        Assert.Equal(text.IndexOf("  render pages", StringComparison.Ordinal), text.LastIndexOf("  render pages", StringComparison.Ordinal));
        Assert.Contains("s paused by", text, StringComparison.Ordinal);
    }

    private sealed class WatchingWriter(Action<string> onLine) : StringWriter(System.Globalization.CultureInfo.InvariantCulture)
    {
        public override void WriteLine(string? value)
        {
            onLine(value ?? "");
            base.WriteLine(value);
        }
    }

    [Fact]
    public void A_missing_root_is_a_usage_error_and_no_folder_is_made_for_it()
    {
        var missing = Path.Combine(Path.GetTempPath(), "digest-missing-" + Guid.NewGuid().ToString("N"));
        using var error = new StringWriter();

        Assert.Equal(DigestCommand.UsageError, DigestCommand.Run(["build", "--root", missing], error, error));
        Assert.Contains($"--root {missing}: no such folder", error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(missing));
    }

    [Fact]
    public void An_output_folder_that_cannot_be_written_stops_the_build_with_its_message_and_exit_code_3()
    {
        using var project = new TempProject().WithRepositorySeeds();
        // A file where the output's parent folder should be: no user, root included, can make folders under it.
        var blocker = Path.Combine(project.Root, "blocker");
        File.WriteAllText(blocker, "not a folder");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = DigestCommand.Run(["build", "--root", project.Root, "--output", Path.Combine(blocker, "site")], output, error);

        Assert.Equal(DigestCommand.FileSystemError, code);
        Assert.Contains("digest: error: the build stopped:", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error.ToString(), StringComparison.Ordinal);
        Assert.Equal("not a folder", File.ReadAllText(blocker));

        using var json = new StringWriter();
        Assert.Equal(DigestCommand.FileSystemError, DigestCommand.Run(["build", "--root", project.Root, "--output", Path.Combine(blocker, "site"), "--json"], json, error));
        using var failure = System.Text.Json.JsonDocument.Parse(json.ToString());
        Assert.StartsWith("the build stopped:", failure.RootElement.GetProperty("failed").GetString(), StringComparison.Ordinal);
        Assert.Equal(3, failure.RootElement.GetProperty("exit_code").GetInt32());
    }

    [Fact]
    public void Any_command_meeting_a_folder_it_cannot_use_prints_the_message_without_a_stack_and_exits_3()
    {
        using var project = new TempProject();
        var file = Path.Combine(project.Root, "not-a-folder");
        File.WriteAllText(file, "");
        using var error = new StringWriter();

        Assert.Equal(DigestCommand.FileSystemError, DigestCommand.Run(["new", "A title", "--root", project.Root, "--seeds", file], error, error));
        Assert.Contains("digest: error:", error.ToString(), StringComparison.Ordinal);
        // Named from the project's root, as a build names its files.
        Assert.Contains("'not-a-folder", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(project.Root, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Publish_without_an_input_folder_warns_that_the_site_has_no_articles()
    {
        using var project = new TempProject();
        Directory.Delete(project.Paths.Input);
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.Equal(0, DigestCommand.Run(["publish", "--root", project.Root], output, error));
        Assert.Contains("input: warning: input folder not found", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Serve_on_a_port_in_use_or_out_of_range_is_a_usage_error_without_a_stack_trace()
    {
        using var project = new TempProject().WithRepositorySeeds();
        var busy = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        busy.Start();
        try
        {
            var port = ((System.Net.IPEndPoint)busy.LocalEndpoint).Port;
            using var output = new StringWriter();
            using var error = new StringWriter();

            Assert.Equal(DigestCommand.UsageError, DigestCommand.Run(["serve", "--root", project.Root, "--quiet", "--port", $"{port}"], output, error));
            Assert.Contains($"cannot serve on 127.0.0.1:{port}", error.ToString(), StringComparison.Ordinal);
            Assert.Contains("--port", error.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", error.ToString(), StringComparison.Ordinal);

            // With --json, the failure is the last JSON object of the output (after the first build's summary), not a success.
            using var json = new StringWriter();
            Assert.Equal(DigestCommand.UsageError, DigestCommand.Run(["serve", "--root", project.Root, "--json", "--port", $"{port}"], json, error));
            var last = json.ToString()[json.ToString().LastIndexOf("\n{", StringComparison.Ordinal)..];
            using (var failure = System.Text.Json.JsonDocument.Parse(last))
            {
                Assert.StartsWith($"cannot serve on 127.0.0.1:{port}", failure.RootElement.GetProperty("failed").GetString(), StringComparison.Ordinal);
                Assert.Equal(2, failure.RootElement.GetProperty("exit_code").GetInt32());
            }

            using var range = new StringWriter();
            Assert.Equal(DigestCommand.UsageError, DigestCommand.Run(["serve", "--root", project.Root, "--port", "70000"], range, range));
            Assert.Contains("0 to 65535", range.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            busy.Stop();
        }
    }

    [Theory]
    [InlineData("build")]
    [InlineData("ingest")]
    [InlineData("publish")]
    [InlineData("check")]
    [InlineData("serve")]
    [InlineData("new")]
    [InlineData("clean")]
    [InlineData("entities")]
    public void Every_command_has_help(string command)
    {
        using var output = new StringWriter();

        Assert.Equal(0, DigestCommand.Run([command, "--help"], output, output));
        Assert.Contains("--root", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void New_and_clean_with_json_print_one_json_object_whether_they_do_their_work_or_refuse()
    {
        using var project = new TempProject().WithRepositorySeeds();
        JsonElement Run(int expected, params string[] arguments)
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            Assert.Equal(expected, DigestCommand.Run([.. arguments, "--root", project.Root, "--json"], output, error));
            using var json = JsonDocument.Parse(output.ToString());
            return json.RootElement.Clone();
        }

        Assert.Equal(["seeds/ferry-line.txt", "seeds/ferry-line.yml"], Run(0, "new", "Ferry line").GetProperty("created").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("seeds/ferry-line.txt already exists; nothing was written", Run(2, "new", "Ferry line").GetProperty("failed").GetString());
        Assert.Equal(2, Run(2, "new", "Ferry", "--date", "2017-13-45").GetProperty("exit_code").GetInt32());
        project.Build();
        var cleaned = Run(0, "clean");
        Assert.Equal([".digest-cache", "output"], cleaned.GetProperty("deleted").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(0, cleaned.GetProperty("emptied").GetArrayLength());
        Assert.StartsWith("refusing to delete input", Run(2, "clean", "--output", "input").GetProperty("failed").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_summary_counts_the_articles_ingest_took_out_with_their_seeds()
    {
        using var project = new TempProject().WithRepositorySeeds();
        project.Build();
        foreach (var seed in Directory.GetFiles(project.Paths.Seeds).Order(StringComparer.Ordinal).Take(2))
        {
            File.Delete(seed);
        }

        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(0, DigestCommand.Run(["build", "--root", project.Root], output, error));
        Assert.Matches(@"3 seeds → 3 articles \(\d+ written, 2 taken out, 0 kept as edited by hand\)", output.ToString());

        File.Delete(Directory.GetFiles(project.Paths.Seeds).Order(StringComparer.Ordinal).First());
        using var json = new StringWriter();
        Assert.Equal(0, DigestCommand.Run(["ingest", "--root", project.Root, "--json"], json, error));
        Assert.Equal(1, JsonDocument.Parse(json.ToString()).RootElement.GetProperty("removed").GetInt32());
        Assert.Equal(2, project.ArticleFiles().Count);
    }

    [Fact]
    public void New_scaffolds_a_seed_and_sidecar_that_build_and_never_overwrites()
    {
        using var project = new TempProject();
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.Equal(0, DigestCommand.Run(["new", "Rebels take the bridge", "--root", project.Root, "--source", "Reuters", "--date", "2017-09-20"], output, error));
        var sidecar = File.ReadAllText(Path.Combine(project.Paths.Seeds, "rebels-take-the-bridge.yml"));
        Assert.Contains("source: Reuters", sidecar, StringComparison.Ordinal);
        Assert.Contains("date: 2017-09-20", sidecar, StringComparison.Ordinal);
        Assert.Contains("# canonical: true", sidecar, StringComparison.Ordinal);
        Assert.Contains("# dateline:", sidecar, StringComparison.Ordinal);
        // Every key the scaffold offers, commented or not, is one a sidecar knows.
        var offered = sidecar.Split('\n').Select(l => l.TrimStart('#', ' ')).Where(l => l.Contains(':', StringComparison.Ordinal) && !l.StartsWith("Sidecar", StringComparison.Ordinal)).Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)]);
        var diagnostics = new List<Diagnostic>();
        Digest.Ingest.Attribution.Sidecar.Parse(string.Join('\n', offered.Select(k => k + ": x")), "a.yml", diagnostics);
        Assert.DoesNotContain(diagnostics, d => d.Message.StartsWith("unknown key", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(project.Paths.Seeds, "rebels-take-the-bridge.txt")));

        Assert.Equal(DigestCommand.UsageError, DigestCommand.Run(["new", "Rebels take the bridge", "--root", project.Root], output, error));
        Assert.Contains("already exists", error.ToString(), StringComparison.Ordinal);
        // A seed of the name saved as a page would read the new sidecar too; a folder of the name is in the way as a file is.
        File.WriteAllText(Path.Combine(project.Paths.Seeds, "ferry-line.html"), "<h1>Ferry line</h1><p>Approved.</p>");
        Directory.CreateDirectory(Path.Combine(project.Paths.Seeds, "harbour-works.txt"));
        foreach (var (title, there) in new[] { ("Ferry line", "seeds/ferry-line.html"), ("Harbour works", "seeds/harbour-works.txt") })
        {
            using var taken = new StringWriter();
            Assert.Equal(DigestCommand.UsageError, DigestCommand.Run(["new", title, "--root", project.Root], output, taken));
            Assert.Equal($"digest: error: {there} already exists; nothing was written", taken.ToString().Trim());
        }

        Assert.False(File.Exists(Path.Combine(project.Paths.Seeds, "ferry-line.yml")));
        Directory.Delete(Path.Combine(project.Paths.Seeds, "harbour-works.txt"));
        Assert.Equal(DigestCommand.UsageError, DigestCommand.Run(["new", "Another", "--root", project.Root, "--date", "2017-13-45"], output, error));

        Assert.Equal(0, DigestCommand.Run(["build", "--root", project.Root], output, error));
    }

    [Fact]
    public void A_new_seed_is_a_draft_until_its_mark_is_taken_off_so_its_placeholder_is_never_published()
    {
        using var project = new TempProject();
        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(0, DigestCommand.Run(["new", "Rebels take the bridge", "--root", project.Root], output, error));
        var sidecar = Path.Combine(project.Paths.Seeds, "rebels-take-the-bridge.yml");
        Assert.Contains("\ndraft: true\n", File.ReadAllText(sidecar), StringComparison.Ordinal);

        Assert.Equal(0, DigestCommand.Run(["build", "--root", project.Root], output, error));
        Assert.False(File.Exists(project.OutputFile("articles/rebels-take-the-bridge/")));
        Assert.Contains("1 draft held back", output.ToString(), StringComparison.Ordinal);

        Assert.Equal(0, DigestCommand.Run(["build", "--root", project.Root, "--drafts"], output, error));
        Assert.Contains(">Draft</strong>", project.ReadOutput("articles/rebels-take-the-bridge/"), StringComparison.Ordinal);

        File.WriteAllLines(sidecar, File.ReadAllLines(sidecar).Where(l => !l.StartsWith("draft:", StringComparison.Ordinal)));
        Assert.Equal(0, DigestCommand.Run(["build", "--root", project.Root], output, error));
        Assert.DoesNotContain(">Draft</strong>", project.ReadOutput("articles/rebels-take-the-bridge/"), StringComparison.Ordinal);
    }

    [Fact]
    public void New_names_a_title_slugs_cannot_spell_by_the_first_free_article_name()
    {
        using var project = new TempProject();
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.Equal(0, DigestCommand.Run(["new", "北京市预算", "--root", project.Root], output, error));
        Assert.Equal(0, DigestCommand.Run(["new", "Бюджет міста", "--root", project.Root], output, error));

        Assert.Contains("title: 北京市预算", File.ReadAllText(Path.Combine(project.Paths.Seeds, "article.yml")), StringComparison.Ordinal);
        Assert.StartsWith("Бюджет міста\n", File.ReadAllText(Path.Combine(project.Paths.Seeds, "article-2.txt")), StringComparison.Ordinal);
        Assert.Equal(DigestCommand.UsageError, DigestCommand.Run(["new", "!!!", "--root", project.Root], output, error));
        Assert.Contains("the title needs at least one letter or digit", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void New_refuses_a_url_that_is_not_a_web_address_and_suggests_the_likely_one()
    {
        using var project = new TempProject();
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.Equal(DigestCommand.UsageError, DigestCommand.Run(["new", "Bridge closes", "--root", project.Root, "--url", "www.gazette.example/bridge"], output, error));

        Assert.Contains("did you mean 'https://www.gazette.example/bridge'?", error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(project.Paths.Seeds) && Directory.EnumerateFiles(project.Paths.Seeds).Any());
        Assert.Equal(0, DigestCommand.Run(["new", "Bridge closes", "--root", project.Root, "--url", "https://www.gazette.example/bridge"], output, error));
        Assert.Contains("url: https://www.gazette.example/bridge", File.ReadAllText(Path.Combine(project.Paths.Seeds, "bridge-closes.yml")), StringComparison.Ordinal);
    }

    [Fact]
    public void Entities_lists_uncurated_names_with_counts_and_spellings()
    {
        using var project = new TempProject()
            .WithInputFile("articles/a.md", "---\ntitle: A\nslug: a\nentities: [Zorbania Relief Corps, Syria]\n---\n\nThe Zorbania Relief Corps said so in Syria.\n")
            .WithInputFile("articles/b.md", "---\ntitle: B\nslug: b\nentities: [Zorbania Relief Corps]\n---\n\nThe Zorbania Relief Corps arrived.\n");
        using var output = new StringWriter();

        Assert.Equal(0, DigestCommand.Run(["entities", "--root", project.Root], output, output));

        var text = output.ToString();
        Assert.Contains("2  Zorbania Relief Corps", text, StringComparison.Ordinal);
        Assert.DoesNotContain("  Syria", text, StringComparison.Ordinal);

        using var json = new StringWriter();
        DigestCommand.Run(["entities", "--root", project.Root, "--json"], json, json);
        using var parsed = System.Text.Json.JsonDocument.Parse(json.ToString());
        Assert.Equal("Zorbania Relief Corps", parsed.RootElement[0].GetProperty("name").GetString());
    }

    [Fact]
    public void Entities_does_not_list_another_name_of_a_known_entity_that_a_hand_written_front_matter_uses()
    {
        using var project = new TempProject()
            .WithInputFile("articles/a.md", "---\ntitle: A\nslug: a\nentities: [U.S., Zorbania Relief Corps]\n---\n\nThe Zorbania Relief Corps reached the U.S. today.\n");
        using var output = new StringWriter();

        Assert.Equal(0, DigestCommand.Run(["entities", "--root", project.Root], output, output));

        Assert.Contains("1  Zorbania Relief Corps", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("U.S.", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Entities_counts_the_articles_the_site_shows_and_drafts_with_drafts()
    {
        using var project = new TempProject()
            .WithInputFile("articles/a.md", "---\ntitle: A\nslug: a\nentities: [Zorbania Relief Corps]\n---\n\nThe Zorbania Relief Corps said so.\n")
            .WithInputFile("articles/b.md", "---\ntitle: B\nslug: b\ndraft: true\nentities: [Zorbania Relief Corps, Quillmoor Trust]\n---\n\nThe Zorbania Relief Corps and the Quillmoor Trust.\n");
        using var shown = new StringWriter();
        using var preview = new StringWriter();

        Assert.Equal(0, DigestCommand.Run(["entities", "--root", project.Root], shown, shown));
        Assert.Equal(0, DigestCommand.Run(["entities", "--root", project.Root, "--drafts"], preview, preview));

        Assert.Contains("1  Zorbania Relief Corps", shown.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Quillmoor Trust", shown.ToString(), StringComparison.Ordinal);
        Assert.Contains("2  Zorbania Relief Corps", preview.ToString(), StringComparison.Ordinal);
        Assert.Contains("1  Quillmoor Trust", preview.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_removes_the_site_and_nothing_a_maintainer_wrote()
    {
        using var project = new TempProject().WithRepositorySeeds();
        using var output = new StringWriter();
        DigestCommand.Run(["build", "--root", project.Root], output, output);
        Assert.True(Directory.Exists(project.Paths.Cache));

        Assert.Equal(0, DigestCommand.Run(["clean", "--root", project.Root], output, output));

        Assert.False(Directory.Exists(project.Paths.Output));
        Assert.False(Directory.Exists(project.Paths.Cache));
        Assert.Equal(5, Directory.GetFiles(project.Paths.Seeds).Length);
        Assert.Equal(5, project.ArticleFiles().Count);
        Assert.Equal(DigestCommand.UsageError, DigestCommand.Run(["clean", "--root", project.Root, "--output", project.Root], output, output));
        Assert.True(Directory.Exists(project.Paths.Seeds));
    }

    [Fact]
    public void Clean_empties_the_folder_a_linked_output_leads_to_and_keeps_the_link()
    {
        using var project = new TempProject().WithRepositorySeeds();
        using var output = new StringWriter();
        var served = Path.Combine(project.Root, "..", Path.GetFileName(project.Root) + "-served");
        var elsewhere = Path.Combine(project.Root, "..", Path.GetFileName(project.Root) + "-elsewhere");
        try
        {
            Directory.CreateDirectory(served);
            Directory.CreateDirectory(elsewhere);
            File.WriteAllText(Path.Combine(elsewhere, "keep.txt"), "not the site's");
            Directory.CreateSymbolicLink(project.Paths.Output, served);
            Assert.Equal(0, DigestCommand.Run(["build", "--root", project.Root], output, output));
            Assert.True(File.Exists(Path.Combine(served, "index.html")));
            // A link inside the site is removed with it, never followed.
            Directory.CreateSymbolicLink(Path.Combine(served, "linked"), elsewhere);

            Assert.Equal(0, DigestCommand.Run(["clean", "--root", project.Root], output, output));

            Assert.NotNull(new DirectoryInfo(project.Paths.Output).LinkTarget);
            Assert.Empty(Directory.EnumerateFileSystemEntries(served));
            Assert.Equal("not the site's", File.ReadAllText(Path.Combine(elsewhere, "keep.txt")));
            Assert.False(Directory.Exists(project.Paths.Cache));
            Assert.Contains($"emptied {Path.GetFullPath(served)}/, where the link output/ leads", output.ToString(), StringComparison.Ordinal);

            using var again = new StringWriter();
            Assert.Equal(0, DigestCommand.Run(["clean", "--root", project.Root], again, again));
            Assert.Contains($"nothing to clean: output/ is a link to {Path.GetFullPath(served)}/, which is empty", again.ToString(), StringComparison.Ordinal);

            // The next build publishes through the link again.
            Assert.Equal(0, DigestCommand.Run(["build", "--root", project.Root], output, output));
            Assert.NotNull(new DirectoryInfo(project.Paths.Output).LinkTarget);
            Assert.True(File.Exists(Path.Combine(served, "index.html")));
        }
        finally
        {
            Directory.Delete(served, recursive: true);
            Directory.Delete(elsewhere, recursive: true);
        }
    }

    [Theory]
    [InlineData(".", "output")]
    [InlineData("input", "output")]
    [InlineData(".", ".digest-cache")]
    [InlineData("seeds", ".digest-cache")]
    public void Clean_refuses_a_link_that_leads_to_what_a_maintainer_wrote(string leadsTo, string link)
    {
        using var project = new TempProject().WithRepositorySeeds();
        using var output = new StringWriter();
        using var error = new StringWriter();
        Directory.CreateSymbolicLink(Path.Combine(project.Root, link), Path.GetFullPath(Path.Combine(project.Root, leadsTo)));

        Assert.Equal(DigestCommand.UsageError, DigestCommand.Run(["clean", "--root", project.Root], output, error));

        Assert.Contains($"refusing to delete {link}: it leads to", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(5, Directory.GetFiles(project.Paths.Seeds).Length);
        Assert.True(Directory.Exists(project.Paths.Input));
    }

    [Theory]
    [InlineData("build", ".", "refusing to publish into .: it contains seeds/")]
    [InlineData("publish", ".", "refusing to publish into .: it contains seeds/")]
    [InlineData("build", "seeds", "refusing to publish into seeds: it is seeds/")]
    [InlineData("serve", "seeds", "refusing to publish into seeds: it is seeds/")]
    [InlineData("build", "input", "refusing to publish into input: it is input/")]
    [InlineData("build", "input/site", "refusing to publish into input/site: it is inside input/")]
    [InlineData("publish", "theme", "refusing to publish into theme: it is theme/")]
    [InlineData("build", ".digest-cache/site", "refusing to publish into .digest-cache/site: it is inside the build cache .digest-cache/")]
    public void A_build_refuses_an_output_folder_that_is_holds_or_lies_in_what_a_maintainer_wrote(string command, string folder, string message)
    {
        using var project = new TempProject().WithRepositorySeeds();
        Directory.CreateDirectory(Path.Combine(project.Root, "theme", "assets"));
        File.WriteAllText(Path.Combine(project.Root, "theme", "assets", "site.css"), "body { color: teal; }");
        Directory.CreateDirectory(project.Paths.Articles);
        File.WriteAllText(Path.Combine(project.Paths.Articles, "mine.md"), "---\ntitle: Mine\ndate: 2017-09-20\n---\nBy hand.\n");
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.Equal(DigestCommand.UsageError, DigestCommand.Run([command, "--root", project.Root, "--output", Path.Combine(project.Root, folder)], output, error));

        Assert.Contains($"digest: error: {message} (a publish replaces everything in its output folder)", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(5, Directory.GetFiles(project.Paths.Seeds).Length);
        Assert.Equal(["mine.md"], Directory.GetFiles(project.Paths.Articles).Select(Path.GetFileName));
        Assert.True(File.Exists(Path.Combine(project.Root, "theme", "assets", "site.css")));
        Assert.False(File.Exists(Path.Combine(project.Root, folder, "index.html")));
    }

    [Fact]
    public void A_build_refuses_an_output_link_to_the_seeds_and_seeds_that_are_the_input()
    {
        using var project = new TempProject().WithRepositorySeeds();
        using var output = new StringWriter();
        using var error = new StringWriter();
        Directory.CreateSymbolicLink(project.Paths.Output, project.Paths.Seeds);

        Assert.Equal(DigestCommand.UsageError, DigestCommand.Run(["build", "--root", project.Root], output, error));
        Assert.Contains($"refusing to publish into output: it leads to {project.Paths.Seeds}, which is seeds/", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(5, Directory.GetFiles(project.Paths.Seeds).Length);

        Directory.Delete(project.Paths.Output);
        Assert.Equal(0, DigestCommand.Run(["build", "--root", project.Root], output, error));
        var articles = Directory.GetFiles(project.Paths.Articles);
        Assert.Equal(DigestCommand.UsageError, DigestCommand.Run(["ingest", "--root", project.Root, "--seeds", project.Paths.Input], output, error));
        Assert.Contains("refusing to ingest from input: it is input/", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(articles, Directory.GetFiles(project.Paths.Articles));

        // --json gives the reason as its one object, with the exit code.
        using var json = new StringWriter();
        Assert.Equal(DigestCommand.UsageError, DigestCommand.Run(["build", "--root", project.Root, "--output", project.Root, "--json"], json, error));
        Assert.Contains("\"exit_code\": 2", json.ToString(), StringComparison.Ordinal);
    }
}
