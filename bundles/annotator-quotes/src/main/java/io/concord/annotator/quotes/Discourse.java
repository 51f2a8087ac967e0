package io.concord.annotator.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.concord.api.text.Segmentation;

/**
 * One document as the attribution rules see it: the tokens outside quotations (each quotation one token),
 * sentences, and the mentions that can speak. Built in a few linear passes: {@link DiscourseTokenizer} reads
 * tokens and sentences, then each finder claims the tokens no earlier one explained (given persons, bodies,
 * countries, pronouns and titles, capitalised names) and {@link NameCanonicaliser} settles the names.
 */
final class Discourse {
    private static final Lexicon LEX = Lexicon.INSTANCE;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    final String text;
    final List<QuotedSpan> quotes;
    final List<Token> tokens = new ArrayList<>();
    /** Token index of each quotation's QUOTE token. */
    final int[] quoteToken;
    final List<Integer> sentenceStarts = new ArrayList<>();
    final Mention[] mentionAt;
    final List<Mention> mentions = new ArrayList<>();
    /** Lower-cased words written capitalised inside a sentence, not only at its start. */
    final Set<String> capitalisedMidSentence = new HashSet<>();
    /** The opening dateline's first token ("KRAKOW, Poland —"), after any headline and byline lines. */
    final int datelineStart;
    /** Index of the first token after the opening dateline, 0 without one. */
    final int datelineEnd;

    Discourse(Segmentation segmentation, List<QuotedSpan> quotes, List<PersonMention> persons) {
        this.text = segmentation.text();
        this.quotes = quotes;
        this.quoteToken = new int[quotes.size()];
        new DiscourseTokenizer(this).read(segmentation);
        int[] dateline = datelineTokens(segmentation.dateline());
        this.datelineStart = dateline[0];
        this.datelineEnd = dateline[1];
        splitAfterDateline();
        this.mentionAt = new Mention[tokens.size()];
        // the order matters: a finder only claims tokens no earlier finder explained
        new GivenPersonFinder(this, persons).find();
        new BodyFinder(this).find();
        new CountryFinder(this).find();
        new PronounTitleFinder(this).find();
        new NameFinder(this).find();
        dropDateline();
        new NameCanonicaliser(this).canonicalise();
        new AcronymNames(this).expand();
    }

    // ---- tokens, sentences and words ----

    int sentenceStart(int tokenIndex) {
        return sentenceStarts.get(tokens.get(tokenIndex).sentence);
    }

    /** Exclusive end of the sentence holding the token. */
    int sentenceEnd(int tokenIndex) {
        int s = tokens.get(tokenIndex).sentence;
        return s + 1 < sentenceStarts.size() ? sentenceStarts.get(s + 1) : tokens.size();
    }

    int sentenceStartOf(int sentence) {
        return sentenceStarts.get(sentence);
    }

    int sentenceEndOf(int sentence) {
        return sentence + 1 < sentenceStarts.size() ? sentenceStarts.get(sentence + 1) : tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    int size() {
        return tokens.size();
    }

    Mention endingAt(int i) {
        Mention m = i >= 0 && i < mentionAt.length ? mentionAt[i] : null;
        return m != null && m.last == i ? m : null;
    }

    Mention startingAt(int i) {
        Mention m = i >= 0 && i < mentionAt.length ? mentionAt[i] : null;
        return m != null && m.first == i ? m : null;
    }

    /** Sentence-initial capitalised word that never appears capitalised inside a sentence. */
    boolean isCommonWord(Token t) {
        return !capitalisedMidSentence.contains(t.lower) && !LEX.countries.containsKey(t.lower)
                && !LEX.demonyms.contains(t.lower);
    }

    /** Whether a reporting verb follows token {@code i}, past auxiliaries and adverbs ("Smith has said"). */
    boolean nextIsReportingVerb(int i) {
        int k = i + 1;
        while (k < tokens.size() && tokens.get(k).isWord() && LEX.VERB_FILLERS.contains(tokens.get(k).lower)) {
            k++;
        }
        return k < tokens.size() && tokens.get(k).isWord() && LEX.isReportingVerb(tokens.get(k).lower);
    }

    /** Text of a span with any run of white space (a line break inside a name) as one space. */
    String spanText(int b, int e) {
        return spaced(text.substring(b, e));
    }

    static String spaced(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i)) && (s.charAt(i) != ' ' || i + 1 < s.length()
                    && Character.isWhitespace(s.charAt(i + 1)))) {
                return SPACES.matcher(s).replaceAll(" ");
            }
        }
        return s;
    }

    // ---- mentions ----

    void put(Mention m) {
        for (int i = m.first; i <= m.last; i++) {
            mentionAt[i] = m;
        }
        mentions.add(m);
    }

    /**
     * The tokens of the dateline ({begin, end), end the token after its dash), {0, 0} without one: the city and
     * agency of "KRAKOW, Poland —" are no speaker, and the first sentence starts after them.
     */
    private int[] datelineTokens(int[] span) {
        if (span == null) {
            return new int[] {0, 0};
        }
        int start = -1;
        int end = tokens.size();
        for (int i = 0; i < tokens.size(); i++) {
            if (start < 0 && tokens.get(i).begin >= span[0]) {
                start = i;
            }
            if (tokens.get(i).begin >= span[1]) {
                end = i;
                break;
            }
        }
        return start < 0 || end <= start ? new int[] {0, 0} : new int[] {start, end};
    }

    /** The first sentence starts after the dateline, so that its first word reads as a sentence opener. */
    private void splitAfterDateline() {
        if (datelineEnd <= 0 || datelineEnd >= tokens.size()
                || tokens.get(datelineEnd).sentence != tokens.get(datelineStart).sentence) {
            return;
        }
        sentenceStarts.add(tokens.get(datelineStart).sentence + 1, datelineEnd);
        for (int i = datelineEnd; i < tokens.size(); i++) {
            tokens.get(i).sentence++;
        }
        // the opener was read as capitalised inside a sentence; it counts so only if written so elsewhere
        String opener = tokens.get(datelineEnd).lower;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (i != datelineEnd && t.capitalised && t.lower.equals(opener) && sentenceStart(i) != i && i >= datelineEnd) {
                return;
            }
        }
        capitalisedMidSentence.remove(opener);
    }

    /** The dateline's city and agency ("KRAKOW, Poland —") name no speaker. */
    private void dropDateline() {
        for (int i = datelineStart; i < datelineEnd; i++) {
            if (mentionAt[i] != null) {
                mentions.remove(mentionAt[i]);
                mentionAt[i] = null;
            }
        }
    }

    boolean free(int from, int to) {
        for (int i = from; i <= to; i++) {
            if (mentionAt[i] != null || tokens.get(i).kind == Token.Kind.QUOTE) {
                return false;
            }
        }
        return true;
    }
}
