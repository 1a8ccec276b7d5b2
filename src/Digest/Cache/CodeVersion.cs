using System.Reflection;

namespace Digest.Cache;

/// <summary>
/// Identity of the code that computed a cached result: the module version id of each assembly, which a
/// deterministic build changes exactly when the code changes. A cache written by other code is not used.
/// </summary>
public static class CodeVersion
{
    /// <summary>Digest's own code (ingest, dedup, entities, publish).</summary>
    public static string Digest { get; } = Of(typeof(CodeVersion).Assembly);

    /// <summary>The identity of an assembly's code.</summary>
    public static string Of(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return assembly.ManifestModule.ModuleVersionId.ToString("N");
    }
}
