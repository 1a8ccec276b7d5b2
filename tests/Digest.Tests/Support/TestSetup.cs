using System.Runtime.CompilerServices;
using Digest.Publish;

namespace Digest.Tests.Support;

/// <summary>What every test of this assembly runs with.</summary>
internal static class TestSetup
{
    /// <summary>
    /// Every publish of the tests checks each entity page fingerprint it carries over from the previous publish against
    /// one made afresh, and each entity tally it corrects against one of every article, and fails when they differ: the
    /// incremental tests then also test what the carried-over and corrected ones rest on.
    /// </summary>
#pragma warning disable CA2255 // A test assembly's own set-up, not a library's.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void VerifyCarriedOverFingerprints()
    {
        CarriedFingerprints.Verify = true;
        // And every entity tally a publish corrects by the articles that changed, against a tally of every article.
        Digest.Entities.TallyState.Verify = true;
    }
}
