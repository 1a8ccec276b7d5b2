using Digest.Ingest;
using Digest.Preview;
using Digest.Publish;
using Digest.Theme;
using Microsoft.Playwright;

namespace Digest.Browser.Tests;

/// <summary>
/// Builds the repository's seeds into a temp project, serves the site on 127.0.0.1 and opens Debian's
/// Chromium through Playwright (its own browser download cannot work here).
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    /// <summary>Where Debian installs Chromium; <c>test.sh</c> installs it when missing.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "digest-browser-" + Guid.NewGuid().ToString("N")[..8]);
    private IPlaywright? _playwright;
    private PreviewServer? _server;

    public IBrowser Browser { get; private set; } = null!;

    public string Url => _server!.Url;

    /// <summary>The built site's folder (the one <see cref="Url"/> serves).</summary>
    public string OutputFolder => ProjectPaths.Resolve(_root).Output;

    /// <summary>Screenshots are kept as test artifacts in TestResults/screenshots/ at the repository root.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(RepositoryRoot(), "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: run ./test.sh, which installs Debian's chromium, or 'apt-get install -y chromium'.");
        }

        var paths = ProjectPaths.Resolve(_root);
        CopyRepositorySeeds(paths);

        var inputOfRepository = Path.Combine(RepositoryRoot(), "input");
        foreach (var file in Directory.EnumerateFiles(inputOfRepository, "*.yml"))
        {
            Directory.CreateDirectory(paths.Input);
            File.Copy(file, Path.Combine(paths.Input, Path.GetFileName(file)));
        }

        // The repository's own pages beside the news (input/pages/: an about page).
        var pagesOfRepository = Path.Combine(inputOfRepository, "pages");
        foreach (var file in Directory.EnumerateFiles(pagesOfRepository, "*.md"))
        {
            Directory.CreateDirectory(Path.Combine(paths.Input, "pages"));
            File.Copy(file, Path.Combine(paths.Input, "pages", Path.GetFileName(file)));
        }

        // What a maintainer adds to a seed shows too: a top story on the home page, a summary and an update on the
        // article's page, an earlier address that leads to it.
        var first = Directory.EnumerateFiles(paths.Seeds, "*.txt").Order(StringComparer.Ordinal).First();
        File.WriteAllText(Path.ChangeExtension(first, ".yml"),
            $"featured: true\nsummary: The maintainer's summary of the report.\nupdated: 2017-10-02\naliases: [{AliasPath}]\n");

        // More curated people than the entity index lists (EntityIndexPage.ShownPerType), all named by one hand-written
        // report: the index links their whole list, A to Z, which is a page kind of its own.
        string[] given = ["Ada", "Bruno", "Chiara", "Dmitri", "Elif", "Farid", "Greta", "Hiroshi", "Ines", "Jonas", "Kwame", "Lena", "Mateo"];
        string[] family = ["Abara", "Lindqvist", "Moreau", "Okafor"];
        var guests = given.SelectMany(g => family.Select(f => $"{g} {f}")).ToList();
        File.AppendAllText(Path.Combine(paths.Input, "entities.yml"), "\n" + string.Concat(guests.Select(g => $"{g}:\n  type: person\n")));
        Directory.CreateDirectory(paths.Articles);
        File.WriteAllText(Path.Combine(paths.Articles, "guest-list.md"),
            $"---\ntitle: The delegates at the water talks\nslug: guest-list\ndate: 2017-09-20\nsource: Digest\nentities: [{string.Join(", ", guests)}]\n---\n\n" +
            $"The delegates were {string.Join(", ", guests)}.\n");

        // The five seeds make one story, so one topic of one story: asked for, it gets the page every kind is tested on.
        File.AppendAllText(Path.Combine(paths.Input, "digest.yml"), "\ntopic_min_stories: 1\n");

        Ingester.Run(paths);
        Publisher.Run(paths, () => new RazorPageRenderer());

        _server = await PreviewServer.StartAsync(paths.Output);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    /// <summary>An earlier address of the first seed's article (its sidecar's <c>aliases</c>).</summary>
    public const string AliasPath = "/2017/09/first-report.html";

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    /// <summary>A new page at the given viewport width.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
        return await context.NewPageAsync();
    }

    /// <summary>Copies the repository's seeds into the project of <paramref name="paths"/>.</summary>
    public static void CopyRepositorySeeds(ProjectPaths paths)
    {
        Directory.CreateDirectory(paths.Seeds);
        foreach (var seed in Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "seeds")))
        {
            File.Copy(seed, Path.Combine(paths.Seeds, Path.GetFileName(seed)));
        }
    }

    /// <summary>
    /// Serves <paramref name="page"/> the search index files of <paramref name="articles"/>, as the index writer makes them,
    /// in place of the site's own: a query over many reports without building them.
    /// </summary>
    public static Task RouteSearchIndexAsync(IPage page, IEnumerable<Digest.Article> articles)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        SearchIndexWriter.Write(SiteModel.Build(new SiteSettings(), articles), (path, bytes) => files[path] = bytes.ToArray());
        return page.RouteAsync(url => url.EndsWith(".json", StringComparison.Ordinal) && url.Contains("/search/", StringComparison.Ordinal), route =>
        {
            var path = new Uri(route.Request.Url).AbsolutePath;
            var file = files.First(f => path.EndsWith("/" + f.Key, StringComparison.Ordinal));
            return route.FulfillAsync(new RouteFulfillOptions { ContentType = "application/json", BodyBytes = file.Value });
        });
    }

    /// <summary>The folder of Digest.sln.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Digest.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Digest.sln not found above " + AppContext.BaseDirectory);
    }
}

[CollectionDefinition(Name)]
public sealed class SharedSite : ICollectionFixture<SiteFixture>
{
    public const string Name = "site";
}
