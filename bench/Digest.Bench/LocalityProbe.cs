using System.Globalization;
using Digest.Dedup;

namespace Digest.Bench;

/// <summary>
/// How far one report's change reaches in the dedup stage's data (issue 7: a build after one edit among 10,000 should
/// take a tenth of a full build, and dedup clusters the whole corpus again after every edit of a text). A generated
/// corpus's canonical reports are weighed, their candidate pairs found, and grouped; then, one report at a time, a
/// correction is added to its text and all of it is done again. Printed per idf step (0: the stage's weighting, one
/// idf per document frequency; above 1: frequencies grouped in powers of the step, <see cref="TermWeighting"/>):
/// how many reports' vectors changed, how many have a candidate pair that changed, and how many reports a grouping that
/// corrects only what the change reaches would have to group again, with stories and topics as single-link components
/// (stories: pairs at the story threshold; topics: stories whose summed shared-term vectors reach
/// <see cref="TopicLink"/>). The stage itself groups by average and centroid link, which no part of the corpus
/// bounds; these components are the candidate design the figures are for.
/// </summary>
internal static class LocalityProbe
{
    /// <summary>The centroid cosine at which two stories are one topic in the probe's single-link topics (DIGEST_TOPIC_LINK overrides it).</summary>
    public static double TopicLink { get; } = double.Parse(Environment.GetEnvironmentVariable("DIGEST_TOPIC_LINK") ?? "0.24", CultureInfo.InvariantCulture);

    /// <summary>The most days between two stories' dates that the probe's topics link across (DIGEST_TOPIC_LINK_DAYS; default <c>topic_days</c>).</summary>
    public static int? TopicLinkDays { get; } = Environment.GetEnvironmentVariable("DIGEST_TOPIC_LINK_DAYS") is { } days ? int.Parse(days, CultureInfo.InvariantCulture) : null;

    /// <summary>Runs the probe on <paramref name="count"/> generated reports with <paramref name="edits"/> edits; prints a table.</summary>
    public static int Run(int count, int edits, string evalRoot)
    {
        var (corpus, _) = new CorpusGenerator(BaseArticle.ReadAll(evalRoot)).Generate(count);
        var settings = new DedupSettings();
        var decided = DedupStage.Run(corpus, settings, new List<Diagnostic>());
        var articles = corpus.Where((_, i) => decided[i].DuplicateOf is null).ToArray();
        var features = new ArticleFeatures[articles.Length];
        Parallel.For(0, articles.Length, i => features[i] = ArticleFeatures.Of(articles[i], settings));
        var dates = articles.Select(a => a.Date).ToArray();
        var picks = Enumerable.Range(0, articles.Length).ToArray();
        new Random(38).Shuffle(picks);
        picks = picks[..Math.Min(edits, picks.Length)];

        // Each edit adds a sentence: the first of another report's paragraphs, so the words an edit brings are a report's words.
        var random = new Random(7);
        var corrections = picks.Select(_ => FirstSentence(articles[random.Next(articles.Length)])).ToArray();
        Console.WriteLine($"{count} reports, {articles.Length} canonical; {picks.Length} edits, each adding another report's first sentence; topics link at {TopicLink} within {TopicLinkDays ?? settings.TopicDays} days");
        var stageStories = decided.Where(a => a.DuplicateOf is null).GroupBy(a => a.Story).ToList();
        var stageTopics = decided.Where(a => a.DuplicateOf is null).GroupBy(a => a.Topic).ToList();
        Console.WriteLine($"the stage's own groups (average-link stories, centroid-link topics): {stageStories.Count} stories, {stageTopics.Count} topics, largest {stageStories.Max(g => g.Count())}, {stageTopics.Max(g => g.Count())}");
        Console.WriteLine("median (max) reports per edit:");
        Console.WriteLine("idf step   vectors changed   shared changed   story pairs changed   story regroup   topic pairs changed   topic regroup   stories   topics   largest story, topic");
        foreach (var step in new[] { 0, 1.1, 1.25 })
        {
            var before = Grouping.Of(features, dates, settings, step);
            var rows = new List<int[]>();
            foreach (var (pick, correction) in picks.Zip(corrections))
            {
                var edited = (ArticleFeatures[])features.Clone();
                edited[pick] = ArticleFeatures.Of(articles[pick] with { Body = articles[pick].Body + "\n\n" + correction }, settings);
                var after = Grouping.Of(edited, dates, settings, step);
                var storyTouched = Touched(before.StoryPairs, after.StoryPairs).Append(pick).ToHashSet();
                var topicTouched = Touched(before.TopicPairs, after.TopicPairs).Concat(storyTouched).ToHashSet();
                rows.Add([
                    Changed(before.Text, after.Text),
                    Changed(before.Shared, after.Shared),
                    storyTouched.Count,
                    Reach(storyTouched, before.Story, after.Story),
                    topicTouched.Count,
                    Reach(topicTouched, before.Topic, after.Topic),
                ]);
            }

            string Column(int k) => $"{Median(rows.Select(r => r[k])),6} ({rows.Max(r => r[k]),5})";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{(step == 0 ? "exact" : step.ToString("0.00", CultureInfo.InvariantCulture)),-8} {Column(0),17} {Column(1),16} {Column(2),21} {Column(3),15} {Column(4),21} {Column(5),15} {before.Story.Distinct().Count(),9} {before.Topic.Distinct().Count(),8}   {Largest(before.Story)}, {Largest(before.Topic)}"));
        }

        return 0;
    }

