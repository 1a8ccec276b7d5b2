using Markdig;
using Markdig.Extensions.AutoLinks;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;

namespace Digest.Content;

/// <summary>
/// Markdig's autolinks (<see cref="AutoLinkParser"/>: bare <c>http://</c>, <c>https://</c>, <c>ftp://</c>, <c>mailto:</c> and
/// <c>www.</c> addresses made links), asked only where an address starts, and for at most <see cref="MostPerParagraph"/>
/// addresses of one paragraph; the ones after stay text. Markdig's parser, before it looks at the text, walks back over every
/// inline of the paragraph so far (for a pending raw <c>&lt;a&gt;</c>, which Digest never has: raw HTML is off). It did so
/// at every word that starts with h, f, m or w, and a paragraph of 100,000 addresses (3 MB) ran for minutes. Written by
/// hand: Markdig has no option that bounds that walk. Where the parser is asked, it decides as before.
/// </summary>
internal sealed class BoundedAutoLinks : IMarkdownExtension
{
    /// <summary>The most addresses of one paragraph made links.</summary>
    public const int MostPerParagraph = 1_000;

    /// <inheritdoc/>
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        if (pipeline.InlineParsers.Find<AutoLinkParser>() is { } parser)
        {
            pipeline.InlineParsers.Replace<AutoLinkParser>(new Parser(parser));
        }
    }

    /// <inheritdoc/>
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private sealed class Parser : InlineParser
    {
        // Where a paragraph keeps how many of its addresses were made links.
        private static readonly object Made = new();
        private readonly AutoLinkParser _parser;

        public Parser(AutoLinkParser parser)
        {
            _parser = parser;
            OpeningCharacters = parser.OpeningCharacters;
        }

        public override void Initialize() => _parser.Initialize();

        public override bool Match(InlineProcessor processor, ref StringSlice slice)
        {
            if (!StartsAddress(slice))
            {
                return false;
            }

            var block = processor.Block;
            var made = block?.GetData(Made) as int? ?? 0;
            if (made >= MostPerParagraph || !_parser.Match(processor, ref slice))
            {
                return false;
            }

            block?.SetData(Made, made + 1);
            return true;
        }

        // What the parser's own first look at the text asks of its opening characters (case ignored).
        private static bool StartsAddress(StringSlice slice) => char.ToLowerInvariant(slice.CurrentChar) switch
        {
            'h' => slice.MatchLowercase("ttp://", 1) || slice.MatchLowercase("ttps://", 1),
            'f' => slice.MatchLowercase("tp://", 1),
            'm' => slice.MatchLowercase("ailto:", 1),
            'w' => slice.MatchLowercase("ww.", 1),
            _ => false,
        };
    }
}
