using Digest.Cache;
using Digest.Dedup;

namespace Digest.Tests.Dedup;

public sealed class DedupFeatureCacheTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "digest-dedup-cache-" + Guid.NewGuid().ToString("N")[..10]);

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static List<Article> Corpus()
    {
        string[] flood = ["Danube", "Vienna", "Karl Huber"];
        string[] summit = ["Lisbon", "Maria Costa", "Atlantic Council"];
        var day = new DateOnly(2024, 3, 1);
        return
        [
            DedupFixtures.Make("flood-a", "Danube floods Vienna", DedupFixtures.Report(flood, 1), day, "Wire A"),
            DedupFixtures.Make("flood-b", "Vienna under water", DedupFixtures.Report(flood, 2), day.AddDays(1), "Wire B"),
            DedupFixtures.Make("flood-copy", "Danube floods Vienna", DedupFixtures.Report(flood, 1), day.AddDays(1), "Wire C"),
            DedupFixtures.Make("summit-a", "Lisbon summit opens", DedupFixtures.Report(summit, 3), day, "Wire A"),
            DedupFixtures.Make("summit-b", "Costa opens summit", DedupFixtures.Report(summit, 4), day, "Wire B") with { Entities = ["Maria Costa", "Lisbon"] },
        ];
    }

    // The project's dedup cache, as a build opens it.
    private CacheStore Store() => CacheStore.Open(_folder, "dedup-features", "v1");

    // A build's dedup stage with the cache, saved after it as a build saves it.
    private IReadOnlyList<Article> Build(IReadOnlyList<Article> articles, DedupSettings settings)
    {
        var store = Store();
        var result = DedupStage.Run(articles, settings, [], cache: store);
        store.Save();
        return result;
    }

    private static string Describe(IEnumerable<Article> articles) =>
        string.Join("\n", articles.Select(a => $"{a.Slug} {a.DuplicateOf} {a.Story} {a.Topic}"));

    [Fact]
    public void Features_read_back_from_the_cache_give_the_same_copies_stories_and_topics()
    {
        var settings = new DedupSettings();
        var fresh = Describe(DedupStage.Run(Corpus(), settings, []));

        Assert.Equal(fresh, Describe(Build(Corpus(), settings)));

        // Settings the features do not depend on: the features come from the cache, the outcome is made again.
        var wider = settings with { StoryDays = settings.StoryDays + 1 };
        var second = Store();
        Assert.Equal(Describe(DedupStage.Run(Corpus(), wider, [])), Describe(DedupStage.Run(Corpus(), wider, [], cache: second)));
        Assert.Contains("flood-copy flood-a", fresh, StringComparison.Ordinal);
    }

    [Fact]
    public void The_outcome_of_unchanged_articles_is_taken_from_the_cache_and_any_change_makes_it_again()
    {
        var settings = new DedupSettings();
        var fresh = Describe(Build(Corpus(), settings));

        var second = Store();
        Assert.True(second.TryGet(DedupStage.OutcomeKey(Corpus(), settings), out _));
        Assert.Equal(fresh, Describe(DedupStage.Run(Corpus(), settings, [], cache: second)));

        // A later date for the flood's first report makes the copy the canonical one; previous ids are kept.
        var changed = Corpus().Select(a => a.Slug == "flood-a" ? a with { Date = a.Date!.Value.AddDays(3) } : a).ToList();
        var previous = Corpus().Select(a => a with { Story = "kept-" + a.Slug, Topic = "topic-" + a.Slug }).ToList();
        Assert.Equal(Describe(DedupStage.Run(changed, settings, [], previous)), Describe(DedupStage.Run(changed, settings, [], previous, cache: second)));
        Assert.NotEqual(fresh, Describe(DedupStage.Run(changed, settings, [], previous, cache: second)));
        Assert.Equal(Describe(DedupStage.Run(Corpus(), settings, [], previous)), Describe(DedupStage.Run(Corpus(), settings, [], previous, cache: second)));
    }

    [Fact]
    public void The_outcome_is_reused_when_only_the_previous_ids_changed_and_names_the_groups_from_them()
    {
        var settings = new DedupSettings();
        Build(Corpus(), settings);

        // The build after one that gave ids (a first build, one that added a report): the same articles, other previous ids.
        var previous = Corpus().Select(a => a with { Story = "kept-" + a.Slug[..5], Topic = "thread-" + a.Slug[..5] }).ToList();
        var steps = new List<string>();
        var second = Store();
        var cached = DedupStage.Run(Corpus(), settings, [], previous, cache: second, step: steps.Add);

        Assert.Equal(["dedup: keys", "dedup: ids"], steps);
        Assert.Equal(Describe(DedupStage.Run(Corpus(), settings, [], previous)), Describe(cached));
        Assert.Contains("flood-a  kept-flood thread-flood", Describe(cached), StringComparison.Ordinal);
    }

    [Fact]
    public void Features_outlive_builds_that_reuse_the_outcome_for_the_next_change_of_a_text()
    {
        var settings = new DedupSettings();
        Build(Corpus(), settings);

        // More builds than an unused entry outlives, each taking the whole outcome from the cache.
        for (var build = 0; build <= CacheStore.KeptUnusedSaves; build++)
        {
            Build(Corpus(), settings);
        }

        var last = Store();
        Assert.All(Corpus(), article => Assert.True(last.TryGet(ArticleFeatures.CacheKey(article, settings), out _), article.Slug));
    }

    [Fact]
    public void A_near_copy_verdict_is_kept_for_the_pair_and_made_again_when_the_thresholds_change()
    {
        var settings = new DedupSettings();
        var corpus = Corpus();
        var original = corpus[0];
        var edited = original with { Slug = "flood-edited", Title = "Danube floods Vienna again", Body = original.Body + "\n\nThe river is expected to fall by Friday." };
        corpus.Add(edited);

        var fresh = Describe(Build(corpus, settings));

        Assert.Contains("flood-a flood-edited", fresh, StringComparison.Ordinal);
        var second = Store();
        Assert.True(second.TryGet(CopyDetector.PairKey(original, edited, settings), out var verdict));
        Assert.Equal([1], verdict);

        // Thresholds no edit can meet: the kept verdict does not apply.
        var strict = settings with { NearJaccard = 1, NearContainment = 1, NearMinShingles = int.MaxValue };
        var strictly = Describe(DedupStage.Run(corpus, strict, [], cache: second));
        Assert.Equal(Describe(DedupStage.Run(corpus, strict, [])), strictly);
        Assert.DoesNotContain("flood-a flood-edited", strictly, StringComparison.Ordinal);
    }

    [Fact]
    public void Features_survive_their_bytes()
    {
        foreach (var article in Corpus())
        {
            var features = ArticleFeatures.Of(article, new DedupSettings());
            var back = ArticleFeaturesCoding.Read(ArticleFeaturesCoding.Write(features));
            Assert.Equal((features.ExactKey, features.WordCount, features.ShingleCount), (back.ExactKey, back.WordCount, back.ShingleCount));
            Assert.Equal(features.Signature, back.Signature);
            Assert.Equal(features.Terms, back.Terms);
            Assert.Equal(features.Counts, back.Counts);
            Assert.Equal(features.Names, back.Names);
            Assert.NotEmpty(back.Terms);
        }
    }
}
