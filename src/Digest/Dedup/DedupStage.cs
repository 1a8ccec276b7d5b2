namespace Digest.Dedup;

/// <summary>
/// The dedup stage (DESIGN.md): exact copies → near copies → stories → topics. Takes every
/// article of the project at once (clustering needs them all) and returns them in the same order
/// with <see cref="Article.DuplicateOf"/>, <see cref="Article.Story"/> and <see cref="Article.Topic"/>
/// decided. Deterministic: the same articles give the same result, whatever the thread timing.
/// </summary>
public static partial class DedupStage
{
    // The heap size from which the stage collects between stories and topics.
    private const long CollectAbove = 1L << 30;

    /// <summary>Runs the stage.</summary>
    /// <param name="articles">All articles of the project, including hand-maintained ones.</param>
    /// <param name="settings">Thresholds (<see cref="DedupSettingsLoader"/>).</param>
    /// <param name="diagnostics">Receives problems found.</param>
    /// <param name="previous">The articles of the previous build (from <c>input/articles/</c>), whose story and topic ids are kept where the groups still agree.</param>
    /// <param name="rule">Which report of a group is canonical; <see cref="CanonicalRule.Default"/> when null.</param>
    /// <param name="cache">Where each article's features (signature, terms, names) and the stage's outcome for all of them are kept between builds, if anywhere.</param>
    /// <param name="step">Told the name of each part of the stage as it ends ("dedup: features", "dedup: copies", "dedup: stories",
    /// "dedup: topics", "dedup: ids"; a build whose outcome the cache holds: "dedup: keys", "dedup: ids"), for <c>--verbose</c>; may be null.</param>
    /// <param name="cancel">Stops the stage between articles or merges when cancelled (<see cref="OperationCanceledException"/>); at 100,000 reports its parts take seconds each.</param>
    public static IReadOnlyList<Article> Run(
        IReadOnlyList<Article> articles,
        DedupSettings settings,
        ICollection<Diagnostic> diagnostics,
        IEnumerable<Article>? previous = null,
        CanonicalRule? rule = null,
        Cache.CacheStore? cache = null,
        Action<string>? step = null,
        CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(diagnostics);
        rule ??= CanonicalRule.Default;
        var n = articles.Count;
        if (n == 0)
        {
            return [];
        }

        if (articles.Any(a => a.Draft))
        {
            return WithDraftsApart(articles, settings, diagnostics, previous, rule, cache, step, cancel);
        }

        // A draft's ids were its own slug, not a group's: one taken off the drafts must not rename the story it joins.
        var before = (previous ?? []).Where(a => !a.Draft).GroupBy(a => a.Slug, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var featureKeys = cache is { Enabled: true } ? FeatureKeys(articles, settings) : null;
        var outcomeKey = featureKeys is not null && rule == CanonicalRule.Default ? OutcomeKey(articles, featureKeys, settings) : null;
        if (outcomeKey is not null && cache!.TryGet(outcomeKey, out var stored))
        {
            // The features are not needed now, but the next change of a text needs every other article's: kept
            // (unused for a few builds, a run of theme or sidecar edits, they were dropped and all made again).
            Parallel.For(0, n, Parallelism.PerCore, i => cache.Touch(featureKeys![i]));
            step?.Invoke("dedup: keys");
            var kept = Named(articles, ReadOutcome(articles, stored), before);
            step?.Invoke("dedup: ids");
            return kept;
        }

        var features = new ArticleFeatures[n];
        Parallel.For(0, n, Parallelism.PerCoreUntil(cancel), i => features[i] = featureKeys is null ? ArticleFeatures.Of(articles[i], settings) : ArticleFeatures.Of(articles[i], settings, cache!, featureKeys[i]));

        step?.Invoke("dedup: features");

        // 1–2. Copy groups; the canonical member of each by the rule.
        var copies = CopyDetector.Group(articles, features, settings, cache);

        // Signatures are done with; memory matters at 100,000 articles.
        Parallel.For(0, n, Parallelism.PerCore, i => features[i] = features[i] with { Signature = [] });
        var copyGroups = Groups(n, copies.Find);
        var canonicalOf = new int[n];
        var heads = new List<int>();
        foreach (var group in copyGroups)
        {
            var head = group.MinBy(i => i, Comparer<int>.Create((x, y) => rule.Compare(articles[x], features[x].WordCount, articles[y], features[y].WordCount)));
            foreach (var member in group)
            {
                canonicalOf[member] = head;
            }

            heads.Add(head);
        }

        heads.Sort();
        step?.Invoke("dedup: copies");

        // 3–4. Stories, then topics, over the canonical reports only: copies follow their canonical.
        var headFeatures = heads.Select(h => features[h]).ToArray();
        var (text, textTerms, shared, sharedTerms) = TermWeighting.VectorsAndVocabularies(headFeatures, settings.EntityBoost, settings.IdfBackground);
        var dates = heads.Select(h => articles[h].Date).ToArray();
        Parallel.For(0, n, Parallelism.PerCore, i => features[i] = features[i] with { Terms = [], Counts = [], Names = [] });
        headFeatures = [];
        var stories = new AverageLinkClustering(text, textTerms, dates, CandidatePairs.Find(text, textTerms, dates, settings.StorySimilarity / 4, settings.StoryDays)) { Cancel = cancel };
        stories.Merge(settings.StorySimilarity, settings.StoryDays, AverageLinkClustering.Linkage.Average);
        var storyOfHead = stories.Assignments();
        step?.Invoke("dedup: stories");

        // The story clusters' summed vectors and the features' terms are garbage now (≈ 600 MB at
        // 100,000 articles) but not yet collected; topics would allocate theirs on top (peak 2.1 GB
        // against 1.6 GB with this one collection, which takes ≈ 0.4 s at that size). On a small heap
        // the collector's own pace is enough and the collection only costs time (51–100 ms at 10,000).
        if (GC.GetTotalMemory(forceFullCollection: false) >= CollectAbove)
        {
            GC.Collect();
        }

        // Topics grow from the stories on vectors of the terms reports share (SharedTermVectors), with
        // neighbours found on those vectors: a report mostly about its own people meets its thread there.
        var topics = new AverageLinkClustering(shared, sharedTerms, dates, CandidatePairs.Find(shared, sharedTerms, dates, settings.TopicSimilarity / 4, settings.TopicDays)) { Cancel = cancel };
        topics.JoinGroups(storyOfHead);
        topics.Merge(settings.TopicSimilarity, settings.TopicDays, AverageLinkClustering.Linkage.Centroid);
        if (settings.TopicAttach > 0)
        {
            topics.AttachLoners(settings.TopicAttach, settings.TopicDays);
        }

        var topicOfHead = topics.Assignments();
        step?.Invoke("dedup: topics");

        var storyRoot = new int[n];
        var topicRoot = new int[n];
        for (var k = 0; k < heads.Count; k++)
        {
            storyRoot[heads[k]] = heads[storyOfHead[k]];
            topicRoot[heads[k]] = heads[topicOfHead[k]];
        }

        for (var i = 0; i < n; i++)
        {
            storyRoot[i] = storyRoot[canonicalOf[i]];
            topicRoot[i] = topicRoot[canonicalOf[i]];
        }

        // Each group's members in the rule's order, stories and topics side by side (one core each).
        List<IReadOnlyList<int>> storyGroups = [], topicGroups = [];
        SideBySide.Run(
            () => storyGroups = Ordered(n, i => storyRoot[i], articles, features, rule),
            () => topicGroups = Ordered(n, i => topicRoot[i], articles, features, rule));
        var grouped = new Outcome(canonicalOf, storyGroups, topicGroups);
        if (outcomeKey is not null)
        {
            cache!.Set(outcomeKey, WriteOutcome(grouped));
        }

        var result = Named(articles, grouped, before);
        step?.Invoke("dedup: ids");
        return result;
    }

    // The stage's outcome before naming: each article's canonical copy (itself when it is none's copy), and the story and
    // topic groups, each with its members in the canonical rule's order. Ids are given from it and the previous build's.
    private sealed record Outcome(int[] CanonicalOf, List<IReadOnlyList<int>> Stories, List<IReadOnlyList<int>> Topics);

    // The articles with their duplicate_of, story and topic. Stories and topics are named side by side: each reads only
    // the outcome and the previous ids (one core each; 0.3 s in all at 100,000).
    private static Article[] Named(IReadOnlyList<Article> articles, Outcome outcome, Dictionary<string, Article> before)
    {
        var n = articles.Count;
        var slugs = articles.Select(a => a.Slug).ToArray();
        string[] storyIds = [], topicIds = [];
        SideBySide.Run(
            () => storyIds = Name(n, outcome.Stories, slugs, i => before.GetValueOrDefault(slugs[i])?.Story),
            () => topicIds = Name(n, outcome.Topics, slugs, i => before.GetValueOrDefault(slugs[i])?.Topic));

        var result = new Article[n];
        for (var i = 0; i < n; i++)
        {
            var canonical = outcome.CanonicalOf[i];
            result[i] = articles[i] with
            {
                DuplicateOf = canonical == i ? null : slugs[canonical],
                Story = storyIds[i],
                Topic = topicIds[i],
            };
        }

        return result;
    }

    // Drafts are held back from the site, and from the groups too: a story or copy group named after a draft would
    // show its slug (its headline's words) on the site, and a copy of a draft would be hidden with it. Each draft is a
    // story and topic of its own until a maintainer publishes it; the others are grouped as if it were not there.
    private static Article[] WithDraftsApart(IReadOnlyList<Article> articles, DedupSettings settings, ICollection<Diagnostic> diagnostics,
        IEnumerable<Article>? previous, CanonicalRule rule, Cache.CacheStore? cache, Action<string>? step, CancellationToken cancel)
    {
        var decided = Run(articles.Where(a => !a.Draft).ToList(), settings, diagnostics, previous, rule, cache, step, cancel);
        var result = new Article[articles.Count];
        var next = 0;
        for (var i = 0; i < articles.Count; i++)
        {
            var article = articles[i];
            result[i] = article.Draft ? article with { DuplicateOf = null, Story = article.Slug, Topic = article.Slug } : decided[next++];
        }

        return result;
    }

    // Groups by root; each group's members ascending, groups ordered by their smallest member.
    private static List<List<int>> Groups(int n, Func<int, int> rootOf)
    {
        var byRoot = new Dictionary<int, List<int>>();
        var groups = new List<List<int>>();
        for (var i = 0; i < n; i++)
        {
            var root = rootOf(i);
            if (!byRoot.TryGetValue(root, out var group))
            {
                byRoot[root] = group = [];
                groups.Add(group);
            }

            group.Add(i);
        }

        return groups;
    }

    // Each group's members in the rule's order, canonical member first: the rule's minimum is always a copy group's
    // canonical, as the rule is a total order.
    private static List<IReadOnlyList<int>> Ordered(int n, Func<int, int> rootOf, IReadOnlyList<Article> articles, ArticleFeatures[] features, CanonicalRule rule) =>
        Groups(n, rootOf).Select(g =>
        {
            var members = g.ToList();
            members.Sort((x, y) => rule.Compare(articles[x], features[x].WordCount, articles[y], features[y].WordCount));
            return (IReadOnlyList<int>)members;
        }).ToList();

    private static string[] Name(int n, List<IReadOnlyList<int>> ordered, string[] slugs, Func<int, string?> previousId)
    {
        var previous = Enumerable.Range(0, n).Select(previousId).ToArray();
        var ids = GroupIds.Assign(ordered, slugs, previous);
        var result = new string[n];
        for (var g = 0; g < ordered.Count; g++)
        {
            foreach (var member in ordered[g])
            {
                result[member] = ids[g];
            }
        }

        return result;
    }
}
