using Digest.Entities;
using Digest.Ingest.Attribution;

namespace Digest.Tests;

public sealed class DiagnosticTests
{
    [Fact]
    public void An_unknown_key_names_the_known_keys_and_the_nearest_in_every_file_kind()
    {
        var diagnostics = new List<Diagnostic>();
        SourceListReader.Read("- name: Example Gazette\n  hots: [gazette.example]\n", "input/sources.yml", diagnostics);
        EntitySettings.Parse("entities:\n  min_article: 3\n", "input/digest.yml", diagnostics);

        Assert.Equal(2, diagnostics.Count);
        Assert.Equal("input/sources.yml:2:3: warning: unknown key 'hots' (known keys: name, url, aliases, hosts, patterns, priority; nearest: 'hosts'); it is ignored", diagnostics[0].ToString());
        Assert.Equal("input/digest.yml:2:3: warning: unknown key 'entities.min_article' (known keys in entities: min_articles; nearest: 'min_articles'); it is ignored", diagnostics[1].ToString());
    }
}
