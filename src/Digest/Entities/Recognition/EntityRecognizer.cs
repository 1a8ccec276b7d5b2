namespace Digest.Entities.Recognition;

/// <summary>
/// Finds the names in a text. No NER or NLP package can be restored on the machines that build
/// Digest (Catalyst and the others are absent from the registry), so recognition is written here:
/// an averaged perceptron trained on CoNLL-2003 (bench/Digest.Train) tags each sentence,
/// <see cref="TagRepairs"/> mend what it does not know (Arabic connectors), <see cref="MentionRules"/>
/// tidy the spans, <see cref="HeadlineNames"/> reads headlines with the body's names, and <see cref="WorkTitles"/>
/// types the titles of films, records and books, and <see cref="PrizeNames"/> the prizes that share a given name.
/// </summary>
internal static class EntityRecognizer
{
    /// <summary>The longest name recognition reports, in characters.</summary>
    public const int MaxNameLength = 120;

    /// <summary>The names of a text whose lines are a title and paragraphs, in order of appearance.</summary>
    /// <param name="text">The text.</param>
    /// <param name="catalog">Known names: a cue for the tagger and a correction of its extents.</param>
    public static List<Mention> Recognize(string text, EntityCatalog? catalog = null) => Recognize(text, EntityModel.Shared, catalog ?? EntityCatalog.Shipped);

    /// <summary>As <see cref="Recognize(string, EntityCatalog)"/> with a given model.</summary>
    public static List<Mention> Recognize(string text, TaggerModel model, EntityCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokenizer.Tokenize(text);
        var sentences = Sentences(tokens);
        var words = new List<IReadOnlyList<string>>(sentences.Count);
        var headline = new bool[sentences.Count];
        var titleLine = TitleLine(text);
        var titleLines = new Dictionary<int, bool>();
        for (var s = 0; s < sentences.Count; s++)
        {
            var (start, end) = sentences[s];
            var sentence = new string[end - start];
            for (var i = start; i < end; i++)
            {
                sentence[i - start] = WordShapes.Plain(tokens[i].Text);
            }

            // A title in headline case ("Syria Army Liberates More Areas") reads to the model as the
            // all-caps headlines it learnt from, where capitals say nothing about names. Only the title
            // (and a body line repeating it): a body line of names ("Romania - Cosmin Contra") is not one.
            // So is a subheading in headline case, which capitalises its small words ("Stadia Controller Is Only
            // Necessary For Playing On A TV"), where names never do.
            if ((IsTitle(text, tokens[start], titleLine, titleLines) || WordShapes.CapitalisesSmallWords(sentence)) && WordShapes.IsTitleCase(sentence))
            {
                for (var i = 0; i < sentence.Length; i++)
                {
                    sentence[i] = sentence[i].ToUpperInvariant();
                }
            }

            headline[s] = WordShapes.IsHeadline(sentence);
            words.Add(sentence);
        }

        var evidence = new DocumentEvidence(words);
        var mentions = new List<Mention>();
        for (var s = 0; s < sentences.Count; s++)
        {
            var tags = SequenceTagger.Tag(words[s], evidence, model, catalog?.Matcher);
            TagRepairs.BridgeConnectors(words[s], tags);
            var first = mentions.Count;
            AddMentions(text, tokens, sentences[s].Start, tags, headline[s], mentions);
            MentionRules.JoinSplitNames(text, mentions, first, catalog is null ? null : catalog.IsKnownExactly);
        }

        // A lone capitalised word opening a sentence that the text also writes in lower case, and never capitalised
        // inside a sentence, is a common word ("Kids love it …" | "… the kids"), unless the catalog knows it; so is
        // one anywhere that the text writes in lower case more often ("the Budget" | "budget", "budget").
        var sentenceStarts = sentences.Select(s => s.Start).ToHashSet();
        mentions.RemoveAll(m => IsCommonWord(m, tokens, sentenceStarts, evidence, catalog));
        AcronymExtents.Apply(text, tokens, mentions);
        mentions = HeadlineNames.Apply(text, tokens, sentences, headline, mentions);

        // A lone headline word that the body writes in lower case is a common word in capitals ("UNDER-21" | "under-21").
        mentions.RemoveAll(m => m.InHeadline && !m.Text.Contains(' ', StringComparison.Ordinal) && evidence.IsMostlyLower(m.Text) && catalog?.IsKnownExactly(m.Text) != true);
        if (catalog is not null)
        {
            KnownExtents.Apply(text, tokens, mentions, catalog.IsKnownExactly);
        }

        WorkTitles.Apply(tokens, mentions);
        PrizeNames.Apply(tokens, mentions);

        // No name runs to hundreds of characters ("United Nations Educational, Scientific and Cultural Organization" is
        // 64): a span that long is a code, an address or a slip of the keyboard, and would swell every list it is in.
        mentions.RemoveAll(m => m.Text.Length > MaxNameLength);
        return mentions;
    }

