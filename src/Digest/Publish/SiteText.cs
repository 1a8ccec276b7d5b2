using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Digest.Content;
using YamlDotNet.RepresentationModel;

namespace Digest.Publish;

/// <summary>
/// The words of the site's own pages (headings, labels, counts, dates, the search page's messages) in the site's
/// language, as Hugo's i18n files give them: Digest ships English, French, German, Spanish, Italian, Portuguese and Dutch
/// (<c>Resources/site-text.yml</c>), and a project's <c>input/i18n.yml</c> replaces any of them, or gives them all for
/// a language Digest does not ship. Each text is found by key; <c>{name}</c> in it is a value put in. A count's text
/// has two forms, <c>one</c> and <c>other</c>. Written by hand: no package restored here localises a static site's
/// templates, and .NET's resource files compile in per language, where a maintainer's file must be read at run time.
/// </summary>
public sealed class SiteText
{
    /// <summary>The overrides' file name inside <c>input/</c>.</summary>
    public const string FileName = "i18n.yml";

    private const string ResourceName = "Digest.Publish.site-text.yml";
    private const string BuiltInDisplay = "site-text.yml";
    private static readonly Lazy<Dictionary<string, Dictionary<string, string>>> BuiltIn = new(ReadBuiltIn);
    private static readonly ConcurrentDictionary<string, SiteText> MadeShipped = new(StringComparer.Ordinal);

    // Texts with a project's overrides live as long as the overrides do (a preview server loads them anew on each rebuild).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyDictionary<string, string>, ConcurrentDictionary<string, SiteText>> WithOverrides = [];
    private readonly Dictionary<string, string> _texts;
    private readonly bool _zeroIsOne;
    private readonly string _thousands;

    // Each date as written, made once: every list of a site dates each of its entries, and a site has a few thousand
    // days (a date was a tenth of rendering a 10,000-article site when made anew each time).
    private readonly ConcurrentDictionary<DateOnly, string> _dates = new();

    // Each count as written ("5 reports"), made once: lists count every entry, and the counts of a site are few.
    private readonly ConcurrentDictionary<(string Key, int Count), string> _counts = new();

    private SiteText(string language, Dictionary<string, string> texts)
    {
        Language = language;
        _texts = texts;
        // French and Portuguese count 0 as one ("0 article"), as CLDR's plural rules say.
        _zeroIsOne = BaseOf(language) is "fr" or "pt";
        _thousands = this["thousands_separator"];
    }

    /// <summary>The site language these texts are for.</summary>
    public string Language { get; }

    /// <summary>The languages Digest ships the texts of ("en", "fr", …).</summary>
    public static IReadOnlyList<string> Shipped => [.. BuiltIn.Value.Keys];

    /// <summary>The keys every language has (a count's forms as <c>key.one</c> and <c>key.other</c>, months as <c>months.1</c>…).</summary>
    public static IReadOnlyCollection<string> Keys => BuiltIn.Value["en"].Keys;

    /// <summary>True when Digest ships texts for <paramref name="language"/> (or for its base language: "pt" for "pt-BR").</summary>
    public static bool IsShipped(string language) => BuiltIn.Value.ContainsKey(BaseOf(language));

    /// <summary>
    /// The texts of <paramref name="language"/>: those Digest ships for it (or for its base language), English for any it
    /// does not, with <paramref name="overrides"/> (<see cref="LoadOverrides"/>) replacing them. Made once per language and overrides.
    /// </summary>
    public static SiteText For(string language, IReadOnlyDictionary<string, string>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(language);
        var made = overrides is null ? MadeShipped : WithOverrides.GetValue(overrides, static _ => new ConcurrentDictionary<string, SiteText>(StringComparer.Ordinal));
        return made.GetOrAdd(language, static (language, overrides) =>
        {
            var texts = new Dictionary<string, string>(BuiltIn.Value["en"], StringComparer.Ordinal);
            if (BuiltIn.Value.TryGetValue(BaseOf(language), out var shipped))
            {
                foreach (var (name, text) in shipped)
                {
                    texts[name] = text;
                }
            }

            foreach (var (name, text) in overrides ?? new Dictionary<string, string>())
            {
                texts[name] = text;
            }

            return new SiteText(language, texts);
        }, overrides);
    }

    /// <summary>The text of <paramref name="key"/>; an unknown key is a bug in a template.</summary>
    public string this[string key] => _texts.TryGetValue(key, out var text)
        ? text
        : throw new KeyNotFoundException($"no site text '{key}' (see {BuiltInDisplay})");

    /// <summary>The text of <paramref name="key"/> with each <c>{name}</c> replaced by its value.</summary>
    public string Format(string key, params ReadOnlySpan<(string Name, string Value)> values) => Fill(this[key], values);

    /// <summary>The form of <paramref name="key"/> for <paramref name="count"/> ("1 report", "5 reports"), with <c>{count}</c> and any other values put in.</summary>
    public string Count(string key, int count, params ReadOnlySpan<(string Name, string Value)> values) => values.IsEmpty
        ? _counts.GetOrAdd((key, count), static (k, text) => text.Counted(k.Key, k.Count, []), this)
        : Counted(key, count, values);

