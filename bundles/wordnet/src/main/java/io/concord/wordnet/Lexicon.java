package io.concord.wordnet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.IndexWordSet;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Princeton WordNet 3.1 read through extJWNL: the synsets of a word or fixed expression, per part of speech
 * in WordNet's order (most frequent sense first), as int ids. Plain Java, loaded once (about 0.3 s and
 * 45 MB of heap), so the service loads it only when first asked.
 */
final class Lexicon {
    /** Offsets in WordNet's data files are below 2^28 (the largest file is 15 MB); the part of speech goes above. */
    private static final int POS_SHIFT = 28;
    private static final int REMEMBERED_WORDS = 100_000;

    private final Dictionary dictionary;
    /** The first words of WordNet's expressions of several words, by their second word ({@code on}: carry, ...). */
    private final Map<String, Set<String>> headsBySecondWord;
    private final int longestExpression;
    /** Words' verb base forms already looked up; past the bound the memory is dropped and refilled. */
    private final Map<String, List<String>> verbBases = new ConcurrentHashMap<>();

    /** WordNet's expressions of several words as written in its index, words joined by spaces ({@code carry on}). */
    private final Set<String> expressions;
    /** Words' noun base forms already looked up, as {@link #verbBases}. */
    private final Map<String, List<String>> nounBases = new ConcurrentHashMap<>();

    private Lexicon(Dictionary dictionary, Map<String, Set<String>> headsBySecondWord, Set<String> expressions,
                    int longestExpression) {
        this.dictionary = dictionary;
        this.headsBySecondWord = headsBySecondWord;
        this.expressions = expressions;
        this.longestExpression = longestExpression;
    }

    /** WordNet's index files, one per part of speech, as extJWNL's data artifact packs them. */
    private static final List<String> INDEX_FILES = List.of("index.noun", "index.verb", "index.adj", "index.adv");
    private static final String DATA = "net/sf/extjwnl/data/wordnet/wn31/";

