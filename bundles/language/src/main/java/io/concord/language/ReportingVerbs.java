package io.concord.language;

import java.util.Set;

/**
 * Verbs that report speech or writing. Two tiers: every form that can cue a quotation (332 forms, for
 * finding quotes and their speakers), and the commonest verbs of speech, strong enough that a capitalised
 * word before them is a person who speaks.
 */
public final class ReportingVerbs {
    private static final Set<String> ALL = WordList.set("reporting-verbs.txt");
    private static final Set<String> SPEECH = WordList.set("speech-verbs.txt");

    private ReportingVerbs() {}

    /** Any form of a verb that reports speech or writing ({@code say}, {@code saying}, {@code warned}), lower case. */
    public static boolean isReportingVerb(String lower) {
        return ALL.contains(lower);
    }

    /** One of the commonest verbs of speech in the past or present tense ({@code said}, {@code tells}), lower case. */
    public static boolean isSpeechVerb(String lower) {
        return SPEECH.contains(lower);
    }
}
