using System.Text;
using Digest.Content;

namespace Digest.Tests.Content;

public sealed class TextFileTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), "digest-text-" + Guid.NewGuid().ToString("N")[..10] + ".md");

    public void Dispose() => File.Delete(_file);

    public static TheoryData<string, byte[]> Files() => new()
    {
        { "utf-8", Encoding.UTF8.GetBytes("---\ntitle: Zürich — “quotes”\n---\n\nBody 日本.\n") },
        { "utf-8 with byte order mark", [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes("title: Ürümqi\n")] },
        { "utf-16 little endian", [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes("title: Łódź\n")] },
        { "utf-16 big endian", [.. Encoding.BigEndianUnicode.Preamble, .. Encoding.BigEndianUnicode.GetBytes("title: Łódź\n")] },
        { "invalid utf-8", [0x61, 0xC3, 0x28, 0x62, 0xFF, 0x0A] },
        { "empty", [] },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Reads_what_File_ReadAllText_reads(string kind, byte[] bytes)
    {
        File.WriteAllBytes(_file, bytes);
        Assert.True(File.ReadAllText(_file) == TextFile.Read(_file), kind);
    }
}
