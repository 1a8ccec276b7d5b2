namespace Digest.Theme;

/// <summary>A number with its noun in the right form: "1 report", "5 reports", "1 story", "0 copies".</summary>
public static class Counted
{
    /// <summary><paramref name="count"/> and <paramref name="one"/> when it is 1, <paramref name="many"/> otherwise.</summary>
    public static string Of(int count, string one, string many) =>
        $"{count.ToString(System.Globalization.CultureInfo.InvariantCulture)} {(count == 1 ? one : many)}";
}
