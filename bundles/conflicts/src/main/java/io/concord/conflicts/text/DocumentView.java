package io.concord.conflicts.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import io.concord.api.model.AnnotationRecord;
import io.concord.api.model.DocumentRecord;
import io.concord.api.text.Segmentation;

/**
 * A document prepared for comparison, built once per rule call: its words, sentences, word meanings
 * (synonym groups) and where people and places are mentioned. Gives the context of any span as a {@link Bag}.
 */
public final class DocumentView {
    public static final String PERSON = "p:";
    public static final String PLACE = "l:";
    /** The most words a headline takes. */
    private static final int HEADLINE_WORDS = 25;

    private final DocumentRecord record;
    private final List<Token> tokens;
    private final int[] tokenStarts;
    /** The words' meanings, read when a rule first asks: the story clusterer needs only the words. */
    private final Meanings meanings;
    private final Segmentation sentences;
    private final Synonyms synonyms;
    private final List<Entity> entities = new ArrayList<>();

    /** A person or place mention with its comparison key ({@code p:surname}, {@code l:place}). */
    public record Entity(int begin, int end, String feature, AnnotationRecord record) {}

    /** The view of {@code record}, whose text {@code segmentation} segments, its words read as {@code synonyms} says. */
    public DocumentView(DocumentRecord record, Segmentation segmentation, Synonyms synonyms) {
        this.record = record;
        this.tokens = Tokens.of(segmentation);
        this.tokenStarts = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            tokenStarts[i] = tokens.get(i).begin();
        }
        this.synonyms = synonyms;
        this.meanings = new Meanings(tokens, synonyms);
        this.sentences = segmentation;
        addEntities(record);
    }

    /**
     * The view of {@code record}, whose text is that of {@code sameText}: the words, meanings and sentences are
     * shared (syndicated copies repeat whole texts), the people and places are the record's own.
     */
    DocumentView(DocumentRecord record, DocumentView sameText) {
        this.record = record;
        this.tokens = sameText.tokens;
        this.tokenStarts = sameText.tokenStarts;
        this.synonyms = sameText.synonyms;
        this.meanings = sameText.meanings;
        this.sentences = sameText.sentences;
        addEntities(record);
    }

    private void addEntities(DocumentRecord record) {
        for (AnnotationRecord a : record.annotations()) {
            String feature = entityFeature(a);
            if (feature != null) {
                entities.add(new Entity(a.begin(), a.end(), feature, a));
            }
        }
    }

    /** Whether {@code [begin, end)} lies in the story's dateline ("LEEDS, July 22 -"): where and when it was filed. */
    public boolean inDateline(int begin, int end) {
        int[] d = sentences.dateline();
        return d != null && begin >= d[0] && end <= d[1];
    }

    /**
     * Whether {@code offset} lies above the story's text: before its dateline (a headline, a byline, a kicker),
     * or, without a dateline, in a first paragraph that is a headline: short, not ended as a sentence is, and
     * followed by more.
     */
    public boolean aboveStory(int offset) {
        int[] d = sentences.dateline();
        if (d != null) {
            return offset < d[0];
        }
        List<int[]> paragraphs = sentences.paragraphs();
        if (paragraphs.size() < 2 || offset < paragraphs.get(0)[0] || offset >= paragraphs.get(0)[1]) {
            return false;
        }
        String line = text().substring(paragraphs.get(0)[0], paragraphs.get(0)[1]).strip();
        return !line.isEmpty() && ".!?:;\"”’'".indexOf(line.charAt(line.length() - 1)) < 0
                && line.split("\\s+").length <= HEADLINE_WORDS;
    }

    /** The dateline as {begin, end} in characters, or null when the story has none. */
    public int[] dateline() {
        int[] d = sentences.dateline();
        return d == null ? null : d.clone();
    }

    /** The context key of a person ({@code p:} + surname) or place ({@code l:} + canonical name), else null. */
    public static String entityFeature(AnnotationRecord a) {
        if ("person".equals(a.type())) {
            String name = a.string("canonical") != null ? a.string("canonical") : a.text();
            String s = Names.surname(name);
            return s == null ? null : PERSON + s;
        }
        if ("place".equals(a.type())) {
            String name = a.string("canonical") != null ? a.string("canonical") : a.text();
            return PLACE + String.join(" ", Names.words(name));
        }
        return null;
    }

    public String id() {
        return record.id();
    }

    public String text() {
        return record.text();
    }

    public List<Token> tokens() {
        return tokens;
    }

    public List<Entity> entities() {
        return entities;
    }

    /** Index of the first token that begins at or after {@code offset}. */
    public int tokenAt(int offset) {
        int i = Arrays.binarySearch(tokenStarts, offset);
        return i >= 0 ? i : -i - 1;
    }

    /** Tokens inside {@code [begin, end)}. */
    public List<Token> tokens(int begin, int end) {
        int from = tokenAt(begin);
        int to = from;
        while (to < tokens.size() && tokens.get(to).end() <= end) {
            to++;
        }
        return tokens.subList(from, to);
    }

    /**
     * The first token, in text order, within {@code before} tokens ahead of an annotation and {@code after}
     * tokens past it and inside its sentence, that matches; the annotation's own tokens count only when
     * {@code withinSpan}. Null if there is none. This is how rules read the words around a claim.
     */
    public Token tokenNear(AnnotationRecord a, int before, int after, boolean withinSpan, Predicate<Token> match) {
        int[] sentence = sentenceSpan(a.begin(), a.end());
        List<Token> all = tokens();
        int first = tokenAt(a.begin());
        int last = tokenAt(a.end());
        for (int t = Math.max(0, first - before); t < Math.min(all.size(), last + after); t++) {
            if (!withinSpan && t >= first && t < last) {
                continue;
            }
            Token tok = all.get(t);
            if (tok.begin() >= sentence[0] && tok.end() <= sentence[1] && match.test(tok)) {
                return tok;
            }
        }
        return null;
    }

    /** Begin of the sentence holding {@code begin} and end of the sentence holding {@code end - 1}. */
    public int[] sentenceSpan(int begin, int end) {
        int first = Math.max(0, sentences.sentenceAtOrBefore(begin));
        int last = Math.max(first, sentences.sentenceAtOrBefore(Math.max(begin, end - 1)));
        if (sentences.sentenceCount() == 0) {
            return new int[] {0, text().length()};
        }
        return new int[] {sentences.sentenceBegin(first), Math.max(sentences.sentenceEnd(last), end)};
    }

    /** The document this view is of. */
    public DocumentRecord record() {
        return record;
    }

    /**
     * Content words (by meaning) and entities of {@code [from, to)}, leaving out {@code [skipBegin, skipEnd)}.
     * Entities weigh {@code entityWeight}, words 1.
     */
    public Bag bag(int from, int to, int skipBegin, int skipEnd, double entityWeight) {
        Bag bag = new Bag();
        int t = tokenAt(from);
        while (t < tokens.size() && tokens.get(t).begin() < to) {
            Token tok = tokens.get(t);
            if (tok.begin() < skipBegin || tok.begin() >= skipEnd) {
                addWord(bag, t, 1.0, entityWeight);
            }
            t++;
        }
        for (Entity e : entities) {
            if (e.begin() < to && e.end() > from && (e.begin() < skipBegin || e.begin() >= skipEnd)) {
                bag.add(e.feature(), entityWeight);
            }
        }
        return bag;
    }

    /**
     * Context of a span weighted by distance in words ({@code 1 / (1 + d / decay)}), limited to its
     * sentence and {@code window} words on each side. The span itself is left out.
     */
    public Bag nearBag(int begin, int end, int window, double decay, double entityWeight) {
        return nearBag(begin, end, window, decay, entityWeight, List.of());
    }

    /**
     * As {@link #nearBag(int, int, int, double, double)}, but words between the span and any of
     * {@code barriers} ({begin, end} spans) count only on the nearer side: the context of one date should not
     * run into the next date of the sentence. People and places count for the whole sentence.
     */
    public Bag nearBag(int begin, int end, int window, double decay, double entityWeight, List<int[]> barriers) {
        return nearBag(begin, end, window, decay, entityWeight, barriers, 0, Integer.MAX_VALUE);
    }

    /**
     * As {@link #nearBag(int, int, int, double, double, List)}, with words counted only within
     * {@code [from, to)}: the clause of the span, when a caller knows where it ends.
     */
    public Bag nearBag(int begin, int end, int window, double decay, double entityWeight, List<int[]> barriers,
                       int from, int to) {
        int[] sentence = sentenceSpan(begin, end);
        int[] s = sentence.clone();
        s[0] = Math.max(s[0], Math.min(from, begin));
        s[1] = Math.min(s[1], Math.max(to, end));
        for (int[] b : barriers) {
            // words between two figures belong to the nearer one: "killed 12 people and injured 40"
            if (b[1] <= begin && b[1] > s[0]) {
                int gap = tokenAt(begin) - tokenAt(b[1]);
                int t = tokenAt(begin) - (gap + 1) / 2;
                s[0] = t >= 0 && t < tokens.size() ? Math.max(b[1], tokens.get(t).begin()) : b[1];
            } else if (b[0] >= end && b[0] < s[1]) {
                int first = tokenAt(end);
                int gap = tokenAt(b[0]) - first;
                int t = first + (gap + 1) / 2;
                s[1] = t >= 0 && t < tokens.size() ? Math.min(b[0], tokens.get(t).begin()) : b[0];
            }
        }
        Bag bag = new Bag();
        int first = tokenAt(begin);
        int last = first;
        while (last < tokens.size() && tokens.get(last).begin() < end) {
            last++;
        }
        for (int dir = -1; dir <= 1; dir += 2) {
            int d = 0;
            for (int t = dir < 0 ? first - 1 : last; t >= 0 && t < tokens.size() && d < window; t += dir) {
                Token tok = tokens.get(t);
                if (tok.begin() < s[0] || tok.end() > s[1]) {
                    break;
                }
                d++;
                addWord(bag, t, 1.0 / (1.0 + d / decay), entityWeight / (1.0 + d / decay));
            }
        }
        // people and places belong to the whole sentence (the event), not to the nearer figure
        for (Entity e : entities) {
            if (e.end() <= sentence[0] || e.begin() >= sentence[1] || (e.begin() >= begin && e.end() <= end)) {
                continue;
            }
            int d = e.end() <= begin ? first - tokenAt(e.begin()) : tokenAt(e.begin()) - last + 1;
            if (d <= window) {
                bag.add(e.feature(), entityWeight / (1.0 + Math.max(0, d) / decay));
            }
        }
        return bag;
    }

    /**
     * What a figure counts: the content words right after {@code end} ({@code 19,000 children},
     * {@code 90 other nations}, {@code 6,000 have been placed}), leading function words skipped, up to the
     * first function word or punctuation after them, at most {@code max} words in all.
     */
    public List<String> following(int end, int max) {
        List<String> out = new ArrayList<>();
        String text = text();
        int prev = end;
        for (int t = tokenAt(end), seen = 0; t < tokens.size() && seen < max; t++, seen++) {
            Token tok = tokens.get(t);
            if (hasPunctuation(text, prev, tok.begin())) {
                break;
            }
            Synonyms.Concept c = concept(t);
            String place = Places.feature(tok.norm());
            if (place != null) {
                out.add(place);
            } else if (!c.stop() && !tok.isNumber()) {
                out.add(c.meaning());
            } else if (!out.isEmpty()) {
                break;
            }
            prev = tok.end();
        }
        return out;
    }

    private static boolean hasPunctuation(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (",.;:!?()[]“”\"".indexOf(c) >= 0 || c == '\n' || c == '—' || c == '–') {
                return true;
            }
        }
        return false;
    }

    /** Whether the {@code t}-th token's first sense is a verb's ({@code sank}; not {@code fire}, first a noun). */
    public boolean verbAt(int t) {
        Synonyms.Concept c = concept(t);
        return c.groups().length > 0 && synonyms.isVerbSense(c.groups()[0]);
    }

    /**
     * The content words of a string (e.g. a figure's {@code measured} attribute) as concepts: compared by sense
     * ({@link Synonyms.Concept#matches}), or as their meanings ({@link Synonyms.Concept#meaning}).
     */
    public List<Synonyms.Concept> concepts(String phrase) {
        if (phrase == null) {
            return List.of();
        }
        return synonyms.concepts(Tokens.of(phrase)).stream().filter(c -> !c.stop()).toList();
    }

    /**
     * The content words of what a figure is said to measure, as concepts that also match the kinds they belong
     * to ({@link Synonyms#conceptsWithKinds}).
     */
    public List<Synonyms.Concept> measuredConcepts(String phrase) {
        if (phrase == null) {
            return List.of();
        }
        return synonyms.conceptsWithKinds(Tokens.of(phrase)).stream().filter(c -> !c.stop()).toList();
    }

    /** A content word as its meaning, or as a place when it names one ("Ukrainian" -> l:ukraine). */
    private void addWord(Bag bag, int t, double weight, double placeWeight) {
        Token tok = tokens.get(t);
        if (tok.isNumber() || tok.norm().length() < 2) {
            return;
        }
        String place = Places.feature(tok.norm());
        if (place != null) {
            bag.add(place, placeWeight);
            return;
        }
        Synonyms.Concept c = concept(t);
        if (!c.stop()) {
            bag.add(c.meaning(), weight);
        }
    }

    /** The concept (word or phrase meaning) of token {@code t}. */
    public Synonyms.Concept concept(int t) {
        return meanings.of(t);
    }

    /** The concepts of a text's tokens, read once on first use and shared by the views of copies of the text. */
    private static final class Meanings {
        private final List<Token> tokens;
        private final Synonyms synonyms;
        private volatile Read read;

        /** The concepts, and the index of the concept that holds each token. */
        private record Read(List<Synonyms.Concept> concepts, int[] conceptOfToken) {}

        Meanings(List<Token> tokens, Synonyms synonyms) {
            this.tokens = tokens;
            this.synonyms = synonyms;
        }

        Synonyms.Concept of(int t) {
            Read r = read;
            if (r == null) {
                r = load();
            }
            return r.concepts().get(r.conceptOfToken()[t]);
        }

        private synchronized Read load() {
            if (read == null) {
                List<Synonyms.Concept> concepts = synonyms.concepts(tokens);
                int[] conceptOfToken = new int[tokens.size()];
                for (int c = 0; c < concepts.size(); c++) {
                    Synonyms.Concept k = concepts.get(c);
                    for (int i = k.firstToken(); i <= k.lastToken(); i++) {
                        conceptOfToken[i] = c;
                    }
                }
                read = new Read(concepts, conceptOfToken);
            }
            return read;
        }
    }
}
