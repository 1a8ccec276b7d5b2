namespace Digest.Dedup;

/// <summary>
/// Thresholds of the dedup stage, read from the <c>dedup:</c> section of <c>input/digest.yml</c>
/// by <see cref="DedupSettingsLoader"/>. Every key is optional; the defaults below are documented
/// with the reason for their value.
/// </summary>
public sealed record DedupSettings
{
    /// <summary>
    /// <c>shingle_size</c>: words per shingle for near-copy detection. Five words is the usual
    /// choice for news: long enough that two different reports rarely share a shingle by chance,
    /// short enough that an edited sentence still keeps most of its shingles. Default 5.
    /// </summary>
    public int ShingleSize { get; init; } = 5;

    /// <summary>
    /// <c>near_copies</c>: whether near copies are looked for at all (<c>false</c>: exact copies
    /// only, e.g. to measure the exact level alone). Default true.
    /// </summary>
    public bool NearCopies { get; init; } = true;

    /// <summary><c>minhash_size</c>: bins of each MinHash signature (bands × rows). Default 126.</summary>
    public int MinHashSize { get; init; } = 126;

    /// <summary>
    /// <c>lsh_bands</c>: bands the signature is cut into. 42 bands of 3 rows make pairs with Jaccard
    /// 0.5 candidates with probability 0.996 and pairs at 0.1 with 0.04 (threshold ≈ 0.29), so cut
    /// copies (half a report: Jaccard ≈ 0.5) are found and verification stays cheap. Default 42.
    /// </summary>
    public int LshBands { get; init; } = 42;

    /// <summary>
    /// <c>near_jaccard</c>: shingle Jaccard similarity at or above which two texts are copies of
    /// one report (the same text with light edits or other furniture). Default 0.7: one edited
    /// word in fifty already removes a tenth of the 5-word shingles, while two reports of one
    /// event written separately share almost none.
    /// </summary>
    public double NearJaccard { get; init; } = 0.7;

    /// <summary>
    /// <c>near_containment</c>: share of the shorter text's shingles found in the longer text at
    /// or above which the shorter is a cut copy (or the longer an extended one). Default 0.8.
    /// </summary>
    public double NearContainment { get; init; } = 0.8;

    /// <summary>
    /// <c>near_min_shingles</c>: containment is only trusted when the shorter text has at least
    /// this many shingles; a two-sentence brief inside a long report is a quote, not a copy. Default 40.
    /// </summary>
    public int NearMinShingles { get; init; } = 40;

    /// <summary>
    /// <c>story_similarity</c>: average-link TF-IDF cosine (headline and
    /// entity words boosted) at or above which two groups of reports are one story. Default 0.2.
    /// </summary>
    public double StorySimilarity { get; init; } = 0.2;

    /// <summary><c>story_days</c>: reports of one story lie at most this many days apart. Default 7 (an event, not a season).</summary>
    public int StoryDays { get; init; } = 7;

    /// <summary>
    /// <c>topic_similarity</c>: cosine of the summed vectors (centroid linkage) at or above which
    /// groups of stories join one topic. Centroids, not all pairs: a topic's stories share a theme
    /// (the people, places and subject of the thread) while each adds its own event, so their
    /// average pairwise similarity falls as a thread grows but their common core does not. Topic
    /// vectors leave out the terms only one report has (<c>TermWeighting.SharedTermVectors</c>),
    /// which raises every cosine a little. Default 0.18: WikiRef220 B-cubed F1 is flat from 0.16
    /// to 0.22 (0.936–0.940 averaged over 40 random 70 % subsets, with <c>topic_attach</c> 0.08;
    /// <c>dotnet run --project bench/Digest.Eval -c Release -- topics-sweep</c>).
    /// </summary>
    public double TopicSimilarity { get; init; } = 0.18;

    /// <summary>
    /// <c>topic_attach</c>: after topics have grown, a report that is still a topic of its own
    /// joins the most similar topic of two reports or more when the centroid cosine reaches this
    /// lower value (0 turns it off). One report against a whole thread is the weakest case of
    /// centroid linkage: a report about one club's match shares the league's words but is mostly
    /// its own players, so it falls below the threshold that keeps two threads apart. Stories of
    /// several reports do not attach: they are events of their own. Default 0.08 (WikiRef220
    /// B-cubed F1 averaged over 40 subsets: 0.925 without, 0.939 with; 0.06–0.12 give 0.936–0.939).
    /// </summary>
    public double TopicAttach { get; init; } = 0.08;

    /// <summary>
    /// <c>topic_days</c>: a topic's stories follow each other with gaps of at most this many days. Default 365:
    /// a topic is a thread such as a head of state's visits or a league's seasons, whose stories can be
    /// months apart (60 days split such threads once ingest found real dates: WikiRef220 B-cubed F1 0.861
    /// at 60, 0.908 at 365).
    /// </summary>
    public int TopicDays { get; init; } = 365;

    /// <summary>
    /// <c>entity_boost</c>: factor on the TF-IDF weight of words that name an entity (from
    /// <see cref="Article.Entities"/>, or capitalised phrases when the entity stage has not run).
    /// One event means the same people, places and organisations; words alone confuse it with
    /// reports of the same kind of event elsewhere. Default 1.5.
    /// </summary>
    public double EntityBoost { get; init; } = 1.5;

    /// <summary>
    /// <c>headline_weight</c>: how many times the headline's words count in a report's vector. The
    /// headline states what happened in a few words; the body adds background that other events
    /// share. Default 3.
    /// </summary>
    public int HeadlineWeight { get; init; } = 3;

    /// <summary>
    /// <c>idf_background</c>: documents of a notional background corpus, containing none of the
    /// words, added to the corpus when computing IDF: idf = ln((n + b) / (df + 1)) + 1. Without it
    /// a small project whose articles are all about one event gives that event's own words the
    /// lowest weight (they are in every article), and its reports look unrelated. With 100,000
    /// articles it changes nothing. Default 200.
    /// </summary>
    public int IdfBackground { get; init; } = 200;

    /// <summary>Rows per LSH band.</summary>
    internal int LshRows => Math.Max(1, MinHashSize / LshBands);
}
