using Digest.Entities;
using Digest.Entities.Recognition;

namespace Digest.Tests.Entities;

public sealed class DatelinePlacesTests
{
    [Theory]
    [InlineData("NAIROBI, KENYA", "Nairobi|Kenya")]
    [InlineData("WASHINGTON, D.C.", "Washington")]
    [InlineData("NEW YORK", "New York")]
    [InlineData("LONDON, UK", "London")]
    public void A_dateline_gives_a_place_per_part_abbreviations_left_to_the_place_before(string dateline, string expected)
    {
        var text = "Title\n" + dateline + "\nBody text.";
        // The tagger's reading of the line (here: an organisation) gives way; mentions elsewhere stay.
        List<Mention> tagged = [new("Title", EntityType.Person, 0, 5, true), new(dateline, EntityType.Organisation, 6, 6 + dateline.Length, true)];

        var mentions = DatelinePlaces.Apply(text, 6, dateline, tagged);

        Assert.Equal("Title", mentions[0].Text);
        var places = mentions.Skip(1).ToList();
        Assert.Equal(expected.Split('|'), places.Select(m => m.Text));
        Assert.All(places, m => Assert.Equal(EntityType.Place, m.Type));
        Assert.All(places, m => Assert.Equal(m.Text, text[m.Start..m.End], ignoreCase: true));
    }
}
