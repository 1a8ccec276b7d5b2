using System.Text.RegularExpressions;

namespace Digest.Ingest.Cleaning;

/// <summary>
/// Copyright, trademark and rights lines ("™ &amp; © 2017 Cable News Network, Inc. … All rights
/// reserved.") and legal footer links. Kept short so a sentence about copyright law survives.
/// </summary>
internal static partial class CopyrightLines
{
    private const int MaxLength = 220;

    /// <summary>True when <paramref name="line"/> is a rights notice or legal footer link.</summary>
    public static bool IsMatch(string line) => line.Length <= MaxLength && Notice().IsMatch(line);

    [GeneratedRegex(
        @"[©™®]|\(c\)\s*\d{4}|\bcopyright\b\s*(©|\(c\)|\d{4})|all rights reserved|^\W*(terms (of|&) (use|service)|privacy( policy| notice)?|cookie (policy|settings|preferences)|contact us|about us|site ?map|accessibility|careers|advertise( with us)?|do not sell my (personal )?info\w*)\W*$|may not be (published|reproduced|redistributed|rewritten)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Notice();
}