    private string Counted(string key, int count, ReadOnlySpan<(string Name, string Value)> values)
    {
        var form = count == 1 || (_zeroIsOne && count == 0) ? ".one" : ".other";
        return Fill(this[key + form], [("count", Number(count)), .. values]);
    }

    /// <summary>A number as the language groups its thousands: "12,345", "12 345", "12.345".</summary>
    public string Number(int value) => value is > -1000 and < 1000
        ? value.ToString(CultureInfo.InvariantCulture)
        : value.ToString("#,0", CultureInfo.InvariantCulture).Replace(",", _thousands, StringComparison.Ordinal);

    /// <summary>A date as readers see it: "21 September 2017", "21 septembre 2017", "21. September 2017", "1er octobre 2017".</summary>
    public string Date(DateOnly date) => _dates.GetOrAdd(date, static (date, text) => text.Format(
        "date",
        ("day", date.Day == 1 ? text["first_day"] : date.Day.ToString(CultureInfo.InvariantCulture)),
        ("month", text["months." + date.Month.ToString(CultureInfo.InvariantCulture)]),
        ("year", date.Year.ToString(CultureInfo.InvariantCulture))), this);

    /// <summary>A month of the archive: "September 2017".</summary>
    public string MonthYear(int year, int month) => Format(
        "month_year",
        ("month", this["months." + month.ToString(CultureInfo.InvariantCulture)]),
        ("year", year.ToString(CultureInfo.InvariantCulture)));

