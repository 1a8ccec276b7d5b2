// What a build allocates, by type and by the code that allocates it: the allocation ticks (one about every 100 KB) of a
// trace taken with `dotnet-trace collect --profile gc-verbose` (bench/alloc-profile.sh takes one of a 10k text edit).
//
//   dotnet run --project bench/Digest.Allocations -c Release -- TRACE.nettrace [FRAMES] [LINES]
//
// FRAMES: how many of Digest's own frames name an allocation site (default 3); LINES: how many sites to print (default 40).
using System.Globalization;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

if (args.Length is < 1 or > 3 || !File.Exists(args[0]))
{
    Console.Error.WriteLine("usage: Digest.Allocations TRACE.nettrace [FRAMES] [LINES]");
    return 2;
}

var frames = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
var lines = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 40;
using var log = new TraceLog(TraceLog.CreateFromEventPipeDataFile(args[0]));
var byType = new Dictionary<string, long>(StringComparer.Ordinal);
var bySite = new Dictionary<string, long>(StringComparer.Ordinal);
long total = 0;
foreach (var traceEvent in log.Events)
{
    if (traceEvent is not GCAllocationTickTraceData tick)
    {
        continue;
    }

    total += tick.AllocationAmount64;
    byType[tick.TypeName] = byType.GetValueOrDefault(tick.TypeName) + tick.AllocationAmount64;
    var site = new List<string> { tick.TypeName };
    for (var frame = traceEvent.CallStack(); frame is not null && site.Count <= frames; frame = frame.Caller)
    {
        var method = frame.CodeAddress.FullMethodName;
        if (method.StartsWith("Digest", StringComparison.Ordinal))
        {
            site.Add(method.Length > 110 ? method[..110] : method);
        }
    }

    var key = string.Join(" <- ", site);
    bySite[key] = bySite.GetValueOrDefault(key) + tick.AllocationAmount64;
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{total / 1e6:0} MB sampled (allocation ticks)"));
Console.WriteLine("by type:");
foreach (var (type, bytes) in byType.OrderByDescending(e => e.Value).ThenBy(e => e.Key, StringComparer.Ordinal).Take(25))
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e6,8:0.0} MB  {type}"));
}

Console.WriteLine("by type and Digest's allocating frames:");
foreach (var (site, bytes) in bySite.OrderByDescending(e => e.Value).ThenBy(e => e.Key, StringComparer.Ordinal).Take(lines))
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e6,8:0.0} MB  {site}"));
}

return 0;
