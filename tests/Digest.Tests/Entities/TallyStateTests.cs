using Digest.Cache;
using Digest.Entities;

namespace Digest.Tests.Entities;

/// <summary>
/// The entity tally kept between builds and corrected by the articles that changed (<see cref="TallyState"/>): after
/// any series of edits (articles added, taken out, renamed, made copies, their names and spellings changed), the
/// corrected tally gives what a tally of every article gives.
/// </summary>
public sealed class TallyStateTests : IDisposable
{
    private const string Version = "known records v1";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "digest-tally-state-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    // One article as the tally reads it: its front-matter names, whether it is a copy, and what recognition found.
    private sealed record Counted(string Key, Article Article, List<(string Name, EntityType Type, List<string> Surfaces)> Surfaces);

    // Names whose types interact: "Oduya" alone is read as the person "Maria Oduya" names once she is found as one.
    private static readonly string[] Names = ["Maria Oduya", "Oduya", "Sony", "Chelsea", "Tony Blair", "Blair", "Raqqa", "Brindle Lines", "Kessingport", "UN"];
    private static readonly EntityType[] Types = [EntityType.Person, EntityType.Place, EntityType.Organisation, EntityType.Other];

    private static Counted Random(Random random, int serial)
    {
        var names = Enumerable.Range(0, random.Next(0, 5)).Select(_ => Names[random.Next(Names.Length)]).ToArray();
        var surfaces = names.Distinct(StringComparer.Ordinal).Where(_ => random.Next(4) > 0)
            .Select(name => (name, Types[random.Next(Types.Length)], Enumerable.Range(0, random.Next(0, 3)).Select(k => k == 0 ? name : name.ToUpperInvariant()).ToList()))
            .ToList();
        var article = new Article
        {
            Title = "Report " + serial,
            Slug = "r" + serial,
            Story = "r" + serial,
            Entities = names,
            DuplicateOf = random.Next(5) == 0 ? "r0" : null,
        };
        return new Counted("key " + serial, article, surfaces);
    }

    // Two known records: their counts come first in the outcome, and their names are never observed ones.
    private static readonly Entity[] Known = [new() { Name = "Sony", Type = EntityType.Organisation }, new() { Name = "Raqqa", Type = EntityType.Place }];

