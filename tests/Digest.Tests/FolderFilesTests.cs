using Digest.Tests.Support;

namespace Digest.Tests;

public sealed class FolderFilesTests : IDisposable
{
    private const string Seed = "Ferry Line Approved\n\nThe harbour council approved a new ferry line on Tuesday.\n";

    // The links of A_link_to_a_file_is_read_only_when_the_file_is_in_the_project that lead inside the project, and out of it.
    private static readonly string[] Inside = ["ferry.txt", "from-input.txt", "same.txt"];
    private static readonly string[] Outside = ["dotdot.txt", "secret.txt", "sneaky.txt"];

    private readonly TempProject _project = new();

    // A file outside the project, as a machine's own files are.
    private readonly string _outside = Path.Combine(Path.GetTempPath(), "digest-outside-" + Guid.NewGuid().ToString("N")[..10]);

    public FolderFilesTests()
    {
        Directory.CreateDirectory(_outside);
        File.WriteAllText(Path.Combine(_outside, "secret.txt"), "Not For The Site\n\nA file of the machine the site is built on.\n");
    }

    private string Seeds => _project.Paths.Seeds;

    public void Dispose()
    {
        _project.Dispose();
        Directory.Delete(_outside, recursive: true);
    }

    [Fact]
    public void Files_of_the_folder_and_its_subfolders_are_listed_in_ordinal_order()
    {
        _project.WithSeed("b.txt", Seed).WithSeed("a/z.txt", Seed).WithSeed("A.txt", Seed).WithSeed(".hidden/x.txt", Seed);

        var listed = FolderFiles.Of(Seeds, _project.Root);

        Assert.Equal([".hidden/x.txt", "A.txt", "a/z.txt", "b.txt"], listed.Files.Select(f => Path.GetRelativePath(Seeds, f).Replace('\\', '/')));
        Assert.Empty(listed.LeftOut);
        Assert.Equal(["A.txt", "b.txt"], FolderFiles.Of(Seeds, _project.Root, recurse: false).Files.Select(Path.GetFileName));
    }

    [Fact]
    public void A_link_to_a_folder_is_not_followed_even_one_that_loops_back()
    {
        _project.WithSeed("2026/ferry.txt", Seed);
        Directory.CreateSymbolicLink(Path.Combine(Seeds, "2026", "loop"), Seeds);
        Directory.CreateSymbolicLink(Path.Combine(Seeds, "elsewhere"), _outside);

        var listed = FolderFiles.Of(Seeds, _project.Root);

        Assert.Equal([Path.Combine(Seeds, "2026", "ferry.txt")], listed.Files);
        Assert.Equal([Path.Combine(Seeds, "2026", "loop"), Path.Combine(Seeds, "elsewhere")], listed.LeftOut.Select(l => l.Path));
        Assert.All(listed.LeftOut, l => Assert.StartsWith("a link to a folder", l.Problem, StringComparison.Ordinal));
    }

    [Fact]
    public void A_link_to_a_file_is_read_only_when_the_file_is_in_the_project()
    {
        _project.WithSeed("ferry.txt", Seed).WithInputFile("notes/ferry-copy.txt", Seed);
        File.CreateSymbolicLink(Path.Combine(Seeds, "same.txt"), "ferry.txt");
        File.CreateSymbolicLink(Path.Combine(Seeds, "from-input.txt"), Path.Combine(_project.Paths.Input, "notes", "ferry-copy.txt"));
        File.CreateSymbolicLink(Path.Combine(Seeds, "secret.txt"), Path.Combine(_outside, "secret.txt"));
        // Out by ".." after a link to a folder: read as text the path stays in seeds/, read as the system does it leaves.
        Directory.CreateDirectory(Path.Combine(_outside, "a", "b"));
        File.WriteAllText(Path.Combine(_outside, "a", "secret.txt"), "Not For The Site\n\nAnother.\n");
        Directory.CreateSymbolicLink(Path.Combine(Seeds, "b"), Path.Combine(_outside, "a", "b"));
        File.CreateSymbolicLink(Path.Combine(Seeds, "dotdot.txt"), Path.Combine("b", "..", "secret.txt"));
        // Out through a link to a folder on the way: the file's own link is inside the project, what it leads to is not.
        Directory.CreateSymbolicLink(Path.Combine(_project.Root, "outside"), _outside);
        File.CreateSymbolicLink(Path.Combine(Seeds, "sneaky.txt"), Path.Combine("..", "outside", "secret.txt"));

        var listed = FolderFiles.Of(Seeds, _project.Root);

        // Links to folders are left out as the folder is listed, links to files as each is read.
        Assert.Equal(["b"], listed.LeftOut.Select(l => Path.GetFileName(l.Path)));
        var problems = listed.Files.ToDictionary(f => Path.GetFileName(f), f => listed.LinkProblem(new FileInfo(f)));
        Assert.Equal(["dotdot.txt", "ferry.txt", "from-input.txt", "same.txt", "secret.txt", "sneaky.txt"], problems.Keys);
        Assert.Equal([null, null, null], Inside.Select(f => problems[f]));
        var real = FolderFiles.RealPath(_outside);
        Assert.Equal(
            [Path.Combine(real, "a", "secret.txt"), Path.Combine(real, "secret.txt"), Path.Combine(real, "secret.txt")],
            Outside.Select(f => problems[f]!.Split(' ')[3].TrimEnd(',')));
        Assert.All(Outside, f => Assert.EndsWith(
            ", outside the project (Digest reads no file outside it through a link); copy the file in instead", problems[f], StringComparison.Ordinal));
    }

