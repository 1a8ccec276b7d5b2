namespace Digest.Train;

/// <summary>One sentence of CoNLL-2003: words and their labels, converted from IOB1 to BIO.</summary>
public sealed record ConllSentence(string[] Words, string[] Tags);

/// <summary>One document (between -DOCSTART- lines) of CoNLL-2003.</summary>
public sealed record ConllDocument(IReadOnlyList<ConllSentence> Sentences)
{
    /// <summary>The gold names of the document: (text, type) per mention, in order.</summary>
    public IEnumerable<(string Text, string Type)> Names()
    {
        foreach (var sentence in Sentences)
        {
            for (var i = 0; i < sentence.Words.Length; i++)
            {
                if (!sentence.Tags[i].StartsWith("B-", StringComparison.Ordinal))
                {
                    continue;
                }

                var type = sentence.Tags[i][2..];
                var end = i + 1;
                while (end < sentence.Words.Length && sentence.Tags[end] == "I-" + type)
                {
                    end++;
                }

                yield return (string.Join(' ', sentence.Words[i..end]), type);
            }
        }
    }
}

/// <summary>Reads the CoNLL-2003 files of ../shared/eval/conll2003 (word POS chunk NER per line).</summary>
public static class ConllCorpus
{
    public static List<ConllDocument> Read(string path)
    {
        var documents = new List<ConllDocument>();
        var sentences = new List<ConllSentence>();
        var words = new List<string>();
        var tags = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                Flush(words, tags, sentences);
                if (sentences.Count > 0)
                {
                    documents.Add(new ConllDocument([.. sentences]));
                    sentences.Clear();
                }

                continue;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                Flush(words, tags, sentences);
                continue;
            }

            var parts = line.Split(' ');
            words.Add(parts[0]);
            tags.Add(parts[^1]);
        }

        Flush(words, tags, sentences);
        if (sentences.Count > 0)
        {
            documents.Add(new ConllDocument([.. sentences]));
        }

        return documents;
    }

    // IOB1 marks B- only between two adjacent names of one type; BIO marks every start.
    private static void Flush(List<string> words, List<string> tags, List<ConllSentence> sentences)
    {
        if (words.Count == 0)
        {
            return;
        }

        var bio = new string[tags.Count];
        for (var i = 0; i < tags.Count; i++)
        {
            var tag = tags[i];
            if (tag == "O")
            {
                bio[i] = "O";
                continue;
            }

            var type = tag[2..];
            var continues = i > 0 && tags[i - 1] != "O" && tags[i - 1][2..] == type && tag[0] == 'I';
            bio[i] = (continues ? "I-" : "B-") + type;
        }

        sentences.Add(new ConllSentence([.. words], bio));
        words.Clear();
        tags.Clear();
    }
}
