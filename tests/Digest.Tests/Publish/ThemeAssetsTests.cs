using Digest.Publish;
using Digest.Tests.Support;

namespace Digest.Tests.Publish;

public sealed class ThemeAssetsTests
{
    private static string BuiltIn(string path) =>
        System.Text.Encoding.UTF8.GetString(new Digest.Theme.RazorPageRenderer().Assets.Single(a => a.Path == path).Content);

    [Fact]
    public void Without_theme_files_of_its_own_a_site_publishes_the_built_in_assets()
    {
        using var project = new TempProject().WithRepositorySeeds();

        project.Build();

        Assert.Equal(BuiltIn("assets/site.css"), project.ReadOutput("assets/site.css"));
        Assert.Equal(BuiltIn("assets/search.js"), project.ReadOutput("assets/search.js"));
        Assert.StartsWith("<svg", BuiltIn("assets/favicon.svg"), StringComparison.Ordinal);
        Assert.Equal(BuiltIn("assets/favicon.svg"), project.ReadOutput("assets/favicon.svg"));
        // Every page names the icon, under the base path, so a browser finds it when the site is not at a domain's root.
        Assert.Contains("<link rel=\"icon\" href=\"/assets/favicon.svg\"", project.ReadOutput(""), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_where_the_theme_folder_or_the_static_folder_belongs_is_a_warning_and_the_site_builds()
    {
        using var project = new TempProject().WithRepositorySeeds();
        Directory.CreateDirectory(project.Paths.Theme);
        File.WriteAllText(project.Paths.ThemeAssets, "body { color: navy; }\n");
        Directory.CreateDirectory(project.Paths.Input);
        File.WriteAllText(project.Paths.Static, "CNAME news.example.org\n");

        var diagnostics = project.Build();

        const string Warning = "warning: a file where a folder of files to publish belongs; it is not published";
        Assert.Contains("theme/assets: " + Warning, diagnostics.Select(d => d.ToString()));
        Assert.Contains("input/static: " + Warning, diagnostics.Select(d => d.ToString()));
        Assert.Equal(BuiltIn("assets/site.css"), project.ReadOutput("assets/site.css"));
    }

    [Fact]
    public void The_projects_theme_files_replace_the_built_in_ones_and_add_their_own_but_not_working_files()
    {
        using var project = new TempProject().WithRepositorySeeds();
        var assets = project.Paths.ThemeAssets;
        Directory.CreateDirectory(Path.Combine(assets, "fonts"));
        Directory.CreateDirectory(Path.Combine(assets, ".git"));
        File.WriteAllText(Path.Combine(assets, "site.css"), "body { color: navy; }\n");
        File.WriteAllText(Path.Combine(assets, "print.css"), "nav { display: none; }\n");
        File.WriteAllBytes(Path.Combine(assets, "fonts", "serif.woff2"), [0, 1, 2, 3]);
        foreach (var working in new[] { ".site.css.swp", "#site.css#", "site.css~", Path.Combine(".git", "HEAD") })
        {
            File.WriteAllText(Path.Combine(assets, working), "not for the site");
        }

        var result = project.Publish();

        Assert.Empty(result.Diagnostics);
        Assert.Equal("body { color: navy; }\n", project.ReadOutput("assets/site.css"));
        Assert.Equal("nav { display: none; }\n", project.ReadOutput("assets/print.css"));
        Assert.Equal([0, 1, 2, 3], File.ReadAllBytes(project.OutputFile("assets/fonts/serif.woff2")));
        Assert.Equal(BuiltIn("assets/search.js"), project.ReadOutput("assets/search.js"));
        var published = Directory.EnumerateFiles(Path.Combine(project.Paths.Output, "assets"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(project.Paths.Output, f).Replace('\\', '/')).Order(StringComparer.Ordinal);
        Assert.Equal(["assets/favicon.svg", "assets/fonts/serif.woff2", "assets/print.css", "assets/search.js", "assets/site.css"], published);
    }

    [Fact]
    public void A_theme_file_with_a_backslash_in_its_name_is_an_error_naming_it_and_the_site_builds()
    {
        using var project = new TempProject().WithRepositorySeeds();
        Directory.CreateDirectory(project.Paths.ThemeAssets);
        // A name Linux allows and no site path can hold (it crashed the publish: "'assets/a\\b.css' is not a path inside the site").
        File.WriteAllText(Path.Combine(project.Paths.ThemeAssets, "a\\b.css"), "p { color: navy; }");
        File.WriteAllText(Path.Combine(project.Paths.ThemeAssets, "print.css"), "nav { display: none; }");

        var result = project.Publish();

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("theme/assets/a\\b.css: error: not published: a '\\' in a name (web servers and other systems read it as a folder's end); rename it", error.ToString());
        Assert.Equal("nav { display: none; }", project.ReadOutput("assets/print.css"));
        Assert.True(File.Exists(project.OutputFile("index.html")));
    }

    [Fact]
    public void A_theme_file_removed_from_the_project_gives_the_built_in_one_back()
    {
        using var project = new TempProject().WithRepositorySeeds();
        Directory.CreateDirectory(project.Paths.ThemeAssets);
        var own = Path.Combine(project.Paths.ThemeAssets, "site.css");
        File.WriteAllText(own, "body { color: navy; }\n");
        File.WriteAllText(Path.Combine(project.Paths.ThemeAssets, "print.css"), "nav { display: none; }\n");
        project.Build();

        File.Delete(own);
        File.Delete(Path.Combine(project.Paths.ThemeAssets, "print.css"));
        project.Publish();

        Assert.Equal(BuiltIn("assets/site.css"), project.ReadOutput("assets/site.css"));
        Assert.False(File.Exists(project.OutputFile("assets/print.css")));
    }
}
