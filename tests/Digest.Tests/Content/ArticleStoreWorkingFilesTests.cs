using Digest.Cache;
using Digest.Content;
using Digest.Tests.Support;

namespace Digest.Tests.Content;

/// <summary>What <c>input/articles/</c> holds beside articles: editors' working files, and links that lead nowhere.</summary>
public sealed class ArticleStoreWorkingFilesTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_editors_lock_is_no_article_and_a_link_to_nowhere_is_an_error_naming_it_not_a_crash(bool withDigests)
    {
        using var project = new TempProject()
            .WithInputFile("articles/harbour.md", "---\ntitle: Harbour notes\nslug: harbour\n---\nThe ferry sails at noon.\n")
            .WithInputFile("articles/.draft.md", "---\ntitle: Not yet\nslug: not-yet\n---\nA hidden file.\n")
            .WithInputFile("articles/harbour.md~", "---\ntitle: Backup\nslug: backup\n---\nAn editor's backup.\n");
        // Emacs marks an article it edits with a link named .#FILE to user@host.pid, which is no file.
        File.CreateSymbolicLink(Path.Combine(project.Paths.Articles, ".#harbour.md"), "maintainer@desk.4242:1700000000");
        File.CreateSymbolicLink(Path.Combine(project.Paths.Articles, "moved.md"), "elsewhere.md");
        var diagnostics = new List<Diagnostic>();

        var store = withDigests
            ? ArticleStore.Load(project.Paths, diagnostics, held: new ArticleFiles(), digests: new FileDigests())
            : ArticleStore.Load(project.Paths, diagnostics);

        Assert.Equal(["harbour"], store.Articles.Select(a => a.Slug));
        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("input/articles/moved.md", error.File);
        Assert.StartsWith("cannot be read: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(project.Root, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(diagnostics, d => d.File.Contains(".#", StringComparison.Ordinal) || d.File.Contains(".draft", StringComparison.Ordinal) || d.File.EndsWith('~'));
    }
}
