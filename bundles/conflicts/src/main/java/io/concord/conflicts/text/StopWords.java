package io.concord.conflicts.text;

import java.util.Set;

/** English function words: they carry the shape of a sentence, not what it is about. */
public final class StopWords {
    private static final Set<String> WORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "if", "then", "than", "that", "this", "these",
            "those", "there", "here", "of", "in", "on", "at", "by", "for", "from", "to", "into", "onto", "with",
            "within", "without", "about", "above", "below", "over", "under", "after", "before", "between", "among",
            "through", "during", "against", "as", "per", "via", "up", "down", "out", "off", "again", "further",
            "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "done", "doing", "have",
            "has", "had", "having", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
            "i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours", "he", "him", "his", "she",
            "her", "hers", "it", "its", "they", "them", "their", "theirs", "who", "whom", "whose", "which", "what",
            "when", "where", "why", "how", "all", "any", "both", "each", "few", "more", "most", "other", "some",
            "such", "no", "not", "only", "own", "same", "too", "very", "just", "also", "even", "still", "now",
            "while", "because", "until", "although", "though", "whether", "since", "unless", "once", "either",
            "neither", "another", "much", "many", "every", "one", "ones", "said", "says", "say", "saying", "told",
            "mr", "mrs", "ms", "dr", "s", "t");

    private StopWords() {}

    public static boolean contains(String normalizedWord) {
        return WORDS.contains(normalizedWord);
    }
}