    /// <summary>
    /// What the search script writes, as JSON for the search page to hand it: its messages, the month names and the
    /// date pattern, and whether 0 counts as one.
    /// </summary>
    public string ForScript()
    {
        var keys = new[] { "date", "first_day", "thousands_separator", "search_loading", "search_failed", "search_one_more_letter", "search_no_match", "search_show_next", "search_show_last", "search_matches.one", "search_matches.other" };
        using var buffer = new MemoryStream();
        // Letters of every script as they are (the page's attribute escapes what HTML would read).
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) }))
        {
            json.WriteStartObject();
            foreach (var key in keys)
            {
                json.WriteString(key, this[key]);
            }

            json.WriteStartArray("months");
            for (var month = 1; month <= 12; month++)
            {
                json.WriteStringValue(this["months." + month.ToString(CultureInfo.InvariantCulture)]);
            }

            json.WriteEndArray();
            json.WriteBoolean("zero_is_one", _zeroIsOne);
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>
    /// The texts a project's <c>input/i18n.yml</c> gives, by key: the same keys and shapes as Digest's own (a count as
    /// <c>{one: …, other: …}</c>, <c>months</c> as a list of twelve). An unknown key, a value of the wrong shape or a text
    /// that drops or invents a <c>{name}</c> is a warning at its line, and that text is left as Digest's. None when the file is absent.
    /// </summary>
    public static IReadOnlyDictionary<string, string>? LoadOverrides(ProjectPaths paths, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var file = Path.Combine(paths.Input, FileName);
        return FolderFiles.ReadCurated(paths, file, diagnostics) is { } text ? ParseOverrides(text, paths.Display(file), diagnostics) : null;
    }

    /// <summary>Parses the text of an <c>i18n.yml</c> (see <see cref="LoadOverrides"/>).</summary>
    public static IReadOnlyDictionary<string, string>? ParseOverrides(string yaml, string displayPath, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var mapping = SafeYaml.LoadMapping(yaml, displayPath, diagnostics);
        if (mapping is null)
        {
            return null;
        }

        var english = BuiltIn.Value["en"];
        var names = english.Keys.Select(k => k.Split('.')[0]).Distinct().ToList();
        var overrides = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var (line, column) = ((int)keyNode.Start.Line, (int)keyNode.Start.Column);
            if (!names.Contains(key))
            {
                var near = names.MinBy(n => Text.EditDistance.Levenshtein(n, key));
                diagnostics.Add(Diagnostic.Warning(displayPath, $"unknown text '{key}' (nearest: '{near}'); it is ignored", line, column));
                continue;
            }

            // The same flat keys as Digest's own: one text, a count's two forms, or a list of as many texts.
            var found = new Dictionary<string, string>(StringComparer.Ordinal);
            var expected = english.Keys.Where(k => k == key || k.StartsWith(key + ".", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
            if (!Flatten(key, value, found) || !found.Keys.Order(StringComparer.Ordinal).SequenceEqual(expected))
            {
                diagnostics.Add(Diagnostic.Warning(displayPath, $"'{key}' must be {ShapeOf(key, english)}, as in Digest's own texts; Digest's text is kept", line, column));
                continue;
            }

            // A separator may be a space, or nothing (numbers ungrouped); any other text must say something.
            if (key != "thousands_separator" && found.Values.Any(string.IsNullOrWhiteSpace))
            {
                diagnostics.Add(Diagnostic.Warning(displayPath, $"'{key}' is empty: a page would show nothing there; Digest's text is kept", line, column));
                continue;
            }

            if (found.FirstOrDefault(f => !SamePlaceholders(f.Value, english[f.Key])) is { Key: not null } wrong)
            {
                diagnostics.Add(Diagnostic.Warning(displayPath, $"'{wrong.Key}' {PlaceholderProblem(Placeholders(wrong.Value), Placeholders(english[wrong.Key]))}; Digest's text is kept", line, column));
                continue;
            }

            foreach (var (name, text) in found)
            {
                overrides[name] = text;
            }
        }

        return overrides;
    }

    private static string BaseOf(string language)
    {
        var dash = language.IndexOf('-', StringComparison.Ordinal);
        return (dash < 0 ? language : language[..dash]).ToLowerInvariant();
    }

    // One pass over the text: a value that itself holds "{name}" (a title, a search) is put in as it is.
    private static string Fill(string text, ReadOnlySpan<(string Name, string Value)> values)
    {
        if (values.IsEmpty)
        {
            return text;
        }

        var filled = new System.Text.StringBuilder(text.Length + 32);
        var copied = 0;
        for (var open = text.IndexOf('{', StringComparison.Ordinal); open >= 0; open = text.IndexOf('{', open + 1))
        {
            foreach (var (name, value) in values)
            {
                if (string.CompareOrdinal(text, open + 1, name, 0, name.Length) == 0 && open + name.Length + 1 < text.Length && text[open + name.Length + 1] == '}')
                {
                    filled.Append(text, copied, open - copied).Append(value);
                    copied = open + name.Length + 2;
                    open = copied - 1;
                    break;
                }
            }
        }

        return filled.Append(text, copied, text.Length - copied).ToString();
    }

    // A key's texts as flat keys: a text as itself, a count's forms as key.one and key.other, a list as key.1, key.2 …
    private static bool Flatten(string key, YamlNode node, Dictionary<string, string> into)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                into[key] = scalar.Value ?? "";
                return true;
            case YamlMappingNode forms:
                foreach (var (form, text) in forms.Children)
                {
                    if (form is not YamlScalarNode { Value: "one" or "other" } name || text is not YamlScalarNode value)
                    {
                        return false;
                    }

                    into[key + "." + name.Value] = value.Value ?? "";
                }

                return true;
            case YamlSequenceNode list:
                for (var i = 0; i < list.Children.Count; i++)
                {
                    if (list.Children[i] is not YamlScalarNode item)
                    {
                        return false;
                    }

                    into[key + "." + (i + 1).ToString(CultureInfo.InvariantCulture)] = item.Value ?? "";
                }

                return true;
            default:
                return false;
        }
    }

    private static string ShapeOf(string key, Dictionary<string, string> english) =>
        english.ContainsKey(key) ? "one text"
        : english.ContainsKey(key + ".one") ? "a count's two forms, {one: …, other: …}"
        : $"a list of {english.Keys.Count(k => k.StartsWith(key + ".", StringComparison.Ordinal))} texts";

    private static List<string> Placeholders(string text) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, @"\{[a-z]+\}").Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    private static bool SamePlaceholders(string text, string english) => Placeholders(text).SequenceEqual(Placeholders(english));

    // What is wrong with a text's values: those it leaves out, and those it has that the text has no value for.
    private static string PlaceholderProblem(List<string> has, List<string> expected)
    {
        var missing = expected.Except(has, StringComparer.Ordinal).ToList();
        var unknown = has.Except(expected, StringComparer.Ordinal).ToList();
        var problems = new List<string>();
        if (missing.Count > 0)
        {
            problems.Add($"leaves out {string.Join(", ", missing)}");
        }

        if (unknown.Count > 0)
        {
            problems.Add($"has {string.Join(", ", unknown)}, which {(unknown.Count == 1 ? "is no value it is given" : "are no values it is given")}");
        }

        var given = expected.Count == 0 ? "no value" : string.Join(", ", expected);
        return $"{string.Join(" and ", problems)} (it is given {given})";
    }

    private static Dictionary<string, Dictionary<string, string>> ReadBuiltIn()
    {
        using var stream = typeof(SiteText).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"resource {ResourceName} is missing from the assembly");
        using var reader = new StreamReader(stream);
        var diagnostics = new List<Diagnostic>();
        var root = SafeYaml.LoadMapping(reader.ReadToEnd(), BuiltInDisplay, diagnostics);
        var languages = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var (language, table) in root?.Children ?? new YamlMappingNode().Children)
        {
            var texts = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (key, value) in ((YamlMappingNode)table).Children)
            {
                Flatten(((YamlScalarNode)key).Value!, value, texts);
            }

            languages[((YamlScalarNode)language).Value!] = texts;
        }

        // The built-in texts are part of the program: a mistake in them is a bug, not bad input.
        return diagnostics.Count == 0 && languages.ContainsKey("en") ? languages : throw new InvalidOperationException(string.Join('\n', diagnostics));
    }
}
