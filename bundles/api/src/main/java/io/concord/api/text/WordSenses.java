package io.concord.api.text;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * What words can mean, from a lexical resource: the senses of a word or of a fixed expression of several
 * words ({@code call for}, {@code more or less}), so that two wordings of one statement can be compared by
 * meaning. Two expressions that share a sense are synonyms in that sense. Registered as an OSGi service by
 * the WordNet bundle; consumers must work without one (comparing words as written). Implementations are
 * thread-safe.
 *
 * @since 1.2
 */
@ConsumerType
public interface WordSenses {
    /**
     * The senses of {@code expression} (lower case, words separated by one space; inflected forms are
     * resolved, {@code said} is {@code say}), the most common first, at most {@code limit} for each part of
     * speech. Equal ids are one sense; an adjective that is a near-synonym of another ({@code earnest} of
     * {@code serious}) shares its sense. Empty when the resource does not know the expression.
     */
    int[] senses(String expression, int limit);

    /**
     * A cheap test that rules out most pairs of words that cannot begin a fixed expression of the resource
     * (lower case; the first word may be inflected: {@code kicked off}), so that {@link #senses} is asked
     * about expressions only where one may start.
     */
    boolean mayBeginExpression(String first, String second);

    /** The most words a fixed expression of the resource has. */
    int longestExpression();

    /**
     * The broader senses of a noun sense, up to {@code levels} steps up the resource's hierarchy ({@code
     * house} is a kind of {@code dwelling}; {@code miner} of {@code labourer}, a kind of {@code worker}), so
     * that a count of one kind of thing can be set against a count of the kind it belongs to. Empty for other
     * parts of speech and where the resource has no hierarchy.
     *
     * @since 1.5
     */
    default int[] broader(int sense, int levels) {
        return new int[0];
    }

    /**
     * Whether {@code sense} is a verb's ({@code sank}, {@code approved}), so that the verb an event hangs on can be
     * told from a noun of the same spelling. False where the resource does not say.
     *
     * @since 1.6
     */
    default boolean isVerb(int sense) {
        return false;
    }
}
