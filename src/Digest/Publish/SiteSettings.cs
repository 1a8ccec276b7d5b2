using Digest.Text;
using Digest.Content;
using Digest.Publish.Feeds;
using YamlDotNet.RepresentationModel;

namespace Digest.Publish;

/// <summary>Site settings from <c>input/digest.yml</c>; every key is optional.</summary>
public sealed record SiteSettings
{
    /// <summary>The settings file's name inside <c>input/</c>.</summary>
    public const string FileName = "digest.yml";

    /// <summary>Site name shown in the header, feeds and titles.</summary>
    public string Title { get; init; } = "Digest";

    /// <summary>One-line description for feeds and meta tags.</summary>
    public string Description { get; init; } = "A curated news digest.";

    /// <summary>Absolute URL the site is served from, possibly with a path (e.g. https://example.github.io/digest/).</summary>
    public string BaseUrl { get; init; } = "/";

    /// <summary>Items per page of long lists.</summary>
    public int PageSize { get; init; } = 20;

    /// <summary>
    /// Stories a topic needs for a page of its own and a place in the topic index (<c>topic_min_stories</c>): a topic is
    /// a thread of stories, and one of a single story would only repeat the story's page. 1: every topic.
    /// </summary>
    public int TopicMinStories { get; init; } = 2;

    /// <summary>Site language (ISO 639-1).</summary>
    public string Language { get; init; } = "en";

    /// <summary>The texts <c>input/i18n.yml</c> gives the site's pages, by key (<see cref="SiteText.LoadOverrides"/>); none by default.</summary>
    public IReadOnlyDictionary<string, string>? TextOverrides { get; init; }

    /// <summary>The words of the site's own pages in its <see cref="Language"/>, with <see cref="TextOverrides"/>.</summary>
    public SiteText Text => SiteText.For(Language, TextOverrides);

    /// <summary>
    /// The formats of each tag's, source's, entity's and topic's feed (the site's own feed is always in all three):
    /// Atom alone by default. A site has a feed per term, and there are many terms (22,904 entities at
    /// 10,000 articles): in three formats those feeds were 69,030 of the site's 113,684 files and 205 of
    /// its 562 MB, against the 1 GB a GitHub Pages site may hold. Hugo likewise writes one feed per term.
    /// Empty: no feeds per term.
    /// </summary>
    public IReadOnlyList<FeedFormat> TermFeeds { get; init; } = [FeedFormat.Atom];

    /// <summary>The feed formats written in <paramref name="folder"/>: all for the site's (""), <see cref="TermFeeds"/> for a term's.</summary>
    public IReadOnlyList<FeedFormat> FeedFormatsIn(string folder) => folder.Length == 0 ? FeedFormats.All : TermFeeds;

    private static readonly string[] Keys = ["title", "description", "base_url", "page_size", "topic_min_stories", "language", "term_feeds"];

    // Sections read by other stages from the same file (e.g. dedup thresholds); publishing ignores them.
    private static readonly string[] StageSections = ["ingest", "dedup", "entities"];

    /// <summary>
    /// Reads the settings of <paramref name="paths"/> (a missing file gives the defaults) and the texts of
    /// <c>input/i18n.yml</c>. A language Digest ships no texts for is a warning unless that file gives them all.
    /// </summary>
    /// <param name="paths">The project.</param>
    /// <param name="diagnostics">Where problems of the files go.</param>
    /// <param name="baseUrl">
    /// Where this build's site is served, in place of the file's <c>base_url</c> (the command line's <c>--base-url</c>,
    /// as Hugo's <c>--baseURL</c>: a deploy preview or a Pages site whose address the CI job knows); null keeps the
    /// file's. It must be one <see cref="NormalBaseUrl"/> accepts.
    /// </param>
    public static SiteSettings Load(ProjectPaths paths, ICollection<Diagnostic> diagnostics, string? baseUrl = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var settings = LoadFile(paths, diagnostics) with { TextOverrides = SiteText.LoadOverrides(paths, diagnostics) };
        if (baseUrl is not null)
        {
            settings = settings with { BaseUrl = NormalBaseUrl(baseUrl) ?? throw new ArgumentException($"{BaseUrlRule}: '{baseUrl}'", nameof(baseUrl)) };
        }

        if (!SiteText.IsShipped(settings.Language))
        {
            var missing = SiteText.Keys.Count(k => settings.TextOverrides?.ContainsKey(k) != true);
            if (missing > 0)
            {
                diagnostics.Add(Diagnostic.Warning(paths.Display(Path.Combine(paths.Input, FileName)),
                    $"Digest ships no texts in '{settings.Language}' (it has {string.Join(", ", SiteText.Shipped)}): {missing} of the pages' texts are in English; give them in input/{SiteText.FileName}"));
            }
        }

        return settings;
    }

