using System.Text.Encodings.Web;
using System.Text.Unicode;
using Digest.Publish;
using Digest.Tests.Support;
using Digest.Theme;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Digest.Tests.Theme;

public sealed class ComponentHtmlWriterTests
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    [Fact]
    public void Every_page_of_a_site_is_written_with_the_bytes_Blazors_HtmlRenderer_gives()
    {
        using var direct = new TempProject().WithRepositorySeeds().WithSeed("zz-markup.txt", HostileSeed);
        using var blazor = new TempProject().WithRepositorySeeds().WithSeed("zz-markup.txt", HostileSeed);
        direct.Ingest();
        blazor.Ingest();

        Publisher.Run(direct.Paths, () => new RazorPageRenderer());
        Publisher.Run(blazor.Paths, () => new RazorPageRenderer(throughHtmlRenderer: true));

        var pages = Directory.EnumerateFiles(direct.Paths.Output, "*.html", SearchOption.AllDirectories).ToList();
        var kinds = pages.Select(p => Path.GetRelativePath(direct.Paths.Output, p).Split(Path.DirectorySeparatorChar)[0]).ToHashSet();
        Assert.Superset(new HashSet<string> { "index.html", "404.html", "articles", "stories", "topics", "tags", "sources", "entities", "archive", "search" }, kinds);
        foreach (var page in pages)
        {
            var relative = Path.GetRelativePath(direct.Paths.Output, page);
            Assert.True(File.ReadAllBytes(page).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(blazor.Paths.Output, relative))), $"{relative} differs");
        }
    }

    [Fact]
    public void Markup_rules_match_HtmlRenderer_for_elements_a_theme_may_use()
    {
        var parameters = new Dictionary<string, object?> { ["Text"] = "Café <b>\"bold\"</b> & 'quotes' </script>", ["Choice"] = "b" };

        Assert.Equal(ThroughHtmlRenderer(typeof(Elements), parameters), Direct(typeof(Elements), parameters));
    }

    [Fact]
    public void Components_that_need_Blazors_renderer_are_refused_and_plain_ones_are_not()
    {
        Assert.Null(ComponentHtmlWriter.RefusalOf(typeof(Elements)));
        Assert.Contains("OnInitialized", ComponentHtmlWriter.RefusalOf(typeof(WithLifecycle)), StringComparison.Ordinal);
        Assert.Contains("Logger", ComponentHtmlWriter.RefusalOf(typeof(WithService)), StringComparison.Ordinal);
        var writer = new ComponentHtmlWriter(Encoder);
        Assert.Throws<NotSupportedException>(() => writer.Write(typeof(Holder), new Dictionary<string, object?>(), new StringWriter()));
    }

    private const string HostileSeed = """
        <script>alert("x")</script> & "Quotes" in a <b>title</b>

        By <i>Someone</i> & Co — Café Owner

        LONDON — A report with <em>markup</em>, "quotes", ampersands & more </script><script>alert(1)</script> in its text.
        It mentions John Smith of the <Acme> Corporation in London, and Café Owner again, in a second sentence.
        """;

    private static string Direct(Type type, Dictionary<string, object?> parameters)
    {
        using var output = new StringWriter();
        new ComponentHtmlWriter(Encoder).Write(type, parameters, output);
        return output.ToString();
    }

    private static string ThroughHtmlRenderer(Type type, Dictionary<string, object?> parameters)
    {
        using var services = new ServiceCollection().AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance).AddSingleton(Encoder).BuildServiceProvider();
        using var renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
        return renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync(type, ParameterView.FromDictionary(parameters))).ToHtmlString()).GetAwaiter().GetResult();
    }

    // A component written in C# as Razor would compile it: elements, attributes of each kind, text, markup,
    // a child component with child content, a fragment (region), script text, a textarea and a select.
#pragma warning disable BL0006, ASP0006
    private sealed class Elements : ComponentBase
    {
        [Parameter] public string Text { get; set; } = "";

        [Parameter] public string Choice { get; set; } = "";

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            builder.AddMarkupContent(0, "<!DOCTYPE html>\n");
            builder.OpenElement(1, "div");
            builder.AddAttribute(2, "class", Text);
            builder.AddAttribute(3, "hidden", true);
            builder.AddAttribute(4, "draggable", false);
            builder.AddAttribute(5, "data-count", (object)3);
            builder.AddContent(6, Text);
            builder.OpenElement(7, "br");
            builder.CloseElement();
            builder.OpenElement(8, "span");
            builder.CloseElement();
            builder.OpenElement(9, "script");
            builder.AddContent(10, Text);
            builder.CloseElement();
            builder.OpenElement(11, "textarea");
            builder.AddAttribute(12, "value", Text);
            builder.CloseElement();
            builder.OpenElement(13, "select");
            builder.AddAttribute(14, "value", Choice);
            foreach (var option in new[] { "a", "b" })
            {
                builder.OpenElement(15, "option");
                builder.AddAttribute(16, "value", option);
                builder.AddContent(17, option);
                builder.CloseElement();
            }

            builder.CloseElement();
            builder.AddContent(18, (RenderFragment)(inner => inner.AddContent(0, Text)));
            builder.OpenComponent<Child>(19);
            builder.AddComponentParameter(20, "Title", Text);
            builder.AddComponentParameter(21, "ChildContent", (RenderFragment)(inner => inner.AddMarkupContent(0, "<p>inner</p>")));
            builder.CloseComponent();
            builder.CloseElement();
        }
    }

    private sealed class Child : ComponentBase
    {
        [Parameter] public string Title { get; set; } = "";

        [Parameter] public RenderFragment? ChildContent { get; set; }

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            builder.OpenElement(0, "section");
            builder.AddAttribute(1, "title", Title);
            builder.AddContent(2, ChildContent);
            builder.CloseElement();
        }
    }

    private sealed class WithLifecycle : ComponentBase
    {
        protected override void OnInitialized() => base.OnInitialized();
    }

    private sealed class WithService : ComponentBase
    {
        [Inject] public ILoggerFactory? Logger { get; set; }
    }

    private sealed class Holder : ComponentBase
    {
        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            builder.OpenComponent<WithLifecycle>(0);
            builder.CloseComponent();
        }
    }
#pragma warning restore BL0006, ASP0006
}
