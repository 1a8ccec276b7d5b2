using BenchmarkDotNet.Attributes;
using Digest.Dedup;
using Digest.Entities;
using Digest.Ingest;
using Digest.Ingest.Attribution;

namespace Digest.Micro;

/// <summary>The per-seed stages of ingest, on one real article.</summary>
[MemoryDiagnoser]
public class IngestBenchmarks
{
    private Seed _seed = null!;
    private IngestContext _context = null!;
    private Article _article = null!;
    private EntityCatalog _catalog = null!;
    private uint[] _shingles = null!;
    private readonly DedupSettings _dedup = new();
    private List<string> _texts = null!;
    private static readonly string[] Categories = ["business", "entertainment", "politics", "sport", "tech"];

    [GlobalSetup]
    public void Setup()
    {
        _seed = Inputs.Seed();
        _context = new IngestContext(Inputs.TempProject(), new IngestSettings(), SourceCatalog.BuiltIn, new List<Diagnostic>());
        _article = SeedIngest.Build(_seed, _context) with { Slug = "a", Story = "a" };
        _catalog = EntityCatalog.Create(null, "", new List<Diagnostic>());
        var words = new List<ulong>();
        foreach (var paragraph in _article.Body.Split("\n\n"))
        {
            Words.Hashes(paragraph, words);
        }

        _texts = Categories.SelectMany(category => Inputs.Seeds(category, 100)).Select(seed => seed.Text).ToList();
        _shingles = Shingles.Of(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(words), _dedup.ShingleSize);
    }

    /// <summary>Cleaning, parsing and attribution of one text seed (decoded already).</summary>
    [Benchmark]
    public Article CleanSeed() => SeedIngest.Build(_seed, _context);

    /// <summary>The MinHash signature of one article's word shingles (dedup's fingerprint).</summary>
    [Benchmark]
    public uint[] MinHashSignature() => MinHash.Signature(_shingles, _dedup.MinHashSize);

    /// <summary>Dedup's features of one article: exact key, shingles and their MinHash signature, story terms, names.</summary>
    [Benchmark]
    public object DedupFeatures() => ArticleFeatures.Of(_article, _dedup);

    /// <summary>Tokenising 500 seeds for the tagger (the words of five categories: a realistic spread of spellings).</summary>
    [Benchmark]
    public int Tokenize()
    {
        var count = 0;
        foreach (var text in _texts)
        {
            count += Entities.Recognition.Tokenizer.Tokenize(text).Count;
        }

        return count;
    }

    /// <summary>Entity recognition of one article (tagger, mention rules, folding) with the shipped gazetteer.</summary>
    [Benchmark]
    public List<Article> RecognizeEntities() => EntityStage.Run([_article], _catalog);
}