    [Fact]
    public void A_folder_that_is_itself_a_link_is_read_and_its_own_links_may_lead_anywhere_inside_it()
    {
        Directory.CreateDirectory(Path.Combine(_outside, "seeds", "2026"));
        File.WriteAllText(Path.Combine(_outside, "seeds", "2026", "ferry.txt"), Seed);
        File.CreateSymbolicLink(Path.Combine(_outside, "seeds", "latest.txt"), Path.Combine("2026", "ferry.txt"));
        Directory.Delete(Seeds, recursive: true);
        Directory.CreateSymbolicLink(Seeds, Path.Combine(_outside, "seeds"));

        var listed = FolderFiles.Of(Seeds, _project.Root);

        Assert.Equal([Path.Combine(Seeds, "2026", "ferry.txt"), Path.Combine(Seeds, "latest.txt")], listed.Files);
        Assert.Empty(listed.LeftOut);
        Assert.All(listed.Files, f => Assert.Null(listed.LinkProblem(new FileInfo(f))));
    }

    [Fact]
    public void A_loop_of_file_links_is_named_not_followed()
    {
        File.CreateSymbolicLink(Path.Combine(Seeds, "a.txt"), "b.txt");
        File.CreateSymbolicLink(Path.Combine(Seeds, "b.txt"), "a.txt");

        var listed = FolderFiles.Of(Seeds, _project.Root);

        Assert.Equal(["a.txt", "b.txt"], listed.Files.Select(Path.GetFileName));
        Assert.Empty(listed.LeftOut);
        Assert.All(listed.Files, f => Assert.Contains("a loop", listed.LinkProblem(new FileInfo(f)), StringComparison.Ordinal));
    }

    [Fact]
    public void Real_path_replaces_every_link_along_the_way()
    {
        Directory.CreateDirectory(Path.Combine(_outside, "deep", "er"));
        Directory.CreateSymbolicLink(Path.Combine(_outside, "up"), Path.Combine("deep", "er"));
        File.CreateSymbolicLink(Path.Combine(_outside, "deep", "er", "file.txt"), Path.Combine("..", "..", "secret.txt"));

        var real = FolderFiles.RealPath(_outside);

        Assert.Equal(Path.Combine(real, "secret.txt"), FolderFiles.RealPath(Path.Combine(_outside, "up", "file.txt")));
        Assert.Equal(Path.Combine(real, "deep", "er", "missing.txt"), FolderFiles.RealPath(Path.Combine(_outside, "up", "missing.txt")));
        // ".." climbs from where the link led, as the system reads it: up/.. is deep, not the folder up is in.
        Assert.Equal(real, FolderFiles.RealPath(Path.Combine(_outside, "up", "..", "..")));
        Assert.Equal(Path.Combine(real, "deep"), FolderFiles.RealPath(Path.Combine(_outside, "up", "..")));
    }

    [Fact]
    public void A_build_reads_no_link_it_should_not_and_names_each_with_an_error()
    {
        _project.WithSeed("ferry.txt", Seed);
        File.CreateSymbolicLink(Path.Combine(Seeds, "secret.txt"), Path.Combine(_outside, "secret.txt"));
        Directory.CreateSymbolicLink(Path.Combine(Seeds, "loop"), Seeds);
        Directory.CreateDirectory(_project.Paths.ThemeAssets);
        File.CreateSymbolicLink(Path.Combine(_project.Paths.ThemeAssets, "secret.txt"), Path.Combine(_outside, "secret.txt"));
        Directory.CreateDirectory(_project.Paths.Articles);
        File.CreateSymbolicLink(Path.Combine(_project.Paths.Articles, "secret.md"), Path.Combine(_outside, "secret.txt"));
        Directory.CreateDirectory(Path.Combine(_project.Paths.Input, "pages"));
        File.CreateSymbolicLink(Path.Combine(_project.Paths.Input, "pages", "secret.md"), Path.Combine(_outside, "secret.txt"));

        var diagnostics = _project.Build();

        // The maintainer's link in input/articles/ stays as it was, unread.
        Assert.Equal(["ferry-line-approved.md", "secret.md"], _project.ArticleFiles().Select(Path.GetFileName));
        Assert.NotNull(new FileInfo(Path.Combine(_project.Paths.Articles, "secret.md")).LinkTarget);
        var links = diagnostics.Where(d => d.Message.Contains("a link to", StringComparison.Ordinal)).Distinct()
            .Select(d => (d.File, d.Severity, d.Message)).OrderBy(d => d.File, StringComparer.Ordinal).ToList();
        Assert.Equal(["input/articles/secret.md", "input/pages/secret.md", "seeds/loop", "seeds/secret.txt", "theme/assets/secret.txt"], links.Select(l => l.File));
        Assert.All(links, l => Assert.Equal(Severity.Error, l.Severity));
        Assert.StartsWith("not read: a link to /", links[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("not read: a link to /", links[1].Message, StringComparison.Ordinal);
        Assert.StartsWith("not read: a link to a folder", links[2].Message, StringComparison.Ordinal);
        Assert.StartsWith("not read: a link to /", links[3].Message, StringComparison.Ordinal);
        Assert.StartsWith("not published: a link to /", links[4].Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Directory.EnumerateFiles(_project.Paths.Output, "*", SearchOption.AllDirectories),
            f => File.ReadAllText(f).Contains("A file of the machine", StringComparison.Ordinal));
    }
}
