using System.Globalization;
using System.Text.Json;
using Digest.Cache;

namespace Digest.Dedup;

/// <summary>
/// The whole stage's outcome kept in the build cache: a build whose articles and settings are all as in an earlier one
/// (a rebuild after a change to the theme, the site settings, a sidecar's tags or nothing) takes each article's copy
/// group, story and topic from there instead of clustering every article again. The groups are kept, not their ids:
/// ids are given again from the previous build's (a step of milliseconds), so the build after one that changed ids
/// (any build that added a report) finds the outcome too.
/// </summary>
public static partial class DedupStage
{
    // Everything the grouping reads: each article's title, body and entities (its features) and the fields the canonical
    // rule compares (canonical flag, date, source, slug), and the settings. Only the default rule is keyed (a custom one
    // is code). The previous build's ids are not in it: naming reads them, after the outcome.
    internal static string OutcomeKey(IReadOnlyList<Article> articles, DedupSettings settings) =>
        OutcomeKey(articles, FeatureKeys(articles, settings), settings);

    // Each article's features key (ArticleFeatures.CacheKey: its title, body and entities), on both cores: the outcome's
    // key is made of them, and the features are then found or kept under them.
    private static string[] FeatureKeys(IReadOnlyList<Article> articles, DedupSettings settings)
    {
        var keys = new string[articles.Count];
        Parallel.For(0, articles.Count, Parallelism.PerCore, i => keys[i] = ArticleFeatures.CacheKey(articles[i], settings));
        return keys;
    }

    private static string OutcomeKey(IReadOnlyList<Article> articles, string[] featureKeys, DedupSettings settings)
    {
        var key = new KeyBuilder().Add("dedup-outcome 2").Add(JsonSerializer.Serialize(settings, DedupSettingsJson.Default.DedupSettings));
        for (var i = 0; i < articles.Count; i++)
        {
            var article = articles[i];
            key.Add(article.Slug).Add(featureKeys[i]).Add(article.Source)
                .Add(article.Date?.ToString("O", CultureInfo.InvariantCulture) ?? "").Add(article.Canonical ? "canonical" : "");
        }

        return key.Key();
    }

    private static byte[] WriteOutcome(Outcome outcome) => BinaryCoding.Write(writer =>
    {
        writer.Write(outcome.CanonicalOf.Length);
        foreach (var canonical in outcome.CanonicalOf)
        {
            writer.Write(canonical);
        }

        foreach (var groups in new[] { outcome.Stories, outcome.Topics })
        {
            writer.Write(groups.Count);
            foreach (var members in groups)
            {
                writer.Write(members.Count);
                foreach (var member in members)
                {
                    writer.Write(member);
                }
            }
        }
    });

    private static Outcome ReadOutcome(IReadOnlyList<Article> articles, byte[] stored) => BinaryCoding.Read(stored, reader =>
    {
        var n = articles.Count;
        if (reader.ReadInt32() != n)
        {
            throw Mismatch();
        }

        var canonicalOf = new int[n];
        for (var i = 0; i < n; i++)
        {
            canonicalOf[i] = Member(reader.ReadInt32(), n);
        }

        // Groups that cover every article once, or the entry is not this outcome.
        List<IReadOnlyList<int>> Groups()
        {
            var count = Member(reader.ReadInt32(), n + 1);
            var groups = new List<IReadOnlyList<int>>(count);
            var seen = new bool[n];
            var covered = 0;
            for (var g = 0; g < count; g++)
            {
                var members = new int[Member(reader.ReadInt32(), n + 1)];
                for (var m = 0; m < members.Length; m++)
                {
                    members[m] = Member(reader.ReadInt32(), n);
                    covered += seen[members[m]] ? throw Mismatch() : 1;
                    seen[members[m]] = true;
                }

                groups.Add(members);
            }

            return covered == n ? groups : throw Mismatch();
        }

        var stories = Groups();
        return new Outcome(canonicalOf, stories, Groups());
    });

    private static int Member(int index, int count) => index >= 0 && index < count ? index : throw Mismatch();

    private static InvalidDataException Mismatch() =>
        new("A dedup outcome in the build cache does not match its articles: delete .digest-cache/ and build again.");
}
