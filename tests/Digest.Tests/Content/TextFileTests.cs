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

    [Theory]
    [InlineData(new byte[] { 0x61, 0x0A, 0x43, 0x61, 0x66, 0xE9, 0x0A }, 2, 4, "0xE9")]
    [InlineData(new byte[] { 0xC3, 0xA9, 0x74, 0xE9 }, 1, 3, "0xE9")]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x78, 0xFF }, 1, 2, "0xFF")]
    public void The_first_byte_that_is_not_utf8_is_named_at_its_line_and_column(byte[] bytes, int line, int column, string named)
    {
        var warning = TextFile.NotUtf8(bytes, "input/digest.yml");

        Assert.NotNull(warning);
        Assert.Equal((Severity.Warning, line, column), (warning.Severity, warning.Line, warning.Column));
        Assert.Contains($"the first, {named}, here", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0x43, 0x61, 0x66, 0xC3, 0xA9 })]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x43, 0x00, 0xE9, 0x00 })]
    [InlineData(new byte[0])]
    public void Utf8_text_and_a_file_marked_utf16_are_no_problem(byte[] bytes) =>
        Assert.Null(TextFile.NotUtf8(bytes, "input/digest.yml"));

    [Fact]
    public void A_curated_file_a_sidecar_and_an_article_saved_as_latin1_are_each_named_and_still_built()
    {
        using var project = new Support.TempProject().WithRepositorySeeds()
            .WithSeed("000_7ff31fa913e47ace.yml", [.. "source: Caf"u8, 0xE9, 0x0A])
            .WithInputFile("articles/cafe.md", "---\ntitle: Cafe\nslug: cafe\n---\n\nBody.\n");
        File.WriteAllBytes(Path.Combine(project.Paths.Input, "digest.yml"), [.. "title: Caf"u8, 0xE9, 0x0A]);
        File.WriteAllBytes(Path.Combine(project.Paths.Articles, "cafe.md"), [.. "---\ntitle: Caf"u8, 0xE9, .. "\nslug: cafe\n---\n\nBody.\n"u8]);

        var warnings = project.Build().Where(d => d.Message.StartsWith("holds bytes that are not UTF-8", StringComparison.Ordinal)).Select(d => $"{d.File}:{d.Line}:{d.Column}").Distinct();

        Assert.Equal(["input/articles/cafe.md:2:11", "input/digest.yml:1:11", "seeds/000_7ff31fa913e47ace.yml:1:12"], warnings.Order(StringComparer.Ordinal));
        Assert.True(File.Exists(project.OutputFile("articles/cafe/")));
    }
}
