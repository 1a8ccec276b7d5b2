using System.Runtime.CompilerServices;
using Digest.Publish;

namespace Digest.Tests.Support;

/// <summary>What every test of this assembly runs with.</summary>
internal static class TestSetup
{
    /// <summary>
    /// Every publish of the tests checks each entity page fingerprint it carries over from the previous publish against
    /// one made afresh, and fails when they differ: the incremental tests then also test what the carried-over ones rest on.
    /// </summary>
#pragma warning disable CA2255 // A test assembly's own set-up, not a library's.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void VerifyCarriedOverFingerprints() => CarriedFingerprints.Verify = true;
}
