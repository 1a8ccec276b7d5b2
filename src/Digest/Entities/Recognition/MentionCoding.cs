using Digest.Cache;

namespace Digest.Entities.Recognition;

/// <summary>Bytes of a text's recognised mentions, for the build cache.</summary>
internal static class MentionCoding
{
    public static byte[] Write(List<Mention> mentions) => BinaryCoding.Write(writer =>
    {
        writer.Write(mentions.Count);
        foreach (var mention in mentions)
        {
            writer.Write(mention.Text);
            writer.Write((int)mention.Type);
            writer.Write(mention.Start);
            writer.Write(mention.End);
            writer.Write(mention.InHeadline);
        }
    });

    public static List<Mention> Read(byte[] bytes) => BinaryCoding.Read(bytes, reader =>
    {
        var mentions = new List<Mention>(reader.ReadInt32());
        for (var i = mentions.Capacity; i > 0; i--)
        {
            mentions.Add(new Mention(reader.ReadSharedString(), (EntityType)reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadBoolean()));
        }

        return mentions;
    });
}
