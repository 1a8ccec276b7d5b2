using Digest.Publish;

namespace Digest.Tests.Publish;

public sealed class SearchWordsTests
{
    [Fact]
    public void A_texts_search_words_are_its_distinct_lowercase_words_in_order_of_first_appearance()
    {
        Assert.Equal("the minister said talks in geneva were over so 2024 éire", SearchIndexWriter.Words(
            "The Minister said: talks in Geneva were over. THE minister said so, a 2024 Éire — the talks, Geneva."));
    }

    [Fact]
    public void Single_characters_and_punctuation_are_no_words()
    {
        Assert.Equal("", SearchIndexWriter.Words("a , . I — x!"));
        Assert.Equal("", SearchIndexWriter.Words(""));
    }

    [Fact]
    public void Words_that_share_a_hash_bucket_stay_apart()
    {
        // Many distinct words: equal-looking prefixes and lengths, so the set compares characters, not places.
        var words = Enumerable.Range(0, 5000).Select(i => $"w{i}").ToList();
        var text = string.Join(' ', words.Concat(words).Concat(words.AsEnumerable().Reverse()));
        Assert.Equal(string.Join(' ', words), SearchIndexWriter.Words(text));
    }
}
