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
