using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Hashing;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Digest.Publish.Output;

/// <summary>
/// A hash of everything a value of the site model holds: every field of Digest's own records and classes
/// (so computed properties add nothing and a new field is covered the day it is added), lists and
/// dictionaries item by item, text and numbers by value. The site model itself is left out (pages hash
/// what they take from it on their own). Objects are hashed once and remembered, so pages that share
/// articles and stories cost little. Written by hand: no package hashes object graphs by value. The hash is
/// XXH128 (System.IO.Hashing): fingerprints guard against change, not attack.
/// </summary>
public sealed class ModelHasher
{
    private const int MaxDepth = 64;
    private static readonly ConcurrentDictionary<Type, FieldInfo[]> FieldsOf = new();

    // Type names as hashed, kept: the ahead-of-time-compiled tool builds FullName anew on every call
    // (perf: 4 % of a republish's hasher samples).
    private static readonly ConcurrentDictionary<Type, string> FullNames = new();
    private static readonly ConcurrentDictionary<Type, string> ShortNames = new();
    [ThreadStatic]
    private static ByteSink? t_sink;

    // Many locks: both cores add the model's large objects all through a publish.
    // The hash is held in the dictionary's own node (one memory access fewer per hit than an array of its bytes).
    private readonly ConcurrentDictionary<object, UInt128> _known = new(64, 1 << 16, ReferenceEqualityComparer.Instance);

    // What this hasher knows of each reference type it met, found with one lookup per object (a
    // republish hashes millions of them; perf: dictionary lookups were a seventh of the hasher's samples).
    private readonly ConcurrentDictionary<Type, TypeFacts> _types = new();

    // Records that keep their hash in themselves (IRemembersHash), counted as they are remembered.
    private int _rememberedInRecords;

    /// <summary>How many objects this hasher has hashed on their own and remembered (a record hashed on both cores at once may count twice).</summary>
    internal int Remembered => _known.Count + _rememberedInRecords;

    /// <summary>The hash of several values in order.</summary>
    public UInt128 Hash(params ReadOnlySpan<object?> values)
    {
        // One buffer per thread, kept: a page's first article body would otherwise grow a fresh one by copies.
        var sink = t_sink ??= new ByteSink();
        sink.Length = 0;
        foreach (var value in values)
        {
            // What a page hands in (the page, lists made for it) is its own: hashed, never remembered.
            AppendValue(sink, value, 0, remember: false);
        }

        return XxHash128.HashToUInt128(sink.Written);
    }

    /// <summary>
    /// The hash of one value as the pages that hold it see it: a record large enough to stand in its holders as its hash
    /// is hashed and remembered here, so the pages hashed after find it done. Equal values give equal hashes.
    /// </summary>
    internal UInt128 HashOf(object value)
    {
        var sink = t_sink ??= new ByteSink();
        sink.Length = 0;
        AppendValue(sink, value, 0);
        return XxHash128.HashToUInt128(sink.Written);
    }

    // Text, numbers and small values go straight into the hash of what holds them; objects are hashed
    // on their own once and their hash is appended.
    // Each object's bytes are gathered in memory. A large object (an article, a story) is hashed once and
    // its hash stands for it wherever it recurs; a small one (a link, a sentence) is cheaper to copy in
    // than to hash, so its bytes go into its holder's as they are. Which happens depends on the bytes
    // alone, so the result is the same every run. A story of one report is 300 to 500 bytes: above 512, it was walked
    // again for each of the hundred thousand times the entity and topic pages of a 10k site list it (0.2 s of CPU).
    private const int HashedAbove = 256;
    private const int LongText = 1024;
    private static readonly byte[] HashMark = [1];
    private static readonly byte[] InlineMark = [2];

