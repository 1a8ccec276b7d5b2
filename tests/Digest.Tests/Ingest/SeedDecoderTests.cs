using System.Text;
using Digest.Ingest;

namespace Digest.Tests.Ingest;

public sealed class SeedDecoderTests
{
    private const string Sample = "“Price: £5,” said José — café.";

    static SeedDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Utf8_with_and_without_bom_decodes()
    {
        Assert.True(SeedDecoder.TryDecode(Encoding.UTF8.GetBytes(Sample), out var plain, out _));
        Assert.True(SeedDecoder.TryDecode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sample)], out var bom, out _));
        Assert.Equal(Sample, plain);
        Assert.Equal(Sample, bom);
    }

    [Fact]
    public void Utf16_with_bom_decodes()
    {
        Assert.True(SeedDecoder.TryDecode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Sample)], out var little, out _));
        Assert.True(SeedDecoder.TryDecode([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Sample)], out var big, out _));
        Assert.Equal(Sample, little);
        Assert.Equal(Sample, big);
    }

    [Fact]
    public void Windows_1252_is_detected_when_the_bytes_are_not_utf8()
    {
        Assert.True(SeedDecoder.TryDecode(Encoding.GetEncoding(1252).GetBytes(Sample), out var text, out _));
        Assert.Equal(Sample, text);
    }

    [Fact]
    public void A_saved_page_in_a_declared_legacy_charset_decodes_with_it()
    {
        var page = "<html><head><meta charset=\"iso-8859-7\"></head><body><p>Αθήνα</p></body></html>";
        Assert.True(SeedDecoder.TryDecode(Encoding.GetEncoding("iso-8859-7").GetBytes(page), out var text, out _, html: true));
        Assert.Contains("Αθήνα", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[0], "empty")]
    [InlineData(new byte[] { 0x20, 0x0A, 0x09, 0x0D, 0x0A }, "whitespace")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00 }, "binary")]
    public void Empty_whitespace_and_binary_files_are_refused_with_a_reason(byte[] bytes, string expected)
    {
        Assert.False(SeedDecoder.TryDecode(bytes, out _, out var reason));
        Assert.Contains(expected, reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\u0001\u0002\u0003\u0004 text \u007f", false)]
    [InlineData("Words \u0085\u0086\u0087\u0088 between C1 controls", false)]
    [InlineData("Tabs\tand\fform feeds\r\nand two \u0001 stray \u0002 controls", true)]
    public void Text_full_of_control_characters_is_binary_but_a_few_are_forgiven_and_dropped(string text, bool accepted)
    {
        Assert.Equal(accepted, SeedDecoder.TryDecode(Encoding.UTF8.GetBytes(text), out var decoded, out var reason));
        Assert.Equal(accepted ? "" : "the file is binary, not text (it is full of control characters)", reason);
        if (accepted)
        {
            Assert.Equal("Tabs\tand\nform feeds\nand two  stray  controls", decoded);
        }
    }
}
