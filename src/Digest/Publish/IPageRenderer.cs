using System.Buffers;
using System.Text;
using Digest.Publish.Pages;

namespace Digest.Publish;

/// <summary>A static file a theme ships (stylesheet, script).</summary>
/// <param name="Path">Site path, e.g. "assets/site.css".</param>
/// <param name="Content">The file's bytes.</param>
public sealed record ThemeAsset(string Path, byte[] Content);

/// <summary>A theme: renders each kind of <see cref="Page"/> to a complete HTML document and ships its assets.</summary>
public interface IPageRenderer
{
    /// <summary>The page as a complete HTML document.</summary>
    string Render(Page page);

    /// <summary>
    /// Appends the page as a complete HTML document, UTF-8 encoded without a byte order mark, to
    /// <paramref name="output"/>. A theme may override it to encode straight from its buffers.
    /// </summary>
    void Render(Page page, IBufferWriter<byte> output) => Encoding.UTF8.GetBytes(Render(page), output);

    /// <summary>Static files to copy into the output.</summary>
    IReadOnlyList<ThemeAsset> Assets { get; }
}
