namespace Digest.Entities.Recognition;

/// <summary>
/// The tagger's labels: BIO over the four CoNLL types. 0 is outside; then begin/inside pairs for
/// person, organisation, place and other.
/// </summary>
internal static class NerTags
{
    /// <summary>Number of labels.</summary>
    public const int Count = 9;

    /// <summary>Outside any name.</summary>
    public const int Outside = 0;

    private static readonly string[] Names = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];

    /// <summary>The label's name, e.g. <c>B-PER</c>.</summary>
    public static string Name(int tag) => Names[tag];

    /// <summary>The label of a name, or -1.</summary>
    public static int Parse(string name) => Array.IndexOf(Names, name);

    /// <summary>True for a label that begins a name.</summary>
    public static bool IsBegin(int tag) => tag != Outside && tag % 2 == 1;

    /// <summary>The entity type of a label (meaningless for <see cref="Outside"/>).</summary>
    public static EntityType TypeOf(int tag) => ((tag + 1) / 2) switch
    {
        1 => EntityType.Person,
        2 => EntityType.Organisation,
        3 => EntityType.Place,
        _ => EntityType.Other,
    };

    /// <summary>The begin label of a type's pair (1, 3, 5, 7).</summary>
    public static int BeginOf(int tag) => tag == Outside ? Outside : tag - ((tag + 1) % 2);
}
