using System.Buffers;
using System.Text.RegularExpressions;

namespace Digest.Ingest.Cleaning;

/// <summary>
/// Copyright, trademark and rights lines ("™ &amp; © 2017 Cable News Network, Inc. … All rights
/// reserved.") and legal footer links. Kept short so a sentence about copyright law survives.
/// </summary>
internal static partial class CopyrightLines
{
    private const int MaxLength = 220;
    private const int MaxFooterLinkLength = 40;

    // Rights notices by their literal marks; found with one vectorised search per line.
    private static readonly SearchValues<string> RightsMarks = SearchValues.Create(
    [
        "©", "™", "®", "all rights reserved", "(c) 1", "(c) 2", "(c)1", "(c)2", "copyright 1", "copyright 2", "copyright ©", "copyright (c)",
        "may not be published", "may not be reproduced", "may not be redistributed", "may not be rewritten",
    ],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="line"/> is a rights notice or legal footer link.</summary>
    public static bool IsMatch(string line) =>
        line.Length <= MaxLength && (line.AsSpan().ContainsAny(RightsMarks) || (line.Length <= MaxFooterLinkLength && FooterLink().IsMatch(line)));

    [GeneratedRegex(
        @"^\W*(terms (of|&) (use|service)|privacy( policy| notice)?|cookie (policy|settings|preferences)|contact us|about us|site ?map|accessibility|careers|advertise( with us)?|do not sell my (personal )?info\w*)\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FooterLink();
}
