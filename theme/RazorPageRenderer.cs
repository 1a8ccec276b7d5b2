using System.Buffers;
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
/// The default theme: renders each page kind with its Razor component and ships the stylesheet and scripts
/// embedded in this assembly. Pages are written by <see cref="ComponentHtmlWriter"/> straight from the
/// components' render trees; a page kind whose components need more of Blazor is rendered through
/// <see cref="HtmlRenderer"/>, which gives the same bytes.
/// </summary>
public sealed class RazorPageRenderer : IPageRenderer, IDisposable, IAsyncDisposable
{
    // HtmlRenderer keeps every root component it rendered until it is disposed; a fresh one every
    // so many pages keeps a long publish's memory flat.
    private const int PagesPerRenderer = 64;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, bool> NeedsHtmlRenderer = new();

    private readonly ServiceProvider _services;
    private readonly StringBuilder _html = new(64 * 1024);
    private readonly StringWriter _writer;
    private readonly Encoder _encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();
    private readonly ComponentHtmlWriter? _direct;
    private HtmlRenderer _renderer;
    private int _rendered;

    /// <summary>A renderer with its own component host. Not thread-safe: use one per thread.</summary>
    public RazorPageRenderer()
        : this(throughHtmlRenderer: false)
    {
    }

    /// <summary>A renderer with its own component host. Not thread-safe: use one per thread.</summary>
    /// <param name="throughHtmlRenderer">Render every page through Blazor's <see cref="HtmlRenderer"/> (the reference
    /// <see cref="ComponentHtmlWriter"/> is tested against) instead of writing it from its render trees.</param>
    public RazorPageRenderer(bool throughHtmlRenderer)
    {
        // Pages are served as UTF-8: only markup characters need escaping, so text stays readable
        // (the default encoder would turn every non-ASCII letter into a numeric reference).
        _services = new ServiceCollection()
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .AddSingleton(HtmlEncoder.Create(UnicodeRanges.All))
            .BuildServiceProvider();
        _renderer = new HtmlRenderer(_services, NullLoggerFactory.Instance);
        _writer = new StringWriter(_html, CultureInfo.InvariantCulture);
        _direct = throughHtmlRenderer ? null : new ComponentHtmlWriter(_services.GetRequiredService<HtmlEncoder>());
        Assets = LoadAssets();
    }

    /// <inheritdoc />
    public IReadOnlyList<ThemeAsset> Assets { get; }

    /// <inheritdoc />
    public string Render(Page page)
    {
        RenderIntoBuffer(page);
        return _html.ToString();
    }

    /// <inheritdoc />
    public void Render(Page page, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        RenderIntoBuffer(page);
        // Straight from the builder's chunks: no page-sized string and byte array per page. One encoder
        // across chunks, so a surrogate pair split between two chunks is encoded whole.
        _encoder.Reset();
        foreach (var chunk in _html.GetChunks())
        {
            _encoder.Convert(chunk.Span, output, flush: false, out _, out _);
        }

        _encoder.Convert([], output, flush: true, out _, out _);
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

    // Kept whole when the tool is compiled ahead of time (trimmed): components are made and filled by reflection.
    [return: System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.All)]
    private static Type TemplateOf(Page page) => page switch
    {
        HomePage => typeof(HomeTemplate),
        ArticlePage => typeof(ArticleTemplate),
        StoryIndexPage => typeof(StoryIndexTemplate),
        StoryPage => typeof(StoryTemplate),
        TopicIndexPage => typeof(TopicIndexTemplate),
        TopicPage => typeof(TopicTemplate),
        TermIndexPage => typeof(TermIndexTemplate),
        EntityIndexPage => typeof(EntityIndexTemplate),
        EntityTypePage => typeof(EntityTypeTemplate),
        EntityPage => typeof(EntityTemplate),
        ArchiveIndexPage => typeof(ArchiveIndexTemplate),
        ArchiveMonthPage => typeof(ArchiveMonthTemplate),
        SearchPage => typeof(SearchTemplate),
        TermPage => typeof(TermTemplate),
        NotFoundPage => typeof(NotFoundTemplate),
        RedirectPage => typeof(RedirectTemplate),
        StandalonePage => typeof(StandaloneTemplate),
        _ => throw new ArgumentException($"The theme has no template for {page.GetType().Name}.", nameof(page)),
    };

    // Renders the page's template into _html, one buffer for every page of this renderer (a fresh
    // writer per page grew its builder chunk by chunk).
    private void RenderIntoBuffer(Page page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var template = TemplateOf(page);
        var parameters = new Dictionary<string, object?> { ["Page"] = page };
        if (_direct is not null && !NeedsHtmlRenderer.ContainsKey(template))
        {
            _html.Clear();
            try
            {
                _direct.Write(template, parameters, _writer);
                return;
            }
            catch (NotSupportedException)
            {
                // A component of this page kind needs Blazor's renderer: every page of the kind goes through it.
                NeedsHtmlRenderer.TryAdd(template, true);
            }
        }

        if (++_rendered % PagesPerRenderer == 0)
        {
            _renderer.Dispose();
            _renderer = new HtmlRenderer(_services, NullLoggerFactory.Instance);
        }

        _renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await _renderer.RenderComponentAsync(template, ParameterView.FromDictionary(parameters)).ConfigureAwait(false);
            _html.Clear();
            output.WriteHtmlTo(_writer);
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
