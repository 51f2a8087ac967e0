package io.concord.conflicts.votes;

import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.RuleBasedNumberFormat;

/**
 * The split votes a text reports: {@code voted 5-2}, {@code a 6–3 ruling}, {@code the vote was five to two}. A pair of
 * numbers counts as a vote only with a word of voting near it in its sentence, so scores ({@code won 3-1}), ranges
 * ({@code 18-24 years}) and dates stay out. Number words are read by ICU's English spell-out rules.
 */
final class VoteSplits {
    /** A split vote: where it is written, and its two sides, larger first. */
    record Split(int begin, int end, String text, int larger, int smaller) {
        String key() {
            return larger + "-" + smaller;
        }
    }

    private static final Pattern DIGITS = Pattern.compile(
            "(?<![\\d.,/:])(\\d{1,3})(?:\\s?[-–—]\\s?|\\s+(?:votes?\\s+)?to\\s+)(\\d{1,3})(?![\\d/:%]|[.,]\\d|\\s?(?:per|percent|years?))");
    private static final Pattern WORDS = Pattern.compile(
            "(?i)(?<![\\p{L}-])(\\p{L}+(?:-\\p{L}+)?)(?:\\s?[-–—]\\s?|\\s+to\\s+)(\\p{L}+(?:-\\p{L}+)?)(?!\\p{L})");
    /** Words of voting; a split within {@link #REACH} characters of one, in its sentence, is a vote. */
    private static final Set<String> VOTE_WORDS = Set.of("vote", "votes", "voted", "voting", "ballot", "ballots",
            "majority", "ruled", "ruling", "verdict", "split", "tally");
    private static final int REACH = 80;
    /**
     * Verbs of a body's decision ("the bill passed the house 82-64", "parliament approved the budget 210-185"): a
     * split right after one, in its sentence, is the tally, though the word "vote" may be a paragraph away.
     */
    private static final Set<String> PASSAGE_VERBS = Set.of("passed", "approved", "adopted", "rejected", "cleared",
            "endorsed", "ratified", "overturned", "upheld", "carried"); // "the motion carried 64 to 43"
    /** Words a tally may stand after a verb of decision: its subject or object ("the lower house of Parliament"). */
    private static final int PASSAGE_WORDS = 7;
    /**
     * Words that may follow a tally; any other word makes the pair a range of the verb's object ("approved 10-15
     * new licences", "a 9-12 month timeline").
     */
    private static final Set<String> AFTER_A_TALLY = Set.of("after", "in", "on", "at", "late", "early", "with", "and",
            "but", "as", "when", "while", "before", "despite", "vote", "votes", "margin", "majority", "last", "this",
            "yesterday", "today", "for", "against");
    /** Verbs of a match's result, up to three words before a pair of numbers: then the pair is a score. */
    private static final Set<String> SCORE_VERBS = Set.of("won", "win", "wins", "beat", "beats", "lost", "lose", "loses",
            "drew", "draw", "defeated", "trailed", "trail", "led", "leads", "lead", "thrashed", "edged", "scored");
    private static final int SCORE_REACH = 30;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** ICU's English spell-out rules; a formatter is not safe to share, and words are read only near a vote. */
    private static final RuleBasedNumberFormat SPELLOUT = new RuleBasedNumberFormat(Locale.ENGLISH,
            RuleBasedNumberFormat.SPELLOUT);

    private VoteSplits() {}

    /** The split votes in {@code text}, in order; {@code sentences} gives each offset's sentence as {begin, end}. */
    static List<Split> find(String text, SentenceOf sentences) {
        List<Split> out = new ArrayList<>();
        // only around words of voting: most text has none, and a pair of words ("went to Paris") is no vote
        Matcher word = WORD.matcher(text);
        int searchedTo = 0;
        // a tally after a verb of decision may also lie near a word of voting: it is one split, found once
        List<Integer> found = new ArrayList<>();
        while (word.find()) {
            String w = word.group().toLowerCase(Locale.ROOT);
            boolean passage = PASSAGE_VERBS.contains(w);
            if (!passage && !VOTE_WORDS.contains(w)) {
                continue;
            }
            int[] sentence = sentences.of(word.start());
            int from = passage ? word.end() : Math.max(Math.max(sentence[0], word.start() - REACH), searchedTo);
            int to = Math.min(sentence[1], word.end() + REACH);
            if (from < to) {
                for (Pattern p : List.of(DIGITS, WORDS)) {
                    Matcher m = p.matcher(text).region(from, to);
                    while (m.find()) {
                        Split s = found.contains(m.start()) ? null : split(text, m, p == WORDS);
                        if (s != null && (!passage || tallyAfter(text, word.end(), m.start(), m.end()))) {
                            out.add(s);
                            found.add(m.start());
                        }
                    }
                }
                searchedTo = passage ? searchedTo : to;
            }
        }
        out.sort((x, y) -> Integer.compare(x.begin(), y.begin()));
        return out;
    }

    private static Split split(String text, Matcher m, boolean words) {
        Integer a = number(m.group(1));
        Integer b = number(m.group(2));
        if (a == null || b == null || a + b < 2 || a + b > 1000 || words && (a > 100 || b > 100)
                || scoreBefore(text, m.start())) {
            return null; // "won 3-1", "beat them 4-2": a match's score, whatever was voted nearby
        }
        return new Split(m.start(), m.end(), m.group(), Math.max(a, b), Math.min(a, b));
    }

    /**
     * Whether a pair of numbers between {@code verb} and {@code begin}..{@code end} reads as the tally of a decision:
     * within a few words of the verb, and followed by the end of a clause or a word a tally may stand before.
     */
    private static boolean tallyAfter(String text, int verb, int begin, int end) {
        Matcher w = WORD.matcher(text).region(verb, begin);
        int words = 0;
        while (w.find()) {
            words++;
        }
        if (words > PASSAGE_WORDS) {
            return false;
        }
        Matcher next = WORD.matcher(text).region(end, text.length());
        if (!next.find()) {
            return true;
        }
        String between = text.substring(end, next.start());
        return !between.isBlank() || AFTER_A_TALLY.contains(next.group().toLowerCase(Locale.ROOT));
    }

    /** The sentence span around an offset. */
    @FunctionalInterface
    interface SentenceOf {
        int[] of(int offset);
    }

    /** Whether a verb of a match's result ({@code won}, {@code beat them}) stands right before {@code at}. */
    private static boolean scoreBefore(String text, int at) {
        Matcher w = WORD.matcher(text).region(Math.max(0, at - SCORE_REACH), at);
        List<String> before = new ArrayList<>();
        while (w.find()) {
            before.add(w.group().toLowerCase(Locale.ROOT));
        }
        for (int i = before.size() - 1; i >= 0 && i >= before.size() - 3; i--) {
            if (SCORE_VERBS.contains(before.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** A number written in digits or in English words ("five", "twenty-one"), or null. */
    static Integer number(String s) {
        if (s.chars().allMatch(Character::isDigit)) {
            return Integer.valueOf(s);
        }
        ParsePosition at = new ParsePosition(0);
        Number n;
        synchronized (SPELLOUT) {
            n = SPELLOUT.parse(s.toLowerCase(Locale.ROOT), at);
        }
        return n == null || at.getIndex() != s.length() || n.doubleValue() != Math.rint(n.doubleValue()) ? null : n.intValue();
    }
}
