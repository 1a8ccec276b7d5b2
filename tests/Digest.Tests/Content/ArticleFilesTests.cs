using Digest.Content;
using Digest.Tests.Support;

namespace Digest.Tests.Content;

public sealed class ArticleFilesTests
{
    private static string Markdown(string title) =>
        $"---\ntitle: {title}\nslug: harbour\ndate: 2024-03-01\nsource: Example News\n---\n\nThe council approved the ferry line.\n";

    [Fact]
    public void A_file_held_with_its_size_and_time_is_taken_without_being_read_and_a_changed_one_is_read()
    {
        using var project = new TempProject().WithInputFile("articles/harbour.md", Markdown("Ferry Line Approved"));
        var path = Path.Combine(project.Paths.Articles, "harbour.md");
        var held = new ArticleFiles();
        var first = ArticleStore.Load(project.Paths, new List<Diagnostic>(), held: held);
        Assert.Equal(1, held.Count);

        // Same size, same time, other bytes: only a file that was not read again still gives the first title.
        var time = File.GetLastWriteTimeUtc(path);
        File.WriteAllText(path, Markdown("Ferry Line Rejected"));
        File.SetLastWriteTimeUtc(path, time);
        var taken = ArticleStore.Load(project.Paths, new List<Diagnostic>(), findHandEdits: false, held: held);

        // A new time (or size): read.
        File.SetLastWriteTimeUtc(path, time.AddSeconds(5));
        var read = ArticleStore.Load(project.Paths, new List<Diagnostic>(), findHandEdits: false, held: held);

        Assert.Equal("Ferry Line Approved", first.Articles.Single().Title);
        Assert.Same(first.Articles.Single(), taken.Articles.Single());
        Assert.Equal("Ferry Line Rejected", read.Articles.Single().Title);
    }

    [Fact]
    public void Ingest_looking_for_hand_edits_reads_every_file_and_a_file_with_a_problem_is_not_held()
    {
        using var project = new TempProject()
            .WithInputFile("articles/harbour.md", Markdown("Ferry Line Approved"))
            .WithInputFile("articles/broken.md", "---\ntitle: [unclosed\n---\n\nBody.\n");
        var path = Path.Combine(project.Paths.Articles, "harbour.md");
        var held = new ArticleFiles();
        ArticleStore.Load(project.Paths, new List<Diagnostic>(), held: held);
        var time = File.GetLastWriteTimeUtc(path);
        File.WriteAllText(path, Markdown("Ferry Line Rejected"));
        File.SetLastWriteTimeUtc(path, time);

        var diagnostics = new List<Diagnostic>();
        var again = ArticleStore.Load(project.Paths, diagnostics, held: held);

        Assert.Equal(1, held.Count);
        Assert.Equal("Ferry Line Rejected", again.Articles.Single().Title);
        Assert.Contains(diagnostics, d => d.File.EndsWith("broken.md", StringComparison.Ordinal));
    }
}
