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

        _shingles = Shingles.Of(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(words), _dedup.ShingleSize);
    }

    /// <summary>Cleaning, parsing and attribution of one text seed (decoded already).</summary>
    [Benchmark]
    public Article CleanSeed() => SeedIngest.Build(_seed, _context);

    /// <summary>The MinHash signature of one article's word shingles (dedup's fingerprint).</summary>
    [Benchmark]
    public uint[] MinHashSignature() => MinHash.Signature(_shingles, _dedup.MinHashSize);

    /// <summary>Entity recognition of one article (tagger, mention rules, folding) with the shipped gazetteer.</summary>
    [Benchmark]
    public List<Article> RecognizeEntities() => EntityStage.Run([_article], _catalog);
}