    private void AppendValue(ByteSink sink, object? value, int depth, bool remember = true)
    {
        if (value is null || value is string || value.GetType().IsValueType)
        {
            Append(sink, value, depth + 1);
            return;
        }

        // Only types that have had a large instance are looked up: asking for every link and sentence
        // cost more than copying them.
        var type = value.GetType();
        var facts = _types.GetOrAdd(type, static t => new TypeFacts { HoldsHash = typeof(IRemembersHash).IsAssignableFrom(t) });
        if (facts.Large && (facts.HoldsHash ? ((IRemembersHash)value).RememberedHash.TryGet(value, this, out var known) : _known.TryGetValue(value, out known)))
        {
            sink.Write(HashMark);
            sink.Write(MemoryMarshal.AsBytes(new ReadOnlySpan<UInt128>(in known)));
            return;
        }

        // Written in place; a large object's bytes are then replaced by its hash.
        sink.Write(InlineMark);
        var start = sink.Length;
        if (facts.Fields is { } fields)
        {
            CheckDepth(depth + 1);
            AppendFields(sink, type, fields, value, depth + 1);
        }
        else
        {
            Append(sink, value, depth + 1);
            // After its first instance, a type is in FieldsOf exactly when it is hashed by its fields.
            if (!facts.Settled)
            {
                facts.Fields = FieldsOf.TryGetValue(type, out var found) ? found : null;
                facts.Settled = true;
            }
        }

        if (sink.Length - start > HashedAbove)
        {
            var hash = XxHash128.HashToUInt128(sink.Written[start..]);
            // Only Digest's records are remembered: they are what pages share (articles, stories, entities). A list is
            // a page's own (its slice of a term's reports) or is hashed with the record that holds it: remembering the
            // lists of 40,000 pages filled the table with entries never asked for again, and made every lookup slower.
            if (remember && facts.Fields is not null)
            {
                facts.Large = true;
                if (facts.HoldsHash)
                {
                    ((IRemembersHash)value).RememberedHash = new RememberedHash(value, this, hash);
                    Interlocked.Increment(ref _rememberedInRecords);
                }
                else
                {
                    hash = _known.GetOrAdd(value, hash);
                }
            }

            sink.Length = start - 1;
            sink.Write(HashMark);
            sink.Write(MemoryMarshal.AsBytes(new ReadOnlySpan<UInt128>(in hash)));
        }
    }

    private static void CheckDepth(int depth)
    {
        if (depth > MaxDepth)
        {
            throw new InvalidOperationException("The site model nests too deeply to hash (a cycle?).");
        }
    }

    private void Append(ByteSink hash, object? value, int depth)
    {
        CheckDepth(depth);

        if (value is null)
        {
            Text(hash, "\u0000null");
            return;
        }

        if (value is string text)
        {
            Text(hash, "s");
            Text(hash, text);
            return;
        }

        // Numbers, dates, flags and enum values by type tests alone, before any lookup: the counts and types of the lists
        // of entities are hundreds of thousands of values a republish.
        if (ScalarName(value) is { } name)
        {
            Text(hash, name);
            Scalar(hash, value);
            return;
        }

        // Records of the model are the common case: their fields are known without testing every other kind.
        var type = value.GetType();
        if (FieldsOf.TryGetValue(type, out var known))
        {
            AppendFields(hash, type, known, value, depth);
            return;
        }

        switch (value)
        {
            case SiteModel:
                Text(hash, "site");
                return;
            case IHashedByKey keyed:
                Text(hash, "keyed");
                Text(hash, keyed.Key);
                return;
            case ITuple tuple:
                Text(hash, "tuple");
                for (var i = 0; i < tuple.Length; i++)
                {
                    AppendValue(hash, tuple[i], depth);
                }

                return;
            case IDictionary dictionary:
                Text(hash, "map");
                foreach (DictionaryEntry entry in dictionary)
                {
                    AppendValue(hash, entry.Key, depth);
                    AppendValue(hash, entry.Value, depth);
                }

                return;
            case IEnumerable items:
                Text(hash, "list");
                foreach (var item in items)
                {
                    AppendValue(hash, item, depth);
                }

                return;
        }

        if (type.Namespace?.StartsWith("Digest", StringComparison.Ordinal) != true)
        {
            // A type whose state this hasher cannot see could hide what a page shows: refuse it loudly.
            throw new NotSupportedException($"The site model holds a {type.FullName}, which ModelHasher does not know how to hash.");
        }

        AppendFields(hash, type, FieldsOf.GetOrAdd(type, Fields), value, depth);
    }

    private void AppendFields(ByteSink hash, Type type, FieldInfo[] fields, object value, int depth)
    {
        Text(hash, FullNames.GetOrAdd(type, static t => t.FullName!));
        foreach (var field in fields)
        {
            AppendValue(hash, field.GetValue(value), depth);
        }
    }

