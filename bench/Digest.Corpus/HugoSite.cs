using System.Globalization;
using System.Text;

namespace Digest.Corpus;

/// <summary>The same corpus as a Hugo site with equivalent pages: home, article, taxonomy lists and terms, feeds, sitemap.</summary>
public static class HugoSite
{
    public static void WriteScaffold(string hugo)
    {
        File.WriteAllText(Path.Combine(hugo, "config.toml"), """
            baseURL = "https://example.org/"
            title = "Bench"
            disableKinds = []
            [pagination]
              pagerSize = 20
            [taxonomies]
              tag = "tags"
              source = "sources"
              entity = "entities"
            [outputs]
              home = ["HTML", "RSS"]
              taxonomy = ["HTML"]
              term = ["HTML", "RSS"]
            """);
        var layouts = Path.Combine(hugo, "layouts", "_default");
        Directory.CreateDirectory(layouts);
        const string head = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{{ .Title }}</title></head><body>";
        File.WriteAllText(Path.Combine(layouts, "single.html"),
            head + "<h1>{{ .Title }}</h1><p>{{ .Params.source }} · {{ .Date.Format \"2006-01-02\" }}</p>{{ .Content }}" +
            "<ul>{{ range .Params.tags }}<li><a href=\"{{ \"tags/\" | relURL }}{{ . | urlize }}/\">{{ . }}</a></li>{{ end }}</ul></body></html>");
        File.WriteAllText(Path.Combine(layouts, "list.html"),
            head + "<h1>{{ .Title }}</h1><ol>{{ range (.Paginate .Pages).Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a> {{ .Summary }}</li>{{ end }}</ol></body></html>");
        File.WriteAllText(Path.Combine(layouts, "terms.html"),
            head + "<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.Alphabetical }}<li><a href=\"{{ .Page.RelPermalink }}\">{{ .Page.Title }}</a> {{ .Count }}</li>{{ end }}</ul></body></html>");
    }

    public static string Markdown(Digest.Article article)
    {
        var builder = new StringBuilder();
        builder.Append("---\n");
        builder.Append(CultureInfo.InvariantCulture, $"title: \"{article.Title}\"\n");
        builder.Append(CultureInfo.InvariantCulture, $"date: {article.Date:yyyy-MM-dd}\n");
        builder.Append(CultureInfo.InvariantCulture, $"slug: {article.Slug}\n");
        builder.Append(CultureInfo.InvariantCulture, $"source: \"{article.Source}\"\n");
        builder.Append(CultureInfo.InvariantCulture, $"sources: [\"{article.Source}\"]\n");
        builder.Append(CultureInfo.InvariantCulture, $"tags: [{string.Join(", ", article.Tags)}]\n");
        builder.Append(CultureInfo.InvariantCulture, $"entities: [{string.Join(", ", article.Entities.Select(e => $"\"{e}\""))}]\n");
        builder.Append("---\n\n").Append(article.Body).Append('\n');
        return builder.ToString();
    }
}
