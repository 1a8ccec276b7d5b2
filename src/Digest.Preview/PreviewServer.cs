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

    private PreviewServer(WebApplication app, string url)
    {
        _app = app;
        Url = url;
    }

    /// <summary>The site's address, ending in its base path (e.g. http://127.0.0.1:5123/digest/).</summary>
    public string Url { get; }

    /// <summary>Path of the build counter that live-reloading pages poll.</summary>
    public const string VersionPath = "/__digest/version";

    // Polls the build counter and reloads the page when a rebuild finished. Added to pages as they are
    // served, never written to output/, so the published files stay exactly as built.
    private const string ReloadScript =
        "<script>(function(){var v=null;setInterval(function(){fetch('" + VersionPath + "').then(function(r){return r.text();})" +
        ".then(function(t){if(v!==null&&t!==v){location.reload();}v=t;}).catch(function(){});},1000);})();</script>";

    /// <summary>Starts serving <paramref name="siteFolder"/> under <paramref name="basePath"/>; port 0 picks a free port.</summary>
    /// <param name="siteFolder">The published site.</param>
    /// <param name="basePath">The path of the site's base URL.</param>
    /// <param name="port">Port on 127.0.0.1; 0 picks a free one.</param>
    /// <param name="buildVersion">When given, pages reload in the browser whenever this number changes.</param>
    public static async Task<PreviewServer> StartAsync(string siteFolder, string basePath = "/", int port = 0, Func<int>? buildVersion = null)
    {
        ArgumentNullException.ThrowIfNull(siteFolder);
        ArgumentNullException.ThrowIfNull(basePath);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = Path.GetFullPath(siteFolder) });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var files = new PhysicalFileProvider(Path.GetFullPath(siteFolder));
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".json"] = "application/json";
        types.Mappings[".xml"] = "application/xml";
        var prefix = basePath.TrimEnd('/');
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

        app.UsePathBase(prefix.Length == 0 ? default : new PathString(prefix));
        if (buildVersion is not null)
        {
            app.Use(async (context, next) =>
            {
                var path = context.Request.Path.Value ?? "/";
                var file = files.GetFileInfo(path.EndsWith('/') ? path + "index.html" : path);
                if (file.Exists && file.PhysicalPath is { } physical && physical.EndsWith(".html", StringComparison.Ordinal))
                {
                    var html = await File.ReadAllTextAsync(physical).ConfigureAwait(false);
                    var at = html.LastIndexOf("</body>", StringComparison.Ordinal);
                    context.Response.ContentType = "text/html; charset=utf-8";
                    await context.Response.WriteAsync(at < 0 ? html + ReloadScript : html.Insert(at, ReloadScript)).ConfigureAwait(false);
                    return;
                }

                await next(context).ConfigureAwait(false);
            });
        }

        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ContentTypeProvider = types, ServeUnknownFileTypes = false });
        app.Run(async context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            var notFound = files.GetFileInfo("404.html");
            if (notFound.Exists)
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.SendFileAsync(notFound).ConfigureAwait(false);
            }
        });
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new PreviewServer(app, address.TrimEnd('/') + prefix + "/");
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
