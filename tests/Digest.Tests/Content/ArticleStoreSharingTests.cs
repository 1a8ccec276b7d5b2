using Digest.Content;
using Digest.Tests.Support;

namespace Digest.Tests.Content;

/// <summary>An article made again from its seed holds the strings of the stored article where they are equal (one copy of each text in memory).</summary>
public sealed class ArticleStoreSharingTests
{
    private static Article Harbour(string body) => new() { Title = "Ferry Line Approved", Slug = "harbour", Story = "harbour", Seed = "harbour.txt", Body = body };

    [Fact]
    public void An_equal_body_and_title_are_the_stored_strings_and_a_changed_body_is_kept()
    {
        using var project = new TempProject().WithInputFile("articles/harbour.md", ArticleFile.Write(Harbour("The council approved the ferry line."), stampIngestHash: true));
        var store = ArticleStore.Load(project.Paths, new List<Diagnostic>());
        var stored = store.Articles.Single();

        // New string instances of the same texts, as extracting the seed again makes them.
        var again = Harbour(new string("The council approved the ferry line.".AsSpan())) with { Title = new string("Ferry Line Approved".AsSpan()) };
        var shared = store.SharingStoredText(again);
        var edited = store.SharingStoredText(Harbour("The council rejected the ferry line."));
        var otherSeed = store.SharingStoredText(again with { Seed = "other.txt" });

        Assert.Equal(again, shared);
        Assert.Same(stored.Body, shared.Body);
        Assert.Same(stored.Title, shared.Title);
        Assert.Equal("The council rejected the ferry line.", edited.Body);
        Assert.NotSame(stored.Body, otherSeed.Body);
    }
}
