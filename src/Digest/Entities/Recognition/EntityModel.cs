namespace Digest.Entities.Recognition;

/// <summary>
/// The shipped tagger model (Resources/entity-model.bin, see Resources/NOTICE.md), read from the
/// assembly once per process on first use.
/// </summary>
internal static class EntityModel
{
    private const string ResourceName = "Digest.Entities.entity-model.bin";

    private static readonly Lazy<TaggerModel> Model = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The model.</summary>
    public static TaggerModel Shared => Model.Value;

    private static TaggerModel Load()
    {
        using var stream = typeof(EntityModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"resource {ResourceName} is missing from the build");
        return TaggerModel.Read(stream);
    }
}
