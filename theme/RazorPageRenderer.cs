using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Digest.Publish;
using Digest.Publish.Pages;
using Digest.Theme.Pages;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Digest.Theme;

/// <summary>
/// The default theme: renders each page kind with its Razor component through <see cref="HtmlRenderer"/>
/// and ships the stylesheet and scripts embedded in this assembly.
/// </summary>
public sealed class RazorPageRenderer : IPageRenderer, IDisposable, IAsyncDisposable
{
    // HtmlRenderer keeps every root component it rendered until it is disposed; a fresh one every
    // so many pages keeps a long publish's memory flat.
    private const int PagesPerRenderer = 64;

    private readonly ServiceProvider _services;
    private readonly StringBuilder _html = new(64 * 1024);
    private readonly StringWriter _writer;
    private HtmlRenderer _renderer;
    private int _rendered;

    /// <summary>A renderer with its own component host. Not thread-safe: use one per thread.</summary>
    public RazorPageRenderer()
    {
        // Pages are served as UTF-8: only markup characters need escaping, so text stays readable
        // (the default encoder would turn every non-ASCII letter into a numeric reference).
        _services = new ServiceCollection()
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .AddSingleton(HtmlEncoder.Create(UnicodeRanges.All))
            .BuildServiceProvider();
        _renderer = new HtmlRenderer(_services, NullLoggerFactory.Instance);
        _writer = new StringWriter(_html, CultureInfo.InvariantCulture);
        Assets = LoadAssets();
    }

    /// <inheritdoc />
    public IReadOnlyList<ThemeAsset> Assets { get; }

    /// <inheritdoc />
    public string Render(Page page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page switch
        {
            HomePage p => Render<HomeTemplate>(p),
            ArticlePage p => Render<ArticleTemplate>(p),
            StoryIndexPage p => Render<StoryIndexTemplate>(p),
            StoryPage p => Render<StoryTemplate>(p),
            TopicIndexPage p => Render<TopicIndexTemplate>(p),
            TopicPage p => Render<TopicTemplate>(p),
            TermIndexPage p => Render<TermIndexTemplate>(p),
            EntityIndexPage p => Render<EntityIndexTemplate>(p),
            EntityPage p => Render<EntityTemplate>(p),
            ArchiveIndexPage p => Render<ArchiveIndexTemplate>(p),
            ArchiveMonthPage p => Render<ArchiveMonthTemplate>(p),
            SearchPage p => Render<SearchTemplate>(p),
            TermPage p => Render<TermTemplate>(p),
            NotFoundPage p => Render<NotFoundTemplate>(p),
            _ => throw new ArgumentException($"The theme has no template for {page.GetType().Name}.", nameof(page)),
        };
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _writer.Dispose();
        _renderer.Dispose();
        _services.Dispose();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync().ConfigureAwait(false);
        await _renderer.DisposeAsync().ConfigureAwait(false);
        await _services.DisposeAsync().ConfigureAwait(false);
    }

    private string Render<TComponent>(Page page)
        where TComponent : IComponent
    {
        if (++_rendered % PagesPerRenderer == 0)
        {
            _renderer.Dispose();
            _renderer = new HtmlRenderer(_services, NullLoggerFactory.Instance);
        }

        var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { ["Page"] = page });
        return _renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await _renderer.RenderComponentAsync<TComponent>(parameters).ConfigureAwait(false);
            // One buffer for every page of this renderer: a fresh writer per page grew its builder chunk by chunk.
            _html.Clear();
            output.WriteHtmlTo(_writer);
            return _html.ToString();
        }).GetAwaiter().GetResult();
    }

    private static List<ThemeAsset> LoadAssets()
    {
        var assembly = typeof(RazorPageRenderer).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("assets/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => new ThemeAsset(n, Read(assembly, n)))
            .ToList();
    }

    private static byte[] Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