    static Lexicon load() {
        try {
            Dictionary dictionary = Dictionary.getDefaultResourceInstance();
            Map<String, Set<String>> heads = new HashMap<>();
            Set<String> expressions = new HashSet<>();
            int longest = 1;
            for (String file : INDEX_FILES) {
                longest = Math.max(longest, readExpressions(file, heads, expressions));
            }
            return new Lexicon(dictionary, heads, expressions, longest);
        } catch (JWNLException | IOException e) {
            throw new IllegalStateException("WordNet cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Adds the expressions of several words in one index file to {@code heads}, and returns the most words
     * one has. The lemma is the first field of each entry line, its words joined by {@code _}; reading it
     * here takes a tenth of the time of extJWNL's iterator, which parses and caches every entry.
     */
    private static int readExpressions(String file, Map<String, Set<String>> heads, Set<String> expressions)
            throws IOException {
        InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(DATA + file);
        if (in == null) {
            throw new IOException(DATA + file + " is not in the bundle");
        }
        int longest = 1;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int end = line.indexOf(' ');
                int first = line.indexOf('_');
                if (line.startsWith(" ") || first < 0 || end < 0 || first > end) {
                    continue;   // the licence header, and lemmas of one word
                }
                String lemma = line.substring(0, end);
                int next = lemma.indexOf('_', first + 1);
                String second = lemma.substring(first + 1, next < 0 ? lemma.length() : next);
                heads.computeIfAbsent(second, k -> new HashSet<>()).add(lemma.substring(0, first));
                expressions.add(lemma.replace('_', ' '));
                longest = Math.max(longest, lemma.split("_", -1).length);
            }
        }
        return longest;
    }

    /** Whether {@code first}, or its base form as a verb ({@code kicked}), and {@code second} begin some expression. */
    boolean mayBeginExpression(String first, String second) {
        Set<String> heads = headsBySecondWord.get(second);
        if (heads == null) {
            return false;
        }
        if (heads.contains(first)) {
            return true;
        }
        for (String base : verbBases(first)) {
            if (heads.contains(base)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A word's base forms as a verb, asked once per word: the conflict rules ask for every token of every
     * document, and the dictionary's morphology is behind one lock.
     */
    private List<String> verbBases(String word) {
        return bases(POS.VERB, word, verbBases);
    }

    private List<String> nounBases(String word) {
        return bases(POS.NOUN, word, nounBases);
    }

    private List<String> bases(POS pos, String word, Map<String, List<String>> remembered) {
        List<String> bases = remembered.get(word);
        if (bases == null) {
            synchronized (this) {
                try {
                    bases = List.copyOf(dictionary.getMorphologicalProcessor().lookupAllBaseForms(pos, word));
                } catch (JWNLException e) {
                    throw new IllegalStateException("WordNet lookup of '" + word + "' failed: " + e.getMessage(), e);
                }
            }
            if (remembered.size() >= REMEMBERED_WORDS) {
                remembered.clear();
            }
            remembered.put(word, bases);
        }
        return bases;
    }

    int longestExpression() {
        return longestExpression;
    }

    /**
     * The senses of {@code expression}, one array per part of speech it has, in WordNet's order. An
     * expression counts only where WordNet has it whole: the lookup also answers for a part of it
     * ({@code on} for {@code carry on}, {@code more or less} for {@code more or less acceptable}).
     */
    List<int[]> senses(String expression) {
        int words = wordCount(expression);
        if (words > 1 && !mayBeListed(expression)) {
            return List.of(); // most word runs the conflict rules try are no expression: no dictionary search
        }
        return lookUp(expression, words);
    }

    /**
     * Whether an expression of several words, or it with its first word or last word in a base form ({@code took
     * part}, {@code prime ministers}, {@code attorneys general}), is one of WordNet's. A cheap test before the
     * dictionary's own search, which looks up every part's base forms in its files.
     */
    private boolean mayBeListed(String expression) {
        if (expressions.contains(expression)) {
            return true;
        }
        int firstSpace = expression.indexOf(' ');
        int lastSpace = expression.lastIndexOf(' ');
        String first = expression.substring(0, firstSpace);
        String last = expression.substring(lastSpace + 1);
        String middle = expression.substring(firstSpace, lastSpace + 1);
        List<String> firsts = new ArrayList<>(List.of(first));
        firsts.addAll(verbBases(first));
        firsts.addAll(nounBases(first));
        List<String> lasts = new ArrayList<>(List.of(last));
        lasts.addAll(nounBases(last));
        for (String f : firsts) {
            for (String l : lasts) {
                if (expressions.contains(firstSpace == lastSpace ? f + " " + l : f + middle + l)) {
                    return true;
                }
            }
        }
        return false;
    }

    private synchronized List<int[]> lookUp(String expression, int words) {
        List<int[]> out = new ArrayList<>(4);
        try {
            IndexWordSet set = dictionary.lookupAllIndexWords(expression);
            for (IndexWord word : set.getIndexWordArray()) {
                if (wordCount(word.getLemma()) != words) {
                    continue;
                }
                List<Synset> synsets = word.getSenses();
                int n = synsets.size();
                int[] ids = new int[n];
                for (int i = 0; i < n; i++) {
                    ids[i] = id(clusterHead(synsets.get(i)));
                }
                out.add(ids);
            }
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet lookup of '" + expression + "' failed: " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * The hypernyms of a noun sense up to {@code levels} steps up (instance-of links too: a named river is a
     * river), nearest first; empty for other parts of speech.
     */
    /** Whether a sense id is a verb's: ids carry their part of speech in the top bits. */
    static boolean isVerb(int sense) {
        return POS.getPOSForId(sense >>> POS_SHIFT) == POS.VERB;
    }

    synchronized int[] broader(int sense, int levels) {
        POS pos = POS.getPOSForId(sense >>> POS_SHIFT);
        if (pos != POS.NOUN || levels <= 0) {
            return new int[0];
        }
        try {
            Synset start = dictionary.getSynsetAt(pos, sense & ((1 << POS_SHIFT) - 1));
            if (start == null) {
                return new int[0];
            }
            List<Synset> level = List.of(start);
            Set<Integer> found = new LinkedHashSet<>();
            for (int step = 0; step < levels && !level.isEmpty(); step++) {
                List<Synset> next = new ArrayList<>();
                for (Synset s : level) {
                    for (Pointer p : s.getPointers()) {
                        if (p.getType() == PointerType.HYPERNYM || p.getType() == PointerType.INSTANCE_HYPERNYM) {
                            Synset up = p.getTargetSynset();
                            if (up != null && found.add(id(up))) {
                                next.add(up);
                            }
                        }
                    }
                }
                level = next;
            }
            return found.stream().mapToInt(Integer::intValue).toArray();
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet lookup of sense " + sense + " failed: " + e.getMessage(), e);
        }
    }

    private static int wordCount(String s) {
        int n = 1;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }

    /**
     * An adjective satellite stands for the head of its cluster ({@code earnest} is similar to {@code serious}):
     * WordNet keeps such near-synonyms in separate synsets joined by a similar-to link.
     */
    private static Synset clusterHead(Synset synset) throws JWNLException {
        if (synset.getPOS() == POS.ADJECTIVE && synset.isAdjectiveCluster()) {
            for (Pointer p : synset.getPointers(PointerType.SIMILAR_TO)) {
                Synset head = p.getTargetSynset();
                if (head != null) {
                    return head;
                }
            }
        }
        return synset;
    }

    private static int id(Synset synset) {
        return synset.getPOS().getId() << POS_SHIFT | (int) synset.getOffset();
    }
}
