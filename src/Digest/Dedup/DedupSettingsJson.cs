using System.Text.Json.Serialization;

namespace Digest.Dedup;

/// <summary><see cref="DedupSettings"/> as JSON without reflection (the tool is compiled ahead of time on Linux).</summary>
[JsonSerializable(typeof(DedupSettings))]
internal sealed partial class DedupSettingsJson : JsonSerializerContext;
