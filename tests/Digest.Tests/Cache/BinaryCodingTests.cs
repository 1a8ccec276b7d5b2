using Digest.Cache;

namespace Digest.Tests.Cache;

public sealed class BinaryCodingTests
{
    private static readonly string[] Texts = ["", "short", new string('x', 5000) + "é — “quoted” 漢字 🙂", string.Concat(Enumerable.Repeat("Deir ez-Zor, ", 400))];

    [Fact]
    public void Strings_of_every_length_and_script_read_back_as_written()
    {
        var bytes = BinaryCoding.Write(writer =>
        {
            writer.Write(7);
            writer.WriteStrings(Texts);
            writer.Write("last");
        });

        var (number, texts, last) = BinaryCoding.Read(bytes, reader => (reader.ReadInt32(), reader.ReadStrings(), reader.ReadString()));

        Assert.Equal(7, number);
        Assert.Equal(Texts, texts);
        Assert.Equal("last", last);
    }

    [Fact]
    public void Values_written_one_after_another_and_one_inside_another_are_each_their_own_bytes()
    {
        static void Texts3(BinaryWriter w) => w.WriteStrings(Texts);
        var alone = BinaryCoding.Write(Texts3);
        var big = BinaryCoding.Write(w => w.Write(new string('b', 3 << 20)));
        byte[] inner = [];
        var outer = BinaryCoding.Write(w =>
        {
            w.Write("outer");
            inner = BinaryCoding.Write(Texts3);
            w.Write(inner.Length);
        });
        var after = BinaryCoding.Write(w => w.Write("after"));

        Assert.Equal(alone, inner);
        Assert.Equal(alone, BinaryCoding.Write(Texts3));
        Assert.Equal(("outer", alone.Length), BinaryCoding.Read(outer, r => (r.ReadString(), r.ReadInt32())));
        Assert.Equal("after", BinaryCoding.Read(after, r => r.ReadString()));
        Assert.Equal((3 << 20) + 4, big.Length); // the length as a 7-bit encoded number: 22 bits in four bytes
    }

    [Fact]
    public void A_values_key_is_the_key_of_its_bytes()
    {
        var article = new Digest.Article { Title = "Storm", Slug = "storm", Story = "storm", Body = Texts[2], Tags = ["weather"], Entities = ["Met Office"] };
        Assert.Equal(CacheStore.KeyOfBytes(Digest.Content.ArticleCoding.Write(article)), Digest.Content.ArticleCoding.KeyOf(article));
        Assert.NotEqual(Digest.Content.ArticleCoding.KeyOf(article), Digest.Content.ArticleCoding.KeyOf(article with { Body = Texts[1] }));
    }

    [Fact]
    public void A_value_cut_short_inside_a_string_is_an_end_of_stream()
    {
        var bytes = BinaryCoding.Write(writer => writer.Write(Texts[2]));

        Assert.Throws<EndOfStreamException>(() => BinaryCoding.Read(bytes[..^10], reader => reader.ReadString()));
    }

    [Fact]
    public void Shared_strings_read_back_as_written_and_equal_short_ones_are_one_instance()
    {
        string[] names = ["Deir ez-Zor", "Zürich", "漢字 🙂", "", new string('n', 300), "Deir ez-Zor"];
        var bytes = BinaryCoding.Write(writer => writer.WriteStrings(names));

        var first = BinaryCoding.Read(bytes, reader => reader.ReadSharedStrings());
        var second = BinaryCoding.Read(bytes, reader => reader.ReadSharedStrings());

        Assert.Equal(names, first);
        Assert.Equal(names, second);
        Assert.Same(first[0], first[5]);
        Assert.Same(first[1], second[1]);
        Assert.Same(first[2], second[2]);
    }
}
