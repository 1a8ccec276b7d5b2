using Digest.Ingest;
using Digest.Publish;
using Digest.Theme;

namespace Digest.Tests.Support;

/// <summary>A throw-away Digest project in a temp folder, built with the real pipeline.</summary>
public sealed class TempProject : IDisposable
{
    public TempProject()
    {
        Root = Path.Combine(Path.GetTempPath(), "digest-test-" + Guid.NewGuid().ToString("N")[..10]);
        Paths = ProjectPaths.Resolve(Root);
        Directory.CreateDirectory(Paths.Seeds);
        Directory.CreateDirectory(Paths.Input);
    }

    public string Root { get; }

    public ProjectPaths Paths { get; }

    /// <summary>Copies the repository's seed articles into this project.</summary>
    public TempProject WithRepositorySeeds()
    {
        foreach (var file in Directory.EnumerateFiles(RepositoryRoot.Seeds))
        {
            File.Copy(file, Path.Combine(Paths.Seeds, Path.GetFileName(file)));
        }

        return this;
    }

    /// <summary>Writes a file into seeds/ (a name with '/' makes the folders it names).</summary>
    public TempProject WithSeed(string name, string text)
    {
        var path = Path.Combine(Paths.Seeds, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    public TempProject WithSeed(string name, byte[] bytes)
    {
        File.WriteAllBytes(Path.Combine(Paths.Seeds, name), bytes);
        return this;
    }

    public TempProject WithInputFile(string relativePath, string text)
    {
        var path = Path.Combine(Paths.Input, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    public IngestResult Ingest() => Ingester.Run(Paths);

    public PublishResult Publish() => Publisher.Run(Paths, () => new RazorPageRenderer());

    /// <summary>Ingest then publish; the diagnostics of both.</summary>
    public IReadOnlyList<Diagnostic> Build() => [.. Ingest().Diagnostics, .. Publish().Diagnostics];

    public string OutputFile(string sitePath) =>
        Path.Combine(Paths.Output, (sitePath.EndsWith('/') || sitePath.Length == 0 ? sitePath + "index.html" : sitePath).Replace('/', Path.DirectorySeparatorChar));

    public string ReadOutput(string sitePath) => File.ReadAllText(OutputFile(sitePath));

    /// <summary>Where the page at <paramref name="sitePath"/> sends the reader when it only does that (an alias, a copy's address); null otherwise.</summary>
    public string? RedirectTarget(string sitePath) =>
        File.Exists(OutputFile(sitePath)) && System.Text.RegularExpressions.Regex.Match(ReadOutput(sitePath), "<meta http-equiv=\"refresh\" content=\"0; url=([^\"]+)\"") is { Success: true } m
            ? m.Groups[1].Value
            : null;

    public IReadOnlyList<string> ArticleFiles() =>
        Directory.Exists(Paths.Articles) ? Directory.GetFiles(Paths.Articles, "*.md").Order(StringComparer.Ordinal).ToList() : [];

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
