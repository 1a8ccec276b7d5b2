using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Digest.Preview;

/// <summary>
/// A Kestrel server on 127.0.0.1 that serves a site folder as a static host would: <c>/x/</c> serves
/// <c>x/index.html</c>, unknown paths get <c>404.html</c> with status 404, the site lives under its base path.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _origin;
    private readonly BasePath _prefix;

    private PreviewServer(WebApplication app, string origin, BasePath prefix)
    {
        _app = app;
        _origin = origin;
        _prefix = prefix;
    }

    /// <summary>The site's address, ending in its base path (e.g. http://127.0.0.1:5123/digest/).</summary>
    public string Url => _origin + _prefix.Value + "/";

    /// <summary>
    /// Serves the site under <paramref name="basePath"/> from now on (a rebuild after <c>base_url</c> changed: its pages
    /// link under the new path). True when that moved it.
    /// </summary>
    public bool MoveTo(string basePath)
    {
        ArgumentNullException.ThrowIfNull(basePath);
        return _prefix.Exchange(basePath.TrimEnd('/')) != basePath.TrimEnd('/');
    }

    // The base path without its last '/' ("" at the root), read by every request and moved by MoveTo.
    private sealed class BasePath(string value)
    {
        private string _value = value;

        public string Value => Volatile.Read(ref _value);

        public string Exchange(string value) => Interlocked.Exchange(ref _value, value);
    }

    /// <summary>Path of the build counter that live-reloading pages poll.</summary>
    public const string VersionPath = "/__digest/version";

    // Polls the build counter and reloads the page when a rebuild finished. Added to pages as they are
    // served, never written to output/, so the published files stay exactly as built.
    private const string ReloadScript =
        "<script>(function(){var v=null;setInterval(function(){fetch('" + VersionPath + "').then(function(r){return r.text();})" +
        ".then(function(t){if(v!==null&&t!==v){location.reload();}v=t;}).catch(function(){});},1000);})();</script>";

    /// <summary>The id of the panel that lists the last build's problems on a served page (<see cref="ProblemsPanel"/>).</summary>
    public const string ProblemsPanelId = "digest-build-problems";

    // Problems listed on a page at most: the rest are counted (the terminal has them all).
    private const int ProblemsShown = 50;

    /// <summary>Starts serving <paramref name="siteFolder"/> under <paramref name="basePath"/>; port 0 picks a free port.</summary>
    /// <param name="siteFolder">The published site.</param>
    /// <param name="basePath">The path of the site's base URL.</param>
    /// <param name="port">Port on 127.0.0.1; 0 picks a free one.</param>
    /// <param name="buildVersion">When given, pages reload in the browser whenever this number changes.</param>
    /// <param name="buildProblems">
    /// When given, the last build's problems (one line each, as the terminal printed them): while there are any, every
    /// page served shows them in a panel (<see cref="ProblemsPanel"/>), as Hugo's server shows a failed build.
    /// </param>
    public static async Task<PreviewServer> StartAsync(string siteFolder, string basePath = "/", int port = 0, Func<int>? buildVersion = null,
        Func<IReadOnlyList<string>>? buildProblems = null)
    {
        ArgumentNullException.ThrowIfNull(siteFolder);
        ArgumentNullException.ThrowIfNull(basePath);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = Path.GetFullPath(siteFolder) });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        // Every file of the site, as a static host serves it: hidden ones too (.well-known/security.txt, published from
        // input/static/), which the provider leaves out by default.
        var files = new PhysicalFileProvider(Path.GetFullPath(siteFolder), Microsoft.Extensions.FileProviders.Physical.ExclusionFilters.None);
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".json"] = "application/json";
        types.Mappings[".xml"] = "application/xml";
        // The base path is read at each request (as UsePathBase does with a fixed one), so that it can move (MoveTo).
        var prefix = new BasePath(basePath.TrimEnd('/'));
        // Whether pages are served with what serve adds to them (WritePage).
        var adds = buildVersion is not null || buildProblems is not null;
        if (buildVersion is not null)
        {
            app.Use(async (context, next) =>
            {
                if (context.Request.Path == VersionPath)
                {
                    context.Response.ContentType = "text/plain";
                    context.Response.Headers.CacheControl = "no-store";
                    await context.Response.WriteAsync(buildVersion().ToString(System.Globalization.CultureInfo.InvariantCulture)).ConfigureAwait(false);
                    return;
                }

                await next(context).ConfigureAwait(false);
            });
        }

        // A site under a base path is served there alone, as its host serves it: a link that forgets the base path is a 404
        // here too (it answered, and would have been found broken only once published). The host's root leads to the site.
        app.Use(async (context, next) =>
        {
            var path = prefix.Value;
            if (path.Length == 0)
            {
                await next(context).ConfigureAwait(false);
                return;
            }

            if (!context.Request.Path.StartsWithSegments(path, out var matched, out var remaining))
            {
                if (context.Request.Path == "/")
                {
                    context.Response.Redirect(path + "/");
                }
                else
                {
                    await NotFound(context).ConfigureAwait(false);
                }

                return;
            }

            var (originalPath, originalBase) = (context.Request.Path, context.Request.PathBase);
            (context.Request.Path, context.Request.PathBase) = (remaining, originalBase.Add(matched));
            try
            {
                await next(context).ConfigureAwait(false);
            }
            finally
            {
                (context.Request.Path, context.Request.PathBase) = (originalPath, originalBase);
            }
        });
        // The site's 404 page, with status 404.
        async Task NotFound(HttpContext context)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            var notFound = files.GetFileInfo("404.html");
            if (notFound.Exists && adds && notFound.PhysicalPath is { } physical)
            {
                await WritePage(context, physical).ConfigureAwait(false);
            }
            else if (notFound.Exists)
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.SendFileAsync(notFound).ConfigureAwait(false);
            }
        }

        // A page with what serve adds to it: the last build's problems and the reload script (the 404 page too: a page a
        // broken file took out of the site is where the maintainer looks for why, and for the fix to show).
        async Task WritePage(HttpContext context, string physical)
        {
            var html = await File.ReadAllTextAsync(physical).ConfigureAwait(false);
            var added = (buildProblems?.Invoke() is { Count: > 0 } problems ? ProblemsPanel(problems) : "") + (buildVersion is null ? "" : ReloadScript);
            var at = html.LastIndexOf("</body>", StringComparison.Ordinal);
            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.Headers.CacheControl = "no-store";
            await context.Response.WriteAsync(at < 0 ? html + added : html.Insert(at, added)).ConfigureAwait(false);
        }

        // A file's path with a '/' after it ("/feed.xml/") names no folder: a 404, as a host answers (the file provider
        // threw on it, a 500 with no page).
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.Value is { Length: > 1 } asked && asked.EndsWith('/') && files.GetFileInfo(asked.TrimEnd('/')) is { Exists: true, IsDirectory: false })
            {
                await NotFound(context).ConfigureAwait(false);
                return;
            }

            await next(context).ConfigureAwait(false);
        });

        if (adds)
        {
            app.Use(async (context, next) =>
            {
                var path = context.Request.Path.Value ?? "/";
                var file = files.GetFileInfo(path.EndsWith('/') ? path + "index.html" : path);
                if (file.Exists && file.PhysicalPath is { } physical && physical.EndsWith(".html", StringComparison.Ordinal))
                {
                    await WritePage(context, physical).ConfigureAwait(false);
                    return;
                }

                await next(context).ConfigureAwait(false);
            });
        }

        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        // A file of a type the provider does not know (a host's _redirects, a CNAME) is served as bytes, as hosts serve it.
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files, ContentTypeProvider = types, ServeUnknownFileTypes = true, DefaultContentType = "application/octet-stream",
        });
        app.Run(NotFound);
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new PreviewServer(app, address.TrimEnd('/'), prefix);
    }

    /// <summary>
    /// The panel a served page shows while the last build had problems: fixed at the foot of the window over the page,
    /// its own styles inline (the site's stylesheet knows nothing of it), the problems escaped, and a button that hides it.
    /// </summary>
    /// <param name="problems">One line each, as the terminal printed them.</param>
    public static string ProblemsPanel(IReadOnlyList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var lines = string.Join('\n', problems.Take(ProblemsShown).Select(System.Net.WebUtility.HtmlEncode));
        var more = problems.Count > ProblemsShown ? $"\n… and {problems.Count - ProblemsShown} more (the terminal lists them all)" : "";
        var heading = problems.Count == 1 ? "Not all of your changes show here: 1 problem" : $"Not all of your changes show here: {problems.Count} problems";
        return $"<div id=\"{ProblemsPanelId}\" role=\"alert\" style=\"position:fixed;left:0;right:0;bottom:0;z-index:2147483647;max-height:45vh;overflow:auto;"
            + "margin:0;padding:.75rem 1rem;background:#fff5f5;color:#5c0000;border-top:3px solid #b00020;font:14px/1.45 system-ui,sans-serif\">"
            + $"<button type=\"button\" onclick=\"this.parentNode.remove()\" style=\"float:right;font:inherit\">Hide</button><strong>{heading}</strong> "
            + "(the site shows what could be built; a save that mends a file rebuilds and reloads this page)"
            + $"<pre style=\"margin:.5rem 0 0;white-space:pre-wrap;font:13px/1.45 ui-monospace,monospace\">{lines}{more}</pre></div>";
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
