using Digest.Text;

namespace Digest.Tests.Text;

/// <summary>The search for control characters against their definition, one character at a time.</summary>
public sealed class ControlCharactersTests
{
    // C0 but tab and line feed, DEL, C1.
    private static bool IsDisallowed(char c) => char.IsControl(c) && c is not ('\t' or '\n');

    [Fact]
    public void Every_character_up_to_U_00FF_and_beyond_is_told_as_its_definition_says()
    {
        for (var c = 0; c <= 0x2000; c++)
        {
            var text = "plain text " + (char)c + " more";
            Assert.Equal(IsDisallowed((char)c) ? 11 : -1, ControlCharacters.IndexOf(text));
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void The_first_one_is_found_and_all_are_counted_and_removed_in_mixed_text(int seed)
    {
        var random = new Random(seed);
        // Mostly text and line breaks, sometimes an ASCII or C1 control, sometimes a character beyond Latin-1.
        char Pick() => random.Next(20) switch
        {
            0 => (char)random.Next(0, 0x20),
            1 => (char)random.Next(0x7F, 0xA0),
            2 => (char)random.Next(0xA0, 0x3000),
            3 => '\n',
            _ => (char)random.Next(0x20, 0x7F),
        };

        for (var round = 0; round < 200; round++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 300)).Select(_ => Pick())]);
            var expected = text.Select((c, i) => (c, i)).Where(p => IsDisallowed(p.c)).Select(p => p.i).DefaultIfEmpty(-1).First();

            Assert.Equal(expected, ControlCharacters.IndexOf(text));
            Assert.Equal(text.Count(IsDisallowed), ControlCharacters.Count(text));
            Assert.Equal(new string([.. text.Where(c => !IsDisallowed(c))]), ControlCharacters.Remove(text));
        }
    }
}
