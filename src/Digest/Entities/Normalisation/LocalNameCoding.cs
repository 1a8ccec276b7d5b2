using System.IO.Hashing;
using System.Runtime.InteropServices;
using Digest.Cache;

namespace Digest.Entities.Normalisation;

/// <summary>
/// Bytes for the build cache of what folding across articles reads and writes. An article's
/// <see cref="CorpusFolding.LocalName"/>s are kept on their own: reading them back costs a few names, where its
/// recognised mentions and their local folding cost hundreds of small objects. The outcome of folding is kept under a
/// hash of every article's local names, as the names it changed: after an edit that names what the text named
/// before, folding is not done again.
/// </summary>
internal static class LocalNameCoding
{
    /// <summary>The bytes of one article's local names.</summary>
    public static byte[] Write(CorpusFolding.LocalName[] names) => BinaryCoding.Write(writer =>
    {
        writer.Write(names.Length);
        foreach (var name in names)
        {
            writer.Write(name.Name);
            writer.Write(name.Known);
            writer.Write(name.Mentions);
        }
    });

    /// <summary>One article's local names again, from the reader's bytes (made by <see cref="Write"/>); keeps nothing of the bytes.</summary>
    public static CorpusFolding.LocalName[] From(BinaryReader reader)
    {
        var names = new CorpusFolding.LocalName[reader.ReadInt32()];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = new CorpusFolding.LocalName(reader.ReadSharedString(), reader.ReadBoolean(), reader.ReadInt32());
        }

        return names;
    }

    /// <summary>The cache key of folding these articles' local names: a hash of all of them, in order.</summary>
    public static string FoldingKey(IReadOnlyList<CorpusFolding.LocalName[]> articles)
    {
        var hash = new XxHash128();
        Span<int> numbers = stackalloc int[3];
        foreach (var article in articles)
        {
            numbers[0] = article.Length;
            hash.Append(MemoryMarshal.AsBytes(numbers[..1]));
            foreach (var name in article)
            {
                (numbers[0], numbers[1], numbers[2]) = (name.Name.Length, name.Known ? 1 : 0, name.Mentions);
                hash.Append(MemoryMarshal.AsBytes(numbers));
                hash.Append(MemoryMarshal.AsBytes(name.Name.AsSpan()));
            }
        }

        return "corpus folding " + Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    /// <summary>The bytes of folding's outcome: each name it changed, by article and place, with the name it became.</summary>
    public static byte[] WriteFolded(IReadOnlyList<CorpusFolding.LocalName[]> articles, List<string[]> folded) => BinaryCoding.Write(writer =>
    {
        for (var a = 0; a < articles.Count; a++)
        {
            for (var e = 0; e < articles[a].Length; e++)
            {
                if (!string.Equals(folded[a][e], articles[a][e].Name, StringComparison.Ordinal))
                {
                    writer.Write(a);
                    writer.Write(e);
                    writer.Write(folded[a][e]);
                }
            }
        }

        writer.Write(-1);
    });

    /// <summary>Folding's outcome again, over the same local names; null when the bytes do not fit them (then fold afresh).</summary>
    public static List<string[]>? ReadFolded(byte[] bytes, IReadOnlyList<CorpusFolding.LocalName[]> articles)
    {
        try
        {
            return BinaryCoding.Read(bytes, reader =>
            {
                var folded = new List<string[]>(articles.Count);
                foreach (var article in articles)
                {
                    folded.Add(Array.ConvertAll(article, n => n.Name));
                }

                for (var a = reader.ReadInt32(); a >= 0; a = reader.ReadInt32())
                {
                    var e = reader.ReadInt32();
                    if (a >= folded.Count || e < 0 || e >= folded[a].Length)
                    {
                        return null;
                    }

                    folded[a][e] = reader.ReadSharedString();
                }

                return folded;
            });
        }
        catch (EndOfStreamException)
        {
            return null;
        }
    }
}
