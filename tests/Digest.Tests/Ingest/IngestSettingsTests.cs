using Digest.Ingest;

namespace Digest.Tests.Ingest;

public sealed class IngestSettingsTests
{
    [Fact]
    public void Defaults_to_ten_megabytes() =>
        Assert.Equal(10L * 1024 * 1024, IngestSettings.Parse("title: Digest\n", "input/digest.yml", new List<Diagnostic>()).MaxSeedBytes);

    [Fact]
    public void Reads_max_seed_bytes_from_the_ingest_section() =>
        Assert.Equal(2048, IngestSettings.Parse("title: Digest\ningest: { max_seed_bytes: 2048 }\n", "input/digest.yml", new List<Diagnostic>()).MaxSeedBytes);

    [Fact]
    public void A_bad_value_is_reported_at_its_line_and_the_default_kept()
    {
        var diagnostics = new List<Diagnostic>();
        var settings = IngestSettings.Parse("title: Digest\ningest:\n  max_seed_bytes: lots\n", "input/digest.yml", diagnostics);
        Assert.Equal(IngestSettings.DefaultMaxSeedBytes, settings.MaxSeedBytes);
        Assert.Equal(3, Assert.Single(diagnostics).Line);
    }
}
