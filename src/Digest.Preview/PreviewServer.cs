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

    /// <summary>Starts serving <paramref name="siteFolder"/> under <paramref name="basePath"/>; port 0 picks a free port.</summary>
    public static async Task<PreviewServer> StartAsync(string siteFolder, string basePath = "/", int port = 0, Action<HttpContext>? onRequest = null)
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
        if (onRequest is not null)
        {
            app.Use(async (context, next) =>
            {
                onRequest(context);
                await next(context).ConfigureAwait(false);
            });
        }

        app.UsePathBase(prefix.Length == 0 ? default : new PathString(prefix));
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
