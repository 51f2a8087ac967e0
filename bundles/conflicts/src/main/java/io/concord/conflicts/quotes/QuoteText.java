package io.concord.conflicts.quotes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.concord.api.text.WordDiff;
import io.concord.conflicts.text.Synonyms;
import io.concord.conflicts.text.Tokens;

/**
 * The words of a quotation, and how two quotations relate: the same words, excerpts of one statement,
 * or a rewording (with the word diff that shows it).
 */
public final class QuoteText {
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "nothing", "none", "nobody", "neither",
            "nor", "cannot", "without");

    /** How two versions of a quote relate. */
    public enum Relation {
        /** The same words. */
        SAME,
        /** One is a part of the other, or both are parts of one longer statement. */
        EXCERPT,
        /** Words replaced by others in the same places (synonyms, other wording). */
        REWORDED,
        /** One version has words inside it that the other lacks (extended or cut in the middle). */
        EXTENDED,
        /** Few words in common: a paraphrase presented as a quote. */
        PARAPHRASE
    }

    private final String text;
    private final List<String> words;
    private final List<Synonyms.Concept> concepts;
    private final List<Synonyms.Concept> content;

    private final Synonyms synonyms;
    /**
     * The runs of words between the marks of an edited quotation, an ellipsis ({@code ...}, {@code …}) where
     * words were left out or brackets ({@code [the council]}) where words were put in their place; empty when
     * the quotation has no such mark.
     */
    private final List<List<String>> runs;

    /** An ellipsis, or words in square brackets: the writer's edit of a quotation, not the speaker's words. */
    private static final Pattern EDIT = Pattern.compile("\\.\\s*\\.\\s*\\.|…|\\[[^\\]]*\\]");

    /** The words of {@code text}, read as meanings as {@code synonyms} says. */
    public QuoteText(String text, Synonyms synonyms) {
        this.text = text;
        this.synonyms = synonyms;
        this.words = Tokens.words(text);
        this.runs = runs(text);
        this.concepts = synonyms.concepts(Tokens.of(text));
        // distinct words: "serious serious" is one word said twice, not two words in common
        List<Synonyms.Concept> c = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Synonyms.Concept k : concepts) {
            if (!k.stop() && seen.add(k.key())) {
                c.add(k);
            }
        }
        this.content = c.isEmpty() ? concepts : c;
    }

    public String text() {
        return text;
    }

    private static List<List<String>> runs(String text) {
        Matcher m = EDIT.matcher(text);
        if (!m.find()) {
            return List.of();
        }
        List<List<String>> out = new ArrayList<>();
        int from = 0;
        do {
            addRun(out, text.substring(from, m.start()));
            from = m.end();
        } while (m.find());
        addRun(out, text.substring(from));
        return out;
    }

    private static void addRun(List<List<String>> runs, String piece) {
        List<String> w = Tokens.words(piece);
        if (!w.isEmpty()) {
            runs.add(w);
        }
    }

    /**
     * Whether this edited quotation's runs of words all occur in {@code other}'s words, whole and in order: the
     * writer cut or bracketed words of the same statement.
     */
    private boolean editedFrom(QuoteText other) {
        if (runs.isEmpty() || runs.stream().mapToInt(List::size).sum() < 2) {
            return false;
        }
        int at = 0;
        for (List<String> run : runs) {
            int found = Collections.indexOfSubList(other.words.subList(at, other.words.size()), run);
            if (found < 0) {
                return false;
            }
            at += found + run.size();
        }
        return true;
    }

    public List<String> words() {
        return words;
    }

    public List<Synonyms.Concept> content() {
        return content;
    }

    /** Share of this quote's content words (or phrases) that the other says too, allowing synonyms. */
    public double coveredBy(QuoteText other) {
        if (content.isEmpty()) {
            return 0;
        }
        int hit = 0;
        for (Synonyms.Concept c : content) {
            for (Synonyms.Concept o : other.content) {
                if (c.matches(o)) {
                    hit++;
                    break;
                }
            }
        }
        return (double) hit / content.size();
    }

    /** Coverage of the shorter quote by the longer: 1 when every word of the shorter has a counterpart. */
    public static double coverage(QuoteText a, QuoteText b) {
        return a.content.size() <= b.content.size() ? a.coveredBy(b) : b.coveredBy(a);
    }

    public WordDiff diff(QuoteText other) {
        return WordDiff.of(words, other.words);
    }

    public static Relation relation(QuoteText a, QuoteText b) {
        WordDiff d = a.diff(b);
        if (d.identical()) {
            return Relation.SAME;
        }
        int shorter = Math.min(a.words.size(), b.words.size());
        if (d.excerpts(Math.min(2, Math.max(1, shorter))) && !chanceOverlap(d, shorter) || a.editedFrom(b)
                || b.editedFrom(a)) {
            return Relation.EXCERPT;
        }
        if (d.commonWords() * 2 < shorter) {
            return Relation.PARAPHRASE;
        }
        List<WordDiff.Edit> edits = d.edits();
        for (int i = 1; i < edits.size() - 1; i++) {
            WordDiff.Op op = edits.get(i).op();
            if (op == WordDiff.Op.INSERT || op == WordDiff.Op.DELETE) {
                return Relation.EXTENDED;
            }
        }
        return Relation.REWORDED;
    }

    /** Shortest share of the shorter version that two overlapping excerpts must have in common. */
    private static final int OVERLAP_SHARE = 3;

    /**
     * Whether two versions only overlap, each running on where the other stops, in a run of words too short for the
     * shorter to be one statement with the other ("... even without the wind" / "the wind off the sea broke
     * everyone"): two excerpts of one statement ("we will rebuild every school" / "every school and every
     * hospital") share a good part of it.
     */
    private static boolean chanceOverlap(WordDiff d, int shorter) {
        List<WordDiff.Edit> edits = d.edits();
        WordDiff.Op first = edits.get(0).op();
        WordDiff.Op last = edits.get(edits.size() - 1).op();
        boolean overlap = first != WordDiff.Op.EQUAL && last != WordDiff.Op.EQUAL && first != last;
        return overlap && OVERLAP_SHARE * d.commonWords() < shorter;
    }

    /** Whether one version negates what the other does not. */
    public static boolean negationDiffers(QuoteText a, QuoteText b) {
        return negations(a.words) != negations(b.words);
    }

    /**
     * Whether one version is the other with a negation cut off right before the shared words
     * ("support the bill" from "not support the bill").
     */
    public static boolean negationCutOff(QuoteText a, QuoteText b) {
        List<WordDiff.Edit> edits = a.diff(b).edits();
        if (edits.size() < 2 || edits.get(0).op() == WordDiff.Op.EQUAL) {
            return false;
        }
        WordDiff.Edit lead = edits.get(0);
        List<String> cut = lead.a().isEmpty() ? lead.b() : lead.a();
        return negations(cut.subList(Math.max(0, cut.size() - 3), cut.size())) > 0;
    }

    private static int negations(List<String> words) {
        int n = 0;
        for (String w : words) {
            if (NEGATIONS.contains(w)) {
                n++;
            }
        }
        return n;
    }

    /**
     * Whether every replaced word of the diff has a synonym on the other side: a rewording that keeps the
     * meaning (a misquote all the same, but a mild one).
     */
    public static boolean synonymsOnly(QuoteText a, QuoteText b) {
        for (WordDiff.Edit e : a.diff(b).edits()) {
            if (e.op() == WordDiff.Op.EQUAL) {
                continue;
            }
            if (e.op() != WordDiff.Op.REPLACE) {
                return false;
            }
            QuoteText x = new QuoteText(String.join(" ", e.a()), a.synonyms);
            QuoteText y = new QuoteText(String.join(" ", e.b()), a.synonyms);
            if (x.coveredBy(y) < 1 || y.coveredBy(x) < 1) {
                return false;
            }
        }
        return true;
    }
}
