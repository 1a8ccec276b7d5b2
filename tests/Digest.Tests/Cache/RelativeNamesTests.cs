using Digest.Cache;

namespace Digest.Tests.Cache;

public sealed class RelativeNamesTests
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "site");
    private static readonly string CacheFolder = Path.Combine(Root, ".digest-cache");

    public static TheoryData<string> Files => new()
    {
        Path.Combine(Root, "seeds", "ferry.txt"),
        Path.Combine(Root, "input", "articles", "a..b.md"),
        Path.Combine(Root, "seeds", "..hidden", "x.txt"),
        Path.Combine(Root, ".digest-cache", "build.stamp"),
        Path.Combine(Root, ".digest-cache-other", "x"),
        Path.Combine(Path.GetTempPath(), "elsewhere", "seeds", "ferry.txt"),
        Path.Combine(Root, "seeds", "..", "input", "x.md"),
        Path.Combine(Root, "seeds", ".", "x.txt"),
        Root,
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void A_file_is_named_as_Path_names_it_from_the_folder_and_found_again_from_its_name(string file)
    {
        var names = new RelativeNames(CacheFolder);

        var name = names.Of(file);

        Assert.Equal(Path.GetRelativePath(CacheFolder, file), name);
        Assert.Equal(Path.GetFullPath(file), names.PathOf(name));
    }

    [Fact]
    public void A_full_path_as_an_older_stamp_holds_it_is_itself()
    {
        var file = Path.Combine(Root, "seeds", "ferry.txt");

        Assert.Equal(file, new RelativeNames(CacheFolder).PathOf(file));
    }
}
