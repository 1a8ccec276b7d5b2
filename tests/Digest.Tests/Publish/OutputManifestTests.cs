using Digest.Publish.Output;

namespace Digest.Tests.Publish;

public sealed class OutputManifestTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "digest-manifest-" + Guid.NewGuid().ToString("N")[..10]);

    private string PathOf => Path.Combine(_root, "output.manifest");

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void Entries_read_back_as_written_with_every_bit_of_both_hashes()
    {
        var entries = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal)
        {
            ["b/index.html"] = new(UInt128.MaxValue, 0, long.MaxValue, new UInt128(1, 0)),
            ["a b/é.xml"] = new(new UInt128(0x0123456789abcdef, 0xfedcba9876543210), 123_456, 639_318_960_018_660_988, 1),
            ["A/index.html"] = new(0, 7, 1, UInt128.MaxValue - 1),
        };

        OutputManifest.Save(PathOf, "/site/output", entries);

        Assert.Equal(entries, OutputManifest.Load(PathOf, "/site/output").ToDictionary(StringComparer.Ordinal));
        Assert.Empty(OutputManifest.Load(PathOf, "/other/output"));

        // As a manifest written on Windows, with its line ends and a byte-order mark, reads too.
        File.WriteAllText(PathOf, File.ReadAllText(PathOf).ReplaceLineEndings("\r\n"), new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        Assert.Equal(entries, OutputManifest.Load(PathOf, "/site/output").ToDictionary(StringComparer.Ordinal));
    }

    [Fact]
    public void Lines_are_sorted_by_path_with_the_hashes_in_32_hex_digits()
    {
        OutputManifest.Save(PathOf, "/out", new Dictionary<string, ManifestEntry>
        {
            ["b"] = new(new UInt128(0, 0xab), 2, 3, new UInt128(0x10, 0)),
            ["B"] = new(1, 1, 1, 1),
        });

        var lines = File.ReadAllLines(PathOf);

        Assert.Equal(["B", "b"], lines[2..].Select(l => l.Split('\t')[4]));
        Assert.Equal("000000000000000000000000000000ab\t2\t3\t00000000000000100000000000000000\tb", lines[3]);
    }

    [Fact]
    public void Entries_in_order_out_of_order_or_one_out_of_place_give_the_same_file()
    {
        var paths = Enumerable.Range(0, 500).Select(i => $"articles/report-{i * 7919 % 1000:D4}/index.html").Append("Index.html").Append("a/b").ToArray();
        var sorted = paths.Order(StringComparer.Ordinal).Select((p, i) => KeyValuePair.Create(p, new ManifestEntry((ulong)i, i, i, 1))).ToArray();
        byte[] Saved(IEnumerable<KeyValuePair<string, ManifestEntry>> entries)
        {
            OutputManifest.Save(PathOf, "/out", entries);
            return File.ReadAllBytes(PathOf);
        }

        var expected = Saved(sorted);
        var swapped = (KeyValuePair<string, ManifestEntry>[])sorted.Clone();
        (swapped[200], swapped[201]) = (swapped[201], swapped[200]);

        Assert.Equal(expected, Saved(sorted.Reverse()));
        Assert.Equal(expected, Saved(swapped));
        Assert.Equal(expected, Saved(paths.Select(p => sorted.First(e => e.Key == p))));
        Assert.Equal(sorted.Select(e => e.Key), File.ReadAllLines(PathOf)[2..].Select(l => l.Split('\t')[4]));
    }

    [Theory]
    [InlineData("zz\t1\t2\t00000000000000000000000000000000\ta")]
    [InlineData("00000000000000000000000000000000\t-1\t2\t00000000000000000000000000000000\ta")]
    [InlineData("00000000000000000000000000000000\t1\t2\t00000000000000000000000000000000")]
    [InlineData("00000000000000000000000000000000\t1\t2\t00000000000000000000000000000000\ta\tb")]
    [InlineData("0000000000000000000000000000000\t1\t2\t00000000000000000000000000000000\ta")]
    [InlineData("00000000000000000000000000000001\t1\t1\t00000000000000000000000000000001\tfine")]
    public void A_damaged_line_empties_the_manifest_so_everything_is_made_again(string line)
    {
        OutputManifest.Save(PathOf, "/out", new Dictionary<string, ManifestEntry> { ["fine"] = new(1, 1, 1, 1) });
        File.AppendAllText(PathOf, line + "\n");

        Assert.Empty(OutputManifest.Load(PathOf, "/out"));
    }
}