    private static SiteSettings LoadFile(ProjectPaths paths, ICollection<Diagnostic> diagnostics)
    {
        var file = Path.Combine(paths.Input, FileName);
        var settings = new SiteSettings();
        if (FolderFiles.ReadCurated(paths, file, diagnostics) is not { } text)
        {
            return settings;
        }

        var display = paths.Display(file);
        var mapping = SafeYaml.LoadMapping(text, display, diagnostics);
        if (mapping is null)
        {
            return settings;
        }

        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var value = (valueNode as YamlScalarNode)?.Value?.Trim() ?? "";
            // A value's problem is shown at the value, an unknown key's at the key.
            var line = (int)valueNode.Start.Line;
            var column = (int)valueNode.Start.Column;
            // Every setting but term_feeds (and the stages' own sections) is one value: a list or a mapping is a
            // mistake to show, not a setting to drop unsaid.
            if (valueNode is not YamlScalarNode && Keys.Contains(key) && key != "term_feeds")
            {
                diagnostics.Add(Diagnostic.Error(display, $"'{key}' must be a single value, not a {SafeYaml.ShapeOf(valueNode)}; the default is kept",
                    (int)valueNode.Start.Line, (int)valueNode.Start.Column));
                continue;
            }

            switch (key)
            {
                case "title": settings = settings with { Title = value }; break;
                case "description": settings = settings with { Description = value }; break;
                case "language":
                    if (Digest.Text.LanguageTags.IsValid(value))
                    {
                        settings = settings with { Language = value };
                    }
                    else
                    {
                        diagnostics.Add(Diagnostic.Error(display, $"language '{value}' must be a language tag such as en, fr or pt-BR; the default (en) is kept", line, column));
                    }

                    break;
                case "base_url":
                    if (NormalBaseUrl(value) is { } baseUrl)
                    {
                        settings = settings with { BaseUrl = baseUrl };
                    }
                    else
                    {
                        diagnostics.Add(Diagnostic.Error(display, $"base_url '{value}' {BaseUrlRule}", line, column));
                    }

                    break;
                case "page_size":
                    settings = settings with { PageSize = Count(key, value, line, column) ?? settings.PageSize };
                    break;
                case "topic_min_stories":
                    settings = settings with { TopicMinStories = Count(key, value, line, column) ?? settings.TopicMinStories };
                    break;
                case "term_feeds":
                    settings = settings with { TermFeeds = ReadFeedFormats(valueNode, display, diagnostics) ?? settings.TermFeeds };
                    break;
                case var section when StageSections.Contains(section):
                    break;
                default:
                    // The stages' sections are keys of the file too: 'dedupe:' is a misspelt 'dedup:'.
                    diagnostics.Add(Diagnostic.UnknownKey(display, key, [.. Keys, .. StageSections], (int)keyNode.Start.Line, (int)keyNode.Start.Column));
                    break;
            }
        }

        return settings;

        // A whole number from 1 to 1000, or null (keep the default) after an error at the key.
        int? Count(string key, string value, int line, int column)
        {
            if (int.TryParse(value, out var count) && count is > 0 and <= 1000)
            {
                return count;
            }

            diagnostics.Add(Diagnostic.Error(display, $"{key} '{value}' must be a whole number from 1 to 1000", line, column));
            return null;
        }
    }

    /// <summary>What a base URL must be, as errors say it: "must be …".</summary>
    public const string BaseUrlRule = "must be an absolute http(s) URL or a path starting with '/', without a query, a fragment, a user, spaces or '.' and '..' in its path";

    /// <summary>
    /// <paramref name="value"/> as a base URL, ending with '/' (an absolute http(s) URL, or a path from the host's root), or
    /// null when it is neither (see <see cref="BaseUrlRule"/>). Every link, feed and sitemap entry is made by appending a
    /// path to it, so it has no query or fragment (they would end up inside every link), no user name or password (they
    /// would be published in every feed), no space, and a path does not start with "//" (a link to another host) nor holds
    /// "." or ".." (every link would climb out of the folder the site is served from).
    /// </summary>
    public static string? NormalBaseUrl(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        value = value.Trim();
        if (value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)) || value.Contains('?', StringComparison.Ordinal) || value.Contains('#', StringComparison.Ordinal)
            || value.Split('/').Any(segment => segment is "." or ".."))
        {
            return null;
        }

        var valid = value.StartsWith('/')
            ? !value.StartsWith("//", StringComparison.Ordinal)
            : Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.UserInfo.Length == 0 && uri.Host.Length > 0;
        return !valid ? null : value.EndsWith('/') ? value : value + "/";
    }

    // A list of format names ("[atom, rss]"), or one name; null (keep the default) when any is unknown.
    private static List<FeedFormat>? ReadFeedFormats(YamlNode node, string display, ICollection<Diagnostic> diagnostics)
    {
        List<YamlNode>? items = node switch
        {
            YamlSequenceNode sequence => [.. sequence.Children],
            YamlScalarNode { Value.Length: > 0 } scalar => [scalar],
            _ => null,
        };
        if (items is null)
        {
            diagnostics.Add(Diagnostic.Error(display, "term_feeds must be a list of feed formats, such as [atom, rss, json], or [] for none; the default (atom) is used", (int)node.Start.Line, (int)node.Start.Column));
            return null;
        }

        var formats = new List<FeedFormat>();
        foreach (var item in items)
        {
            var name = ((item as YamlScalarNode)?.Value ?? "").Trim().ToLowerInvariant();
            if (FeedFormats.FromSettingName(name) is not { } format)
            {
                var known = string.Join(", ", FeedFormats.All.Select(f => f.SettingName()));
                diagnostics.Add(Diagnostic.Error(display, $"term_feeds: '{name}' is not a feed format (known: {known}); the default (atom) is used", (int)item.Start.Line, (int)item.Start.Column));
                return null;
            }

            if (!formats.Contains(format))
            {
                formats.Add(format);
            }
        }

        // Written and listed in one order whatever order the file gives.
        return [.. FeedFormats.All.Where(formats.Contains)];
    }
}