    // The model's types are Digest's own, and the ahead-of-time-compiled tool keeps every member of the Digest
    // assembly (a trimmer root in Digest.Cli.csproj), so no field is missing from what is hashed.
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "Digest is a trimmer root of the tool: its types keep their fields.")]
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "Digest is a trimmer root of the tool: its types keep their fields.")]
    private static FieldInfo[] Fields(Type type)
    {
        var fields = new List<FieldInfo>();
        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            // A hash the record keeps of itself is not part of what it holds (RememberedHash).
            fields.AddRange(current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                .Where(f => f.FieldType != typeof(RememberedHash)));
        }

        return [.. fields.OrderBy(f => f.DeclaringType!.FullName, StringComparer.Ordinal).ThenBy(f => f.Name, StringComparer.Ordinal)];
    }

    // The type name a scalar is hashed under; null for anything else.
    private static string? ScalarName(object value) => value switch
    {
        int => "Int32",
        long => "Int64",
        bool => "Boolean",
        double => "Double",
        float => "Single",
        decimal => "Decimal",
        char => "Char",
        DateOnly => "DateOnly",
        DateTime => "DateTime",
        DateTimeOffset => "DateTimeOffset",
        TimeSpan => "TimeSpan",
        UInt128 => "UInt128",
        Enum => ShortNames.GetOrAdd(value.GetType(), static t => t.Name),
        _ => null,
    };

    // A number, date, flag or enum value as invariant text, formatted in place: no string per value. An enum value
    // goes in as its number (its name is looked up in metadata: slower, and no surer).
    private static void Scalar(ByteSink sink, object value)
    {
        if (value is Enum)
        {
            value = Convert.ToInt64(value, CultureInfo.InvariantCulture);
        }

        Span<char> buffer = stackalloc char[64];
        if (value is ISpanFormattable formattable && formattable.TryFormat(buffer, out var length, default, CultureInfo.InvariantCulture))
        {
            Text(sink, buffer[..length]);
            return;
        }

        Text(sink, Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");
    }

    // The length, then the UTF-16 code units as they are in memory: no transcoding of the millions of
    // strings a republish reads (the hash only has to tell texts apart on this machine's own cache).
    // A long text (a body, its HTML) goes in as its own hash, taken straight from the string: copying
    // it into the buffer first cost as much as hashing it.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Text(ByteSink sink, string text) => Text(sink, text.AsSpan());

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Text(ByteSink sink, ReadOnlySpan<char> text)
    {
        var units = MemoryMarshal.AsBytes(text);
        if (units.Length > LongText)
        {
            var hashed = sink.Reserve(4 + 16);
            BitConverter.TryWriteBytes(hashed, -text.Length);
            XxHash128.Hash(units, hashed[4..]);
            sink.Length += 4 + 16;
            return;
        }

        var span = sink.Reserve(4 + units.Length);
        BitConverter.TryWriteBytes(span, text.Length);
        units.CopyTo(span[4..]);
        sink.Length += 4 + units.Length;
    }

    // Whether a type has had an instance large enough to hash on its own, and its fields when it is one of
    // Digest's records. Both cores set them; a stale read costs one more look, never a different hash.
    private sealed class TypeFacts
    {
        public volatile FieldInfo[]? Fields;
        public volatile bool Large;
        public volatile bool Settled;

        // Whether its instances keep their own hash (IRemembersHash): known when the type is first met.
        public bool HoldsHash { get; init; }
    }

    // A growable byte buffer whose end can be moved back (ArrayBufferWriter cannot). Optimised from the
    // first call (as Text): a republish writes hundreds of millions of bytes through it in its first seconds.
    private sealed class ByteSink
    {
        private byte[] _bytes = new byte[64 * 1024];

        public int Length { get; set; }

        public ReadOnlySpan<byte> Written => _bytes.AsSpan(0, Length);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public Span<byte> Reserve(int size)
        {
            if (Length + size > _bytes.Length)
            {
                Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + size));
            }

            return _bytes.AsSpan(Length);
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Write(ReadOnlySpan<byte> bytes)
        {
            bytes.CopyTo(Reserve(bytes.Length));
            Length += bytes.Length;
        }
    }
}
