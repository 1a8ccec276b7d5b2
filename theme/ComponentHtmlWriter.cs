using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.RenderTree;

namespace Digest.Theme;

// The render tree types are Blazor's own and may change between framework versions; the test that renders
// every page kind both ways (ComponentHtmlWriterTests) fails on an upgrade that changes what they mean.
#pragma warning disable BL0006

/// <summary>
/// Writes a Razor component's HTML straight from the render trees its <c>BuildRenderTree</c> makes, with the
/// markup rules of Blazor's <see cref="Microsoft.AspNetCore.Components.Web.HtmlRenderer"/> (elements, void
/// elements, attributes, text encoding, script text, textarea and select values), so the bytes are the same.
/// It handles what a static theme is made of: components with parameters and child content, fragments,
/// regions. A component that needs more of Blazor (lifecycle methods, injected services, cascading values,
/// its own <c>SetParametersAsync</c>, named form events) is refused with <see cref="NotSupportedException"/>,
/// and <see cref="RazorPageRenderer"/> then renders that page kind through HtmlRenderer.
/// </summary>
/// <remarks>
/// Written by hand because no package renders components without Blazor's renderer, which keeps a component
/// state per instance, diffs each new tree against an empty one and copies every frame into a render batch
/// before its HTML writer walks them — a third of a publish's render time for static pages (measured in
/// bench/README.md). Not thread-safe: one per thread.
/// </remarks>
public sealed class ComponentHtmlWriter
{
    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    };

    private static readonly Action<ComponentBase, RenderTreeBuilder> BuildRenderTree =
        typeof(ComponentBase).GetMethod("BuildRenderTree", BindingFlags.Instance | BindingFlags.NonPublic)!
            .CreateDelegate<Action<ComponentBase, RenderTreeBuilder>>();

    private static readonly string[] LifecycleMethods =
        ["SetParametersAsync", "OnInitialized", "OnInitializedAsync", "OnParametersSet", "OnParametersSetAsync"];

    private static readonly ConcurrentDictionary<Type, string?> Refusals = new();

    private readonly HtmlEncoder _htmlEncoder;
    private readonly JavaScriptEncoder _scriptEncoder = JavaScriptEncoder.Default;

    // One builder per nesting level: a parent's frames are still being walked while its children build theirs.
    private readonly List<RenderTreeBuilder> _builders = [];
    private TextEncoder _textEncoder;
    private string? _closestSelectValue;

    /// <summary>A writer that encodes text and attribute values with <paramref name="htmlEncoder"/>.</summary>
    public ComponentHtmlWriter(HtmlEncoder htmlEncoder)
    {
        _htmlEncoder = htmlEncoder ?? throw new ArgumentNullException(nameof(htmlEncoder));
        _textEncoder = htmlEncoder;
    }

    /// <summary>Why this writer cannot write components of <paramref name="componentType"/>, or null when it can.</summary>
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "Component types are kept whole (OpenComponent<T>, the renderer's templates) and Digest.Theme is a trimmer root of the tool.")]
    public static string? RefusalOf(Type componentType)
    {
        ArgumentNullException.ThrowIfNull(componentType);
        return Refusals.GetOrAdd(componentType, static type =>
        {
            if (!typeof(ComponentBase).IsAssignableFrom(type) || type.IsAbstract)
            {
                return "it is not a ComponentBase";
            }

            if (typeof(IAsyncDisposable).IsAssignableFrom(type) || typeof(IDisposable).IsAssignableFrom(type))
            {
                return "it is disposable";
            }

            foreach (var name in LifecycleMethods)
            {
                var declared = type.GetMethod(name, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, Type.EmptyTypes)
                    ?? type.GetMethod(name, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);
                if (declared is not null && declared.DeclaringType != typeof(ComponentBase))
                {
                    return $"it overrides {name}";
                }
            }

            var needsRenderer = type.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
                .FirstOrDefault(p => p.GetCustomAttributes(inherit: true).Any(a => a is InjectAttribute or CascadingParameterAttributeBase));
            return needsRenderer is null ? null : $"its property {needsRenderer.Name} is injected or cascaded";
        });
    }

    /// <summary>
    /// Writes the HTML of a component of <paramref name="componentType"/> given <paramref name="parameters"/>.
    /// Throws <see cref="NotSupportedException"/> when it or a component it holds needs Blazor's renderer; what
    /// was written to <paramref name="output"/> is then incomplete.
    /// </summary>
    public void Write([System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.All)] Type componentType, IReadOnlyDictionary<string, object?> parameters, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(output);
        _textEncoder = _htmlEncoder;
        _closestSelectValue = null;
        WriteComponent(componentType, parameters, output, depth: 0);
    }

    private void WriteComponent([System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.All)] Type type, IReadOnlyDictionary<string, object?> parameters, TextWriter output, int depth)
    {
        if (RefusalOf(type) is { } refusal)
        {
            throw new NotSupportedException($"{type.Name} needs Blazor's renderer: {refusal}.");
        }

        var component = (ComponentBase)Activator.CreateInstance(type)!;
        ParameterView.FromDictionary(parameters as IDictionary<string, object?> ?? parameters.ToDictionary()).SetParameterProperties(component);
        if (depth == _builders.Count)
        {
            _builders.Add(new RenderTreeBuilder());
        }

        var builder = _builders[depth];
        builder.Clear();
        BuildRenderTree(component, builder);
        var frames = builder.GetFrames();
        WriteFrames(frames, 0, frames.Count, output, depth);
        builder.Clear();
    }

    private int WriteFrames(ArrayRange<RenderTreeFrame> frames, int position, int count, TextWriter output, int depth)
    {
        var end = position + count;
        while (position < end)
        {
            ref var frame = ref frames.Array[position];
            switch (frame.FrameType)
            {
                case RenderTreeFrameType.Element:
                    position = WriteElement(frames, position, output, depth);
                    break;
                case RenderTreeFrameType.Text:
                    _textEncoder.Encode(output, frame.TextContent);
                    position++;
                    break;
                case RenderTreeFrameType.Markup:
                    output.Write(frame.MarkupContent);
                    position++;
                    break;
                case RenderTreeFrameType.Component:
                    WriteChild(frames, position, output, depth);
                    position += frame.ComponentSubtreeLength;
                    break;
                case RenderTreeFrameType.Region:
                    position = WriteFrames(frames, position + 1, frame.RegionSubtreeLength - 1, output, depth);
                    break;
                case RenderTreeFrameType.ElementReferenceCapture:
                case RenderTreeFrameType.ComponentReferenceCapture:
                    position++;
                    break;
                default:
                    throw new NotSupportedException($"A {frame.FrameType} frame needs Blazor's renderer.");
            }
        }

        return position;
    }

    // A child's type comes from the template's OpenComponent<T>, whose T the trimmer keeps whole (Blazor annotates it).
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2072", Justification = "Component types of a render tree are kept whole by OpenComponent<T>.")]
    private void WriteChild(ArrayRange<RenderTreeFrame> frames, int position, TextWriter output, int depth)
    {
        ref var frame = ref frames.Array[position];
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (var i = position + 1; i < position + frame.ComponentSubtreeLength && frames.Array[i].FrameType == RenderTreeFrameType.Attribute; i++)
        {
            parameters[frames.Array[i].AttributeName] = frames.Array[i].AttributeValue;
        }

        WriteComponent(frame.ComponentType, parameters, output, depth + 1);
    }

    // As HtmlRenderer: children only when there are any (else a void element closes itself), a textarea's value
    // as its text, "selected" on the option whose value is its select's, script text encoded for JavaScript.
    private int WriteElement(ArrayRange<RenderTreeFrame> frames, int position, TextWriter output, int depth)
    {
        ref var frame = ref frames.Array[position];
        var name = frame.ElementName;
        output.Write('<');
        output.Write(name);
        var isTextArea = string.Equals(name, "textarea", StringComparison.OrdinalIgnoreCase);
        var afterAttributes = WriteAttributes(frames, position + 1, frame.ElementSubtreeLength - 1, !isTextArea, output, out var value);
        if (_closestSelectValue is not null && string.Equals(name, "option", StringComparison.OrdinalIgnoreCase)
            && string.Equals(value, _closestSelectValue, StringComparison.Ordinal))
        {
            output.Write(" selected");
        }

        var remaining = frame.ElementSubtreeLength + position - afterAttributes;
        if (remaining <= 0 && !isTextArea)
        {
            if (VoidElements.Contains(name))
            {
                output.Write(" />");
            }
            else
            {
                output.Write("></");
                output.Write(name);
                output.Write('>');
            }

            return afterAttributes;
        }

        output.Write('>');
        var isSelect = string.Equals(name, "select", StringComparison.OrdinalIgnoreCase);
        if (isSelect)
        {
            _closestSelectValue = value;
        }

        if (isTextArea && !string.IsNullOrEmpty(value))
        {
            _htmlEncoder.Encode(output, value);
        }
        else if (string.Equals(name, "script", StringComparison.OrdinalIgnoreCase))
        {
            var outer = _textEncoder;
            _textEncoder = _scriptEncoder;
            WriteFrames(frames, afterAttributes, remaining, output, depth);
            _textEncoder = outer;
        }
        else if (remaining > 0)
        {
            WriteFrames(frames, afterAttributes, remaining, output, depth);
        }

        if (isSelect)
        {
            _closestSelectValue = null;
        }

        output.Write("</");
        output.Write(name);
        output.Write('>');
        return position + frame.ElementSubtreeLength;
    }

    private int WriteAttributes(ArrayRange<RenderTreeFrame> frames, int position, int count, bool includeValue, TextWriter output, out string? value)
    {
        value = null;
        for (var i = position; i < position + count; i++)
        {
            ref var frame = ref frames.Array[i];
            if (frame.FrameType != RenderTreeFrameType.Attribute)
            {
                if (frame.FrameType == RenderTreeFrameType.ElementReferenceCapture)
                {
                    continue;
                }

                return i;
            }

            if (frame.AttributeName.Equals("value", StringComparison.OrdinalIgnoreCase))
            {
                value = frame.AttributeValue as string;
                if (!includeValue)
                {
                    continue;
                }
            }

            switch (frame.AttributeValue)
            {
                case true:
                    output.Write(' ');
                    output.Write(frame.AttributeName);
                    break;
                case string text:
                    output.Write(' ');
                    output.Write(frame.AttributeName);
                    output.Write("=\"");
                    _htmlEncoder.Encode(output, text);
                    output.Write('"');
                    break;
            }
        }

        return position + count;
    }
}