    private static string FirstSentence(Article article)
    {
        var paragraph = article.Body.Split("\n\n").FirstOrDefault(p => p.Length > 40) ?? article.Title;
        var end = paragraph.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? paragraph[..(end + 1)] : paragraph;
    }

    // Reports whose vector is not the same, bit for bit.
    private static int Changed(SparseVector[] before, SparseVector[] after) =>
        Enumerable.Range(0, before.Length).Count(i => !before[i].Keys.AsSpan().SequenceEqual(after[i].Keys) || !before[i].Values.AsSpan().SequenceEqual(after[i].Values));

    // The reports at either end of a pair found in one run and not the other (or with another similarity).
    private static IEnumerable<int> Touched(List<(int A, int B, float Similarity)> before, List<(int A, int B, float Similarity)> after)
    {
        var set = before.ToHashSet();
        set.SymmetricExceptWith(after);
        return set.SelectMany(p => new[] { p.A, p.B });
    }

    // The reports of every group, before or after, that holds a touched report: what a local correction groups again.
    private static int Reach(HashSet<int> touched, int[] before, int[] after)
    {
        var groupsBefore = touched.Select(i => before[i]).ToHashSet();
        var groupsAfter = touched.Select(i => after[i]).ToHashSet();
        return Enumerable.Range(0, before.Length).Count(i => groupsBefore.Contains(before[i]) || groupsAfter.Contains(after[i]));
    }

    private static int Median(IEnumerable<int> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }

    private static int Largest(int[] groups) => groups.GroupBy(g => g).Max(g => g.Count());

    // The weighting, the candidate pairs and the single-link groups of one set of features.
    private sealed record Grouping(SparseVector[] Text, SparseVector[] Shared, List<(int A, int B, float Similarity)> StoryPairs,
        List<(int A, int B, float Similarity)> TopicPairs, int[] Story, int[] Topic)
    {
        public static Grouping Of(ArticleFeatures[] features, DateOnly?[] dates, DedupSettings settings, double step)
        {
            var (text, shared) = TermWeighting.TextAndSharedVectors(features, settings.EntityBoost, settings.IdfBackground, step);
            var storyPairs = CandidatePairs.Find(text, Vocabulary.Of(text), dates, settings.StorySimilarity / 4, settings.StoryDays);
            var topicPairs = CandidatePairs.Find(shared, Vocabulary.Of(shared), dates, settings.TopicSimilarity / 4, settings.TopicDays);
            var n = features.Length;
            var stories = new UnionFind(n);
            foreach (var (a, b, similarity) in storyPairs.Where(p => p.Similarity >= settings.StorySimilarity))
            {
                stories.Union(a, b);
            }

            var story = Enumerable.Range(0, n).Select(stories.Find).ToArray();
            var sums = new Dictionary<int, Dictionary<ulong, double>>();
            var spans = new Dictionary<int, (DateOnly? First, DateOnly? Last)>();
            for (var i = 0; i < n; i++)
            {
                var (first, last) = spans.GetValueOrDefault(story[i], (dates[i], dates[i]));
                spans[story[i]] = (Earlier(first, dates[i]), Later(last, dates[i]));
                var sum = sums.TryGetValue(story[i], out var found) ? found : sums[story[i]] = [];
                for (var k = 0; k < shared[i].Count; k++)
                {
                    sum[shared[i].Keys[k]] = sum.GetValueOrDefault(shared[i].Keys[k]) + shared[i].Values[k];
                }
            }

            var topics = new UnionFind(n);
            foreach (var (a, b, _) in topicPairs)
            {
                var (spanA, spanB) = (spans[story[a]], spans[story[b]]);
                if (story[a] != story[b] && DateGap.Days(spanA.First, spanA.Last, spanB.First, spanB.Last) <= (TopicLinkDays ?? settings.TopicDays)
                    && Cosine(sums[story[a]], sums[story[b]]) >= TopicLink)
                {
                    topics.Union(story[a], story[b]);
                }
            }

            return new Grouping(text, shared, storyPairs, topicPairs, story, [.. story.Select(topics.Find)]);
        }

        // The earlier (later) of two dates, an unknown one giving way to a known one.
        private static DateOnly? Earlier(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;

        private static DateOnly? Later(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;

        private static double Cosine(Dictionary<ulong, double> a, Dictionary<ulong, double> b)
        {
            var dot = a.Sum(t => t.Value * b.GetValueOrDefault(t.Key));
            return dot / Math.Sqrt(a.Values.Sum(v => v * v) * b.Values.Sum(v => v * v));
        }
    }
}