    private static bool IsCommonWord(Mention mention, List<Token> tokens, HashSet<int> sentenceStarts, DocumentEvidence evidence, EntityCatalog? catalog)
    {
        if (mention.InHeadline || mention.Text.Contains(' ', StringComparison.Ordinal) || catalog?.IsKnownExactly(mention.Text) == true)
        {
            return false;
        }

        if (evidence.IsMostlyLower(mention.Text))
        {
            return true;
        }

        var index = Tokenizer.IndexAt(tokens, mention.Start);
        return evidence.Of(mention.Text) == 1 && index >= 0 && sentenceStarts.Contains(index);
    }

    private static string TitleLine(string text)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        return (end < 0 ? text : text[..end]).Trim();
    }

    // Whether the sentence starting at first is on the title line, or on a line that repeats it. Each line is looked at
    // once (known): a search for the line's ends from every sentence of a paragraph took the square of its length (one
    // paragraph of 100,000 sentences, 8 MB: 26 s).
    private static bool IsTitle(string text, Token first, string titleLine, Dictionary<int, bool> known)
    {
        if (first.Line == 0)
        {
            return true;
        }

        if (titleLine.Length == 0)
        {
            return false;
        }

        if (!known.TryGetValue(first.Line, out var repeats))
        {
            var lineStart = text.LastIndexOf('\n', first.Start) + 1;
            var lineEnd = text.IndexOf('\n', first.Start);
            repeats = text.AsSpan(lineStart, (lineEnd < 0 ? text.Length : lineEnd) - lineStart).Trim().SequenceEqual(titleLine);
            known[first.Line] = repeats;
        }

        return repeats;
    }

    private static void AddMentions(string text, List<Token> tokens, int offset, int[] tags, bool headline, List<Mention> into)
    {
        for (var i = 0; i < tags.Length; i++)
        {
            if (tags[i] == NerTags.Outside)
            {
                continue;
            }

            var begin = NerTags.BeginOf(tags[i]);
            var end = i + 1;
            while (end < tags.Length && tags[end] == begin + 1)
            {
                end++;
            }

            // "The" opening a sentence is the sentence's, not the name's ("The Syrian army …"); so are "Those", "Enter", ….
            var spanStart = i == 0 && end > 1 && MentionRules.OpensSentenceOnly(tokens[offset].Text) ? offset + 1 : offset + i;
            foreach (var (first, last, type) in MentionRules.Apply(tokens, spanStart, offset + end, NerTags.TypeOf(tags[i])))
            {
                var from = MentionRules.StartWithoutPrefix(tokens[first]);
                var to = MentionRules.EndWithoutCompound(tokens[last - 1]);
                var name = text[from..to];
                if (MentionRules.IsName(name) && !MentionRules.IsInAddress(text, from, to))
                {
                    // An all-caps name opening a body line is a dateline ("BEIRUT (AP) —"): a poor display form too.
                    var capitalsOnly = headline || (first == offset && !name.Any(char.IsLower) && name.Count(char.IsLetter) >= 5);
                    into.Add(new Mention(name, type, from, to, capitalsOnly));
                }
            }

            i = end - 1;
        }
    }

    // Sentences end at a line break or after . ? ! (a period that belongs to an abbreviation stays
    // inside its token, so it does not end one).
    internal static List<(int Start, int End)> Sentences(List<Token> tokens)
    {
        var sentences = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var ends = tokens[i].Text is "." or "?" or "!";
            var lineBreak = i + 1 < tokens.Count && tokens[i + 1].Line != tokens[i].Line;
            if (ends || lineBreak || i + 1 == tokens.Count)
            {
                sentences.Add((start, i + 1));
                start = i + 1;
            }
        }

        return sentences;
    }
}
