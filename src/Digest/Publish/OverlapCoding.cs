using Digest.Cache;
using Digest.Dedup;

namespace Digest.Publish;

/// <summary>Bytes of a story's canonical order and overlap analysis (each report's passages), for the build cache.</summary>
internal static class OverlapCoding
{
    /// <summary>The bytes of a story: the canonical order as indexes into its reports sorted by slug, then the overlap.</summary>
    public static byte[] Write(IReadOnlyList<int> order, IReadOnlyList<ReportOverlap> overlap) => BinaryCoding.Write(writer =>
    {
        writer.Write(order.Count);
        foreach (var index in order)
        {
            writer.Write(index);
        }

        writer.Write(overlap.Count);
        foreach (var report in overlap)
        {
            writer.Write(report.Passages.Count);
            foreach (var passage in report.Passages)
            {
                writer.Write(passage.Paragraph);
                writer.Write(passage.Text);
                writer.Write(passage.RepeatedFrom is not null);
                if (passage.RepeatedFrom is not null)
                {
                    writer.Write(passage.RepeatedFrom);
                }

                writer.Write(passage.Share);
            }
        }
    });

    /// <summary>The story stored for <paramref name="members"/> (its reports sorted by slug): reports in canonical order and their overlap.</summary>
    public static (List<ArticleView> Ordered, IReadOnlyList<ReportOverlap> Overlap) Read(byte[] bytes, IReadOnlyList<ArticleView> members) =>
        BinaryCoding.Read(bytes, reader => Read(reader, members));

    private static (List<ArticleView> Ordered, IReadOnlyList<ReportOverlap> Overlap) Read(BinaryReader reader, IReadOnlyList<ArticleView> members)
    {
        var ordered = new List<ArticleView>(reader.ReadInt32());
        for (var i = ordered.Capacity; i > 0; i--)
        {
            ordered.Add(members[reader.ReadInt32()]);
        }

        var count = reader.ReadInt32();
        var overlap = new List<ReportOverlap>(count);
        for (var i = 0; i < count; i++)
        {
            var passages = new List<Passage>(reader.ReadInt32());
            for (var j = passages.Capacity; j > 0; j--)
            {
                var paragraph = reader.ReadInt32();
                var text = reader.ReadString();
                var repeatedFrom = reader.ReadBoolean() ? reader.ReadString() : null;
                passages.Add(new Passage(paragraph, text, repeatedFrom, reader.ReadDouble()));
            }

            overlap.Add(new ReportOverlap(ordered[i].Article, passages));
        }

        return (ordered, overlap);
    }
}
