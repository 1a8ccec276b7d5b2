// Deterministic markdown corpora for the publish benchmark: the same articles as a Digest project
// (input/articles/*.md) and as a Hugo site (content/articles/*.md with tags / sources / entities
// taxonomies, per-term feeds and a sitemap), so both generators publish identical content.
using Digest.Corpus;

if (args.Length < 2 || !int.TryParse(args[0], out var count))
{
    Console.Error.WriteLine("usage: dotnet run --project bench/Digest.Corpus -c Release -- COUNT OUT_DIR");
    return 2;
}

MarkdownCorpus.Write(count, args[1]);
Console.WriteLine($"wrote {count} articles to {args[1]}/digest and {args[1]}/hugo");
return 0;