    // Everything the catalog takes from a tally's outcome, as lines to compare.
    private static List<string> Described(TallyOutcome outcome) =>
    [
        .. Known.Select((k, i) => $"known {k.Name}|{outcome.Counts[i]}"),
        .. outcome.Observed.Select((o, i) => $"{o.Name}|{o.Type}|{outcome.Counts[Known.Length + i]}|{outcome.ObservedSlugs[i]}"),
        .. outcome.Spellings.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key}: {string.Join(", ", s.Value)}"),
    ];

    private static List<string> Described(EntityTally tally) => Described(TallyOutcome.Of(tally, Known));

    private static EntityTally Full(IReadOnlyList<Counted> articles) => EntityTally.Of([.. articles.Select(a => a.Article)], [.. articles.Select(a => a.Surfaces)]);

    private static TallyState.Part[] Parts(IReadOnlyList<Counted> articles) =>
        [.. articles.Select(a => new TallyState.Part(CacheStore.IdOf(a.Key), a.Article.DuplicateOf is not null))];

    // One build's use of the state: each article's surfaces kept under its key, the kept tally and outcome corrected
    // (or, without them, every article tallied), and the state kept for the next build. Returns the outcome and whether
    // it was corrected.
    private (TallyOutcome Outcome, bool Corrected) Build(IReadOnlyList<Counted> articles)
    {
        using var store = CacheStore.Open(_folder, "entity-surfaces", "v1");
        foreach (var counted in articles)
        {
            store.Set(counted.Key, SurfaceCoding.Write(counted.Surfaces, counted.Article.Entities));
        }

        var parts = Parts(articles);
        var corrected = TallyState.Corrected(store, Version, Known, parts, i => (articles[i].Article.Entities, articles[i].Surfaces));
        var full = Full(articles);
        var (tally, outcome) = corrected ?? (full, TallyOutcome.Of(full, Known));
        store.Set(TallyState.Key(Version), TallyState.Write("tally key " + articles.Count, outcome, tally, parts));
        store.Save();
        return (outcome, corrected is not null);
    }

    [Fact]
    public void A_corrected_tally_is_the_tally_of_every_article_after_any_series_of_edits()
    {
        var random = new Random(7);
        var serial = 0;
        var articles = Enumerable.Range(0, 60).Select(_ => Random(random, serial++)).ToList();
        Assert.False(Build(articles).Corrected);

        var corrections = 0;
        for (var round = 0; round < 40; round++)
        {
            // Up to three edits a build: a new article, one taken out, one rewritten (new names, copy or not), and now and
            // then a second article with the same text as another (one part counted twice).
            for (var edit = random.Next(1, 4); edit > 0; edit--)
            {
                switch (random.Next(4))
                {
                    case 0:
                        articles.Add(Random(random, serial++));
                        break;
                    case 1 when articles.Count > 1:
                        articles.RemoveAt(random.Next(articles.Count));
                        break;
                    case 2:
                        articles[random.Next(articles.Count)] = Random(random, serial++);
                        break;
                    default:
                        articles.Add(articles[random.Next(articles.Count)]);
                        break;
                }
            }

            var (outcome, corrected) = Build(articles);
            Assert.Equal(Described(Full(articles)), Described(outcome));
            corrections += corrected ? 1 : 0;
        }

        Assert.Equal(40, corrections);
    }

    [Fact]
    public void A_person_found_in_a_new_article_retypes_the_single_word_the_others_found_alone()
    {
        Counted Article(string key, string[] names, params (string Name, EntityType Type, List<string> Forms)[] surfaces) =>
            new(key, new Article { Title = key, Slug = key, Story = key, Entities = names }, [.. surfaces]);
        List<Counted> articles =
        [
            Article("a", ["Oduya"], ("Oduya", EntityType.Person, ["Oduya"])),
            Article("b", ["Oduya"], ("Oduya", EntityType.Organisation, ["Oduya"])),
            Article("c", ["Oduya"], ("Oduya", EntityType.Person, ["Oduya"])),
        ];
        Build(articles);
        articles.Add(Article("d", ["Maria Oduya"], ("Maria Oduya", EntityType.Person, ["Maria Oduya"])));

        var (outcome, corrected) = Build(articles);

        Assert.True(corrected);
        Assert.Contains(("Oduya", EntityType.Person), outcome.Observed);
        Assert.Equal(EntityType.Organisation, Full(articles[..3]).TypeOf("Oduya"));
        Assert.Equal(Described(Full(articles)), Described(outcome));
    }

    [Fact]
    public void Without_the_entry_of_an_article_that_left_the_tally_is_made_afresh()
    {
        var random = new Random(3);
        var articles = Enumerable.Range(0, 10).Select(i => Random(random, i)).ToList();
        Build(articles);
        using (var store = CacheStore.Open(_folder, "entity-surfaces", "v1"))
        {
            var kept = Parts(articles);
            var gone = articles[4];
            articles[4] = Random(random, 100);
            // A store whose entries of the last build are gone but the state (as after builds that did not use them).
            Assert.True(store.TryGet(TallyState.Key(Version), out var state));
            using var empty = CacheStore.Open(Path.Combine(_folder, "empty"), "entity-surfaces", "v1");
            empty.Set(TallyState.Key(Version), state);
            foreach (var counted in articles)
            {
                empty.Set(counted.Key, SurfaceCoding.Write(counted.Surfaces, counted.Article.Entities));
            }

            Assert.Null(TallyState.Corrected(empty, Version, Known, Parts(articles), i => (articles[i].Article.Entities, articles[i].Surfaces)));
            Assert.Contains(new TallyState.Part(CacheStore.IdOf(gone.Key), gone.Article.DuplicateOf is not null), kept);
        }
    }

    [Fact]
    public void The_outcome_is_read_back_for_the_tally_key_it_was_made_for_only()
    {
        var random = new Random(9);
        var articles = Enumerable.Range(0, 10).Select(i => Random(random, i)).ToList();
        Build(articles);
        using var store = CacheStore.Open(_folder, "entity-surfaces", "v1");

        Assert.Equal(Described(Full(articles)), Described(TallyState.Outcome(store, Version, "tally key 10")!));
        Assert.Null(TallyState.Outcome(store, Version, "tally key 11"));
        Assert.Null(TallyState.Outcome(store, "known records v2", "tally key 10"));
    }

    [Fact]
    public void A_tally_kept_for_other_known_records_is_not_corrected()
    {
        var random = new Random(5);
        var articles = Enumerable.Range(0, 10).Select(i => Random(random, i)).ToList();
        Build(articles);
        using var store = CacheStore.Open(_folder, "entity-surfaces", "v1");

        Assert.Null(TallyState.Corrected(store, "known records v2", Known, Parts(articles), i => (articles[i].Article.Entities, articles[i].Surfaces)));
        Assert.NotNull(TallyState.Corrected(store, Version, Known, Parts(articles), i => (articles[i].Article.Entities, articles[i].Surfaces)));
    }
}
