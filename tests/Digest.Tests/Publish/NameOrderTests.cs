using Digest.Publish;

namespace Digest.Tests.Publish;

public sealed class NameOrderTests
{
    [Fact]
    public void Names_go_A_to_Z_by_their_letters_with_accents_and_case_not_counting()
    {
        string[] names = ["Zürich", "Émile", "apple", "Łódź", "Berlin", "123 Group", "émile", "Lyon", "Zaragoza"];

        Assert.Equal(["123 Group", "apple", "Berlin", "Émile", "émile", "Łódź", "Lyon", "Zaragoza", "Zürich"], names.AToZ(n => n));
    }

    [Fact]
    public void A_name_is_listed_under_its_first_letter_without_its_accent()
    {
        string[] names = ["émile", "Łódź", "Zürich", "apple", "123", "", "Жуков"];

        Assert.Equal(["E", "L", "Z", "A", "#", "#", "Ж"], names.Select(NameOrder.InitialOf));
    }

    [Fact]
    public void Names_ordered_first_by_something_else_go_A_to_Z_within_it()
    {
        (bool Last, string Name)[] terms = [(true, "Aardvark"), (false, "Ölund"), (false, "Nile")];

        Assert.Equal(["Nile", "Ölund", "Aardvark"], terms.OrderBy(t => t.Last).ThenAToZ(t => t.Name).Select(t => t.Name));
    }
}
