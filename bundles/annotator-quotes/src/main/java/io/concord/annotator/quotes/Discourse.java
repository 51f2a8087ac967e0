package io.concord.annotator.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.concord.api.text.Segmentation;
import io.concord.api.text.Word;
import io.concord.language.CalendarWords;
import io.concord.language.TextKeys;

/**
 * One document as the attribution rules see it: the tokens outside quotations (each quotation one token),
 * sentences, and the mentions that can speak. Built in a few linear passes.
 */
final class Discourse {
    private static final Lexicon LEX = Lexicon.INSTANCE;
    /** Title words that can stand alone for a person ("the president said"). */
    private static final Set<String> TITLE_HEADS = Set.of("president", "minister", "premier", "chancellor",
            "secretary", "envoy", "ambassador", "spokesman", "spokeswoman", "spokesperson", "leader", "governor",
            "mayor", "chairman", "chairwoman", "director", "commander", "adviser", "advisor", "negotiator", "king",
            "queen", "pope", "prosecutor", "senator", "judge", "commissioner", "general",
            // functions and relations that stand for a named person in an apposition ("the administrator, X,",
            // "his daughter, X,") or after one
            "administrator", "economist", "analyst", "lawyer", "attorney", "coach", "manager", "founder",
            "daughter", "son", "wife", "husband", "widow", "mother", "father", "brother", "sister");
    /** Lower-case words that qualify a body ("the foreign ministry", "the federal government"). */
    private static final Set<String> BODY_MODIFIERS = Set.of("foreign", "defence", "defense", "interior", "finance",
            "energy", "health", "trade", "economy", "home", "state", "treasury", "labour", "labor", "education",
            "environment", "culture", "security", "national", "federal", "regional", "local", "central",
            "presidential", "military", "intelligence", "justice", "armed", "emergency", "border", "tax", "transport",
            "agriculture", "economic", "public", "supreme", "constitutional", "international", "european", "joint",
            "general", "prosecutor's", "prosecutor’s", "communist", "ruling", "opposition", "israeli");
    /** Capitalised only because they open a sentence, and often followed by a name ("Yesterday Smith said"). */
    private static final Set<String> SENTENCE_ADVERBS = Set.of("yesterday", "today", "meanwhile", "earlier",
            "later", "asked", "speaking", "still", "now", "also", "instead", "last", "next", "even", "then",
            "separately", "however", "additionally", "moreover", "furthermore", "nevertheless", "overall",
            "elsewhere", "here", "there", "tonight", "previously", "again", "yet", "thus", "hence", "indeed");
    private static final Set<String> SPOKESPEOPLE = Set.of("spokesman", "spokeswoman", "spokesperson",
            "spokespeople");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    final String text;
    final List<QuotedSpan> quotes;
    final List<Token> tokens = new ArrayList<>();
    /** Token index of each quotation's QUOTE token. */
    final int[] quoteToken;
    final List<Integer> sentenceStarts = new ArrayList<>();
    final Mention[] mentionAt;
    final List<Mention> mentions = new ArrayList<>();
    private final List<PersonMention> persons;
    private final Set<String> capitalisedMidSentence = new HashSet<>();

    Discourse(Segmentation segmentation, List<QuotedSpan> quotes, List<PersonMention> persons) {
        this.text = segmentation.text();
        this.quotes = quotes;
        this.persons = persons;
        this.quoteToken = new int[quotes.size()];
        tokenize(segmentation);
        splitSentences(segmentation);
        this.mentionAt = new Mention[tokens.size()];
        findGivenPersons();
        findBodies();
        findCountries();
        findPronounsAndTitles();
        findNames();
        canonicaliseNames();
    }

    // ---- tokens and sentences ----

    /**
     * The segmenter's tokens as the attribution rules read them: each quotation one token, and words joined
     * across inner apostrophes, hyphens, dots and ampersands ({@code al-Assad}, {@code AT&T}) with a
     * possessive {@code ’s} kept on its word (the token records it).
     */
    private void tokenize(Segmentation segmentation) {
        List<Word> words = segmentation.words();
        List<int[]> paragraphs = segmentation.paragraphs();
        int q = 0;
        int paragraph = 0;
        int i = 0;
        while (i < words.size()) {
            Word w = words.get(i);
            while (paragraph + 1 < paragraphs.size() && w.begin() >= paragraphs.get(paragraph + 1)[0]) {
                paragraph++;
            }
            while (q < quotes.size() && quotes.get(q).close() <= w.begin()) {
                q++; // a quotation with no token inside (empty marks) stands nowhere
            }
            if (q < quotes.size() && w.begin() >= quotes.get(q).open()) {
                QuotedSpan s = quotes.get(q);
                quoteToken[q] = tokens.size();
                tokens.add(new Token(s.open(), s.close(), Token.Kind.QUOTE, text.substring(s.begin(), s.end()), q,
                        paragraph));
                while (i < words.size() && words.get(i).begin() < s.close()) {
                    i++;
                }
                q++;
                continue;
            }
            if (w.isWord() || w.isAbbreviation() || w.isNumber()) {
                int last = i;
                while (joins(words, last)) {
                    last += words.get(last + 1).text().length() > 1 && isPossessive(words.get(last + 1)) ? 1 : 2;
                }
                int end = words.get(last).end();
                tokens.add(new Token(w.begin(), end, Token.Kind.WORD, text.substring(w.begin(), end), -1, paragraph));
                i = last + 1;
            } else {
                tokens.add(new Token(w.begin(), w.end(), Token.Kind.PUNCT, w.text(), -1, paragraph));
                i++;
            }
        }
        for (int k = q; k < quotes.size(); k++) {
            // quotations after the last token (text ends inside one) still get their token
            QuotedSpan s = quotes.get(k);
            quoteToken[k] = tokens.size();
            tokens.add(new Token(s.open(), s.close(), Token.Kind.QUOTE, text.substring(s.begin(), s.end()), k, paragraph));
        }
    }

    /** Whether word {@code k} goes on with the next: a possessive, or a joiner and a word, with no space between. */
    private boolean joins(List<Word> words, int k) {
        if (k + 1 >= words.size() || words.get(k + 1).begin() != words.get(k).end()) {
            return false;
        }
        Word next = words.get(k + 1);
        if (isPossessive(next) && next.text().length() > 1) {
            return !quoteStartsAt(next.begin());
        }
        if (next.length() != 1 || "\u2019'-.&".indexOf(next.text().charAt(0)) < 0 || k + 2 >= words.size()) {
            return false;
        }
        Word after = words.get(k + 2);
        return after.begin() == next.end() && Character.isLetterOrDigit(after.text().charAt(0))
                && !quoteStartsAt(next.begin());
    }

    private static boolean isPossessive(Word w) {
        String t = w.text();
        return t.length() == 2 && (t.charAt(0) == '\u2019' || t.charAt(0) == '\'') && (t.charAt(1) == 's' || t.charAt(1) == 'S');
    }

    private boolean quoteStartsAt(int offset) {
        int lo = 0;
        int hi = quotes.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int open = quotes.get(mid).open();
            if (open == offset) {
                return true;
            }
            if (open < offset) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return false;
    }

    /**
     * A token starts a sentence where the segmenter starts one (a quotation is one token, so no sentence
     * ends inside it) or where a paragraph starts.
     */
    private void splitSentences(Segmentation segmentation) {
        int sentence = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean starts = i == 0 || t.paragraph != tokens.get(i - 1).paragraph
                    || segmentation.sentenceAt(t.begin) != segmentation.sentenceAt(tokens.get(i - 1).end - 1);
            if (starts) {
                sentence++;
                sentenceStarts.add(i);
            } else if (t.capitalised) {
                capitalisedMidSentence.add(t.lower);
            }
            t.sentence = sentence;
        }
    }

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

    // ---- mentions ----

    private void put(Mention m) {
        for (int i = m.first; i <= m.last; i++) {
            mentionAt[i] = m;
        }
        mentions.add(m);
    }

    private boolean free(int from, int to) {
        for (int i = from; i <= to; i++) {
            if (mentionAt[i] != null || tokens.get(i).kind == Token.Kind.QUOTE) {
                return false;
            }
        }
        return true;
    }

    private void findGivenPersons() {
        for (int p = 0; p < persons.size(); p++) {
            PersonMention pm = persons.get(p);
            int first = firstTokenEndingAfter(pm.begin());
            int last = first;
            while (last + 1 < tokens.size() && tokens.get(last + 1).begin < pm.end()) {
                last++;
            }
            if (first >= tokens.size() || tokens.get(first).begin >= pm.end() || !free(first, last)) {
                continue;
            }
            String canonical = pm.canonical() != null && !pm.canonical().isBlank() ? pm.canonical()
                    : text.substring(pm.begin(), pm.end());
            Mention m = new Mention(Mention.Kind.PERSON, first, last, canonical);
            m.person = p;
            m.role = pm.role() == null || pm.role().isBlank() ? titlesBefore(first)
                    : pm.role().toLowerCase(Locale.ROOT);
            m.gender = gender(canonical, m.role);
            put(m);
        }
    }

    /** Title words written just before a name ("Foreign Minister" in "Foreign Minister Ana Ruiz"). */
    private String titlesBefore(int first) {
        StringBuilder role = new StringBuilder();
        for (int j = first - 1; j >= 0 && first - j <= 4; j--) {
            Token t = tokens.get(j);
            if (!t.isWord() || t.sentence != tokens.get(first).sentence || !LEX.isTitle(t.lower)) {
                break;
            }
            role.insert(0, t.lower + " ");
        }
        return role.toString().trim();
    }

    private int firstTokenEndingAfter(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private void findBodies() {
        for (int i = 0; i < tokens.size(); i++) {
            if (mentionAt[i] != null || !tokens.get(i).isWord()) {
                continue;
            }
            int instEnd = institutionEnd(i);
            if (instEnd >= 0) {
                addBody(extendBodyLeft(i), instEnd);
                i = mentionAt[i] == null ? i : mentionAt[i].last;
                continue;
            }
            Token t = tokens.get(i);
            if (t.isAcronym() && !LEX.countries.containsKey(t.lower) && !LEX.TITLE_ACRONYMS.contains(t.text)) {
                addBody(i, i);
                i = mentionAt[i].last;
                continue;
            }
            if (LEX.bodyHeads.contains(t.lower) && bodyHeadStands(i)) {
                addBody(extendBodyLeft(i), i);
                i = mentionAt[i].last;
                continue;
            }
            if (LEX.bodyMembers.contains(t.lower)) {
                spokespersonFor(i);
            }
        }
    }

    /** A head noun names a body unless it only qualifies the next noun ("military attire"). */
    private boolean bodyHeadStands(int i) {
        Token t = tokens.get(i);
        if (i + 1 >= tokens.size()) {
            return true;
        }
        Token next = tokens.get(i + 1);
        if (!next.isWord() || next.capitalised || next.sentence != t.sentence) {
            return true;
        }
        return LEX.bodyMembers.contains(next.lower) || LEX.isReportingVerb(next.lower)
                || LEX.VERB_FILLERS.contains(next.lower) || LEX.PREPOSITIONS.contains(next.lower)
                || LEX.CLAUSE_OPENERS.contains(next.lower) || next.lower.equals("who")
                || next.lower.equals("which");
    }

    private int institutionEnd(int i) {
        for (String[] inst : LEX.institutions) {
            if (i + inst.length > tokens.size()) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < inst.length && ok; k++) {
                Token t = tokens.get(i + k);
                ok = t.isWord() && t.lower.equals(inst[k]) && (k == inst.length - 1 || !t.possessive)
                        && mentionAt[i + k] == null;
            }
            if (ok) {
                return i + inst.length - 1;
            }
        }
        return -1;
    }

    private int extendBodyLeft(int head) {
        int j = head - 1;
        int sentence = tokens.get(head).sentence;
        while (j >= 0 && mentionAt[j] == null) {
            Token t = tokens.get(j);
            if (!t.isWord() || t.sentence != sentence) {
                break;
            }
            boolean modifier = (t.capitalised && !LEX.DETERMINERS.contains(t.lower)
                    && !LEX.PREPOSITIONS.contains(t.lower) && !LEX.CLAUSE_OPENERS.contains(t.lower)
                    && !CalendarWords.isMonthOrWeekday(t.lower) && !(j == sentenceStart(j) && isCommonWord(t)))
                    || BODY_MODIFIERS.contains(t.lower) || LEX.demonyms.contains(t.lower);
            if (!modifier) {
                break;
            }
            j--;
            if (t.possessive) {
                break;
            }
        }
        return j + 1;
    }

    /** Sentence-initial capitalised word that never appears capitalised inside a sentence. */
    private boolean isCommonWord(Token t) {
        return !capitalisedMidSentence.contains(t.lower) && !LEX.countries.containsKey(t.lower)
                && !LEX.demonyms.contains(t.lower);
    }

    private void addBody(int first, int headEnd) {
        int last = headEnd;
        Token head = tokens.get(headEnd);
        boolean plural = head.lower.endsWith("s") && !head.lower.endsWith("ss") && !head.isAcronym();
        // members of the body speak for it: "UK government representatives", "Kremlin spokesman"
        int k0 = headEnd + 1;
        if (k0 < tokens.size() && tokens.get(k0).isWord() && LEX.bodyMembers.contains(tokens.get(k0).lower)
                && mentionAt[k0] == null && tokens.get(k0).sentence == head.sentence) {
            last = k0;
            plural = tokens.get(k0).lower.endsWith("s");
        }
        // "Institute for the Study of War"
        if (head.capitalised && last == headEnd) {
            int k = headEnd + 1;
            if (k + 1 < tokens.size() && (tokens.get(k).is("for") || tokens.get(k).is("of"))) {
                int m = k + 1;
                if (tokens.get(m).is("the")) {
                    m++;
                }
                int end = m;
                while (end < tokens.size() && tokens.get(end).capitalised && mentionAt[end] == null
                        && tokens.get(end).sentence == head.sentence) {
                    end++;
                }
                if (end > m) {
                    last = end - 1;
                }
            }
        }
        int canonicalEnd = last > headEnd && !LEX.bodyMembers.contains(tokens.get(last).lower) ? last : headEnd;
        int b = tokens.get(first).begin;
        Token ce = tokens.get(canonicalEnd);
        int e = ce.possessive ? ce.end - 2 : ce.end;
        Mention m = new Mention(Mention.Kind.BODY, first, last, bodyName(first, b, e));
        m.plural = plural;
        put(m);
    }

    /**
     * The name of a body spanning [b, e) from token {@code first}: a country's possessive becomes its
     * demonym ("Russia’s foreign ministry" -> "Russian foreign ministry"), so that all reports name it alike.
     */
    private String bodyName(int first, int b, int e) {
        Token t = tokens.get(first);
        if (t.possessive && t.end < e) {
            String demonym = LEX.demonymOf.get(t.lower); // lower is the stem without ’s
            if (demonym != null) {
                return demonym + spanText(t.end, e);
            }
        }
        return spanText(b, e);
    }

    /**
     * "a spokesperson for the Home Office", "a spokeswoman for Amazon": the speaker is the employer, a body
     * named by a head noun, an institution, or else by a run of capitalised words without a title in it.
     */
    private void spokespersonFor(int i) {
        int k = i + 1;
        if (k + 1 >= tokens.size() || !(tokens.get(k).is("for") || tokens.get(k).is("at")
                || tokens.get(k).is("of"))) {
            return;
        }
        int m = k + 1;
        if (tokens.get(m).is("the")) {
            m++;
        }
        int end = -1;
        int capitalisedEnd = -1;
        boolean titled = false;
        int sentence = tokens.get(i).sentence;
        for (int h = m; h < Math.min(tokens.size(), m + 6); h++) {
            Token t = tokens.get(h);
            if (!t.isWord() || mentionAt[h] != null || t.sentence != sentence) {
                break;
            }
            if (institutionEnd(h) >= 0) {
                end = institutionEnd(h);
                break;
            }
            if (LEX.bodyHeads.contains(t.lower)) {
                end = h;
                break;
            }
            boolean modifier = t.capitalised || BODY_MODIFIERS.contains(t.lower) || LEX.demonyms.contains(t.lower);
            if (!modifier) {
                break; // "a spokeswoman for Amazon said the company …": the phrase ends before the verb
            }
            titled |= LEX.isTitle(t.lower);
            if (t.capitalised && capitalisedEnd == h - 1 || t.capitalised && h == m) {
                capitalisedEnd = h;
            }
            if (t.possessive) {
                break;
            }
        }
        if (end < 0 && capitalisedEnd >= m && !titled) {
            end = capitalisedEnd;
        }
        if (end < 0) {
            return;
        }
        Token last = tokens.get(end);
        int b = tokens.get(m).begin;
        Mention body = new Mention(Mention.Kind.BODY, i, end,
                spanText(b, last.possessive ? last.end - 2 : last.end));
        put(body);
    }

    private void findCountries() {
        for (int i = 0; i < tokens.size(); i++) {
            if (mentionAt[i] != null || !tokens.get(i).capitalised) {
                continue;
            }
            StringBuilder key = new StringBuilder();
            int found = -1;
            for (int k = 0; k < LEX.longestCountry && i + k < tokens.size(); k++) {
                Token t = tokens.get(i + k);
                if (!t.isWord() || mentionAt[i + k] != null) {
                    break;
                }
                if (k > 0) {
                    key.append(' ');
                }
                key.append(t.lower);
                if (LEX.countries.containsKey(key.toString())) {
                    found = i + k;
                }
                if (t.possessive) {
                    break;
                }
            }
            if (found >= 0) {
                Token last = tokens.get(found);
                String name = text.substring(tokens.get(i).begin, last.possessive ? last.end - 2 : last.end);
                put(new Mention(Mention.Kind.COUNTRY, i, found, spaced(name)));
                i = found;
            }
        }
    }

    private void findPronounsAndTitles() {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (mentionAt[i] != null || !t.isWord()) {
                continue;
            }
            switch (t.lower) {
                case "he", "she", "it", "they" -> {
                    Mention m = new Mention(Mention.Kind.PRONOUN, i, i, t.lower);
                    m.plural = t.lower.equals("they");
                    m.gender = t.lower.equals("she") ? Mention.Gender.FEMALE
                            : t.lower.equals("he") ? Mention.Gender.MALE : Mention.Gender.UNKNOWN;
                    put(m);
                }
                default -> {
                    if (TITLE_HEADS.contains(t.lower) || SPOKESPEOPLE.contains(t.lower)) {
                        titleMention(i);
                    }
                }
            }
        }
    }

    /** "the president", "the Russian leader", "a spokesman": a title standing for a person. */
    private void titleMention(int head) {
        if (head + 1 < tokens.size()) {
            Token next = tokens.get(head + 1);
            if (next.capitalised && next.sentence == tokens.get(head).sentence) {
                return; // a title before a name: the name speaks
            }
        }
        int j = head - 1;
        while (j >= 0 && mentionAt[j] == null && tokens.get(j).isWord()
                && (LEX.isTitle(tokens.get(j).lower) || LEX.demonyms.contains(tokens.get(j).lower)
                || BODY_MODIFIERS.contains(tokens.get(j).lower))
                && !LEX.DETERMINERS.contains(tokens.get(j).lower)) {
            j--;
        }
        if (j < 0 || !(tokens.get(j).is("the") || tokens.get(j).is("a") || tokens.get(j).is("an")
                || tokens.get(j).is("his") || tokens.get(j).is("her") || tokens.get(j).is("their"))) {
            return;
        }
        Mention m = new Mention(Mention.Kind.TITLE, j + 1, head, tokens.get(head).lower);
        put(m);
    }

    /** Capitalised runs not yet explained are names of people (or organisations); titles are stripped. */
    private void findNames() {
        int i = 0;
        while (i < tokens.size()) {
            if (!startsName(i)) {
                i++;
                continue;
            }
            int e = i;
            while (e + 1 < tokens.size() && !tokens.get(e).possessive) {
                int k = e + 1;
                if (continuesName(k, i)) {
                    e = k;
                } else if (k + 1 < tokens.size() && tokens.get(k).isWord()
                        && LEX.NAME_PARTICLES.contains(tokens.get(k).text) && continuesName(k + 1, i)) {
                    e = k + 1;
                } else if (k + 2 < tokens.size() && tokens.get(k).isWord()
                        && LEX.NAME_PARTICLES.contains(tokens.get(k).text) && tokens.get(k + 1).isWord()
                        && LEX.NAME_PARTICLES.contains(tokens.get(k + 1).text) && continuesName(k + 2, i)) {
                    e = k + 2;
                } else {
                    break;
                }
            }
            addName(i, e);
            i = e + 1;
        }
    }

    private boolean startsName(int i) {
        Token t = tokens.get(i);
        return t.capitalised && mentionAt[i] == null && !t.isAcronym();
    }

    private boolean continuesName(int k, int start) {
        return k < tokens.size() && startsName(k) && tokens.get(k).sentence == tokens.get(start).sentence;
    }

    private void addName(int first, int last) {
        StringBuilder role = new StringBuilder();
        int b = first;
        // "Minister of Information George Kordahi", "Secretary of State Marco Rubio": the portfolio is no name
        if (first >= 2 && first < last && (tokens.get(first - 1).is("of") || tokens.get(first - 1).is("for"))
                && tokens.get(first - 2).capitalised && LEX.isTitle(tokens.get(first - 2).lower)) {
            role.append(tokens.get(first - 2).lower);
            b++;
        }
        while (b <= last) {
            Token t = tokens.get(b);
            boolean strip = LEX.isTitle(t.lower) || LEX.demonyms.contains(t.lower) || LEX.DETERMINERS.contains(t.lower)
                    || LEX.GENERIC_SPEAKERS.contains(t.lower)
                    || CalendarWords.isMonthOrWeekday(t.lower) || LEX.CLAUSE_OPENERS.contains(t.lower)
                    || LEX.PREPOSITIONS.contains(t.lower) || LEX.countries.containsKey(t.lower)
                    || (b == sentenceStart(b) && isCommonWord(t) && (b == last ? !nextIsReportingVerb(b)
                            : SENTENCE_ADVERBS.contains(t.lower) || t.lower.endsWith("ly")))
                    || (b < last && LEX.isTitle(tokens.get(b + 1).lower));
            if (!strip || t.possessive) {
                if (strip && t.possessive) {
                    b = last + 1;
                }
                break;
            }
            if (LEX.isTitle(t.lower)) {
                role.append(role.length() == 0 ? "" : " ").append(t.lower);
            }
            b++;
        }
        if (b > last) {
            return;
        }
        if (last - b >= 4) {
            b = last - 3; // a long capitalised run ends with the name: "Selangor Menteri Besar Mohamed Azmin Ali"
        }
        int letters = 0;
        for (int k = b; k <= last; k++) {
            if (CalendarWords.isMonthOrWeekday(tokens.get(k).lower)) {
                return;
            }
            letters += tokens.get(k).lower.length();
        }
        if (letters < 2) {
            return;
        }
        Token lt = tokens.get(last);
        String name = text.substring(tokens.get(b).begin, lt.possessive ? lt.end - 2 : lt.end);
        Mention m = new Mention(Mention.Kind.NAME, b, last, spaced(name));
        m.role = role.toString();
        put(m);
    }

    private boolean nextIsReportingVerb(int i) {
        int k = i + 1;
        while (k < tokens.size() && tokens.get(k).isWord() && LEX.VERB_FILLERS.contains(tokens.get(k).lower)) {
            k++;
        }
        return k < tokens.size() && tokens.get(k).isWord() && LEX.isReportingVerb(tokens.get(k).lower);
    }

    /**
     * A name read from capitalised words takes the given person's canonical name when the surname matches
     * (spelling variants one letter apart count), else the fullest form in the document with that surname,
     * else (for a single word) the fullest short name containing it. Maps keyed by surname keep this linear.
     */
    private void canonicaliseNames() {
        List<Mention> names = new ArrayList<>();
        SurnameIndex given = new SurnameIndex();
        Map<String, String> givenByFirstName = new HashMap<>();
        Map<String, Integer> givenIndex = new HashMap<>();
        for (Mention m : mentions) {
            if (m.kind == Mention.Kind.NAME) {
                names.add(m);
            } else if (m.kind == Mention.Kind.PERSON) {
                given.add(m.canonical);
                givenIndex.putIfAbsent(m.canonical, m.person);
                givenByFirstName.merge(firstName(m.canonical), m.canonical, Discourse::fuller);
            }
        }
        SurnameIndex read = new SurnameIndex();
        Map<String, String> containing = new HashMap<>();
        for (Mention m : names) {
            read.add(m.canonical);
            if (words(m.canonical) <= 3) {
                for (String w : fold(m.canonical).split(" ")) {
                    containing.merge(w, m.canonical, Discourse::fuller);
                }
            }
        }
        Map<String, String> roles = new HashMap<>();
        for (Mention m : names) {
            String key = surname(m.canonical);
            boolean single = m.canonical.indexOf(' ') < 0;
            String full = given.fullest(key);
            if (full == null && single) {
                full = givenByFirstName.get(key);
            }
            if (full == null) {
                full = read.fullest(key);
                if (single && full != null && full.equals(m.canonical) && containing.containsKey(key)) {
                    full = fuller(full, containing.get(key));
                }
            }
            m.canonical = full == null ? m.canonical : full;
            // a name the people annotator missed still points to that person's first given mention
            m.person = givenIndex.getOrDefault(m.canonical, -1);
            if (!m.role.isEmpty()) {
                roles.merge(m.canonical, m.role, (a, b) -> a + " " + b);
            }
        }
        Set<String> speakers = new HashSet<>();
        for (Mention m : names) {
            if (nextIsReportingVerb(m.last)) {
                speakers.add(m.canonical);
            }
        }
        Map<String, Mention.Gender> genders = new HashMap<>();
        for (Mention m : names) {
            m.speaks = speakers.contains(m.canonical);
            String r = roles.get(m.canonical);
            if (r != null) {
                m.role = r;
            }
            m.gender = genders.computeIfAbsent(m.canonical + '|' + m.role, k -> gender(m.canonical, m.role));
        }
    }

    /** The name with more words (the first on a tie). */
    private static String fuller(String a, String b) {
        return words(b) > words(a) ? b : a;
    }

    /** Fullest name per surname; variants one edit apart are found through a bucket of the first letters. */
    private static final class SurnameIndex {
        private final Map<String, String> bySurname = new HashMap<>();
        private final Map<String, List<String>> buckets = new HashMap<>();
        private final Map<String, String> resolved = new HashMap<>();

        void add(String name) {
            String key = surname(name);
            String before = bySurname.put(key, name);
            if (before != null) {
                bySurname.put(key, fuller(before, name));
            } else if (key.length() >= 6) {
                buckets.computeIfAbsent(key.substring(0, 4), k -> new ArrayList<>()).add(key);
            }
        }

        String fullest(String key) {
            if (resolved.containsKey(key)) {
                return resolved.get(key);
            }
            String best = bySurname.get(key);
            if (key.length() >= 6) {
                for (String other : buckets.getOrDefault(key.substring(0, 4), List.of())) {
                    if (!other.equals(key) && sameSurname(other, key)) {
                        best = best == null ? bySurname.get(other) : fuller(best, bySurname.get(other));
                    }
                }
            }
            resolved.put(key, best);
            return best;
        }
    }

    private static int words(String s) {
        return s.split(" ").length;
    }

    /** Text of a span with any run of white space (a line break inside a name) as one space. */
    private String spanText(int b, int e) {
        return spaced(text.substring(b, e));
    }

    private static String spaced(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i)) && (s.charAt(i) != ' ' || i + 1 < s.length()
                    && Character.isWhitespace(s.charAt(i + 1)))) {
                return SPACES.matcher(s).replaceAll(" ");
            }
        }
        return s;
    }

    /** Lower case, accents and other combining marks removed, curly apostrophe as straight. */
    static String fold(String s) {
        return TextKeys.key(s);
    }

    static String surname(String name) {
        String[] w = fold(name).split(" ");
        return w[w.length - 1];
    }

    private static String firstName(String name) {
        return fold(name).split(" ")[0];
    }

    /** Same surname, allowing one edit on longer names (Zelensky / Zelenskyy / Zelenskiy). */
    static boolean sameSurname(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (a.length() < 6 || b.length() < 6 || !a.regionMatches(0, b, 0, 4)) {
            return false;
        }
        return withinOneEdit(a, b);
    }

    private static boolean withinOneEdit(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        int j = 0;
        int edits = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (++edits > 1) {
                return false;
            }
            if (a.length() > b.length()) {
                i++;
            } else if (b.length() > a.length()) {
                j++;
            } else {
                i++;
                j++;
            }
        }
        return edits + (a.length() - i) + (b.length() - j) <= 1;
    }

    private static Mention.Gender gender(String canonical, String role) {
        for (String r : role.split(" ")) {
            if (LEX.FEMALE_TITLES.contains(r)) {
                return Mention.Gender.FEMALE;
            }
            if (LEX.MALE_TITLES.contains(r)) {
                return Mention.Gender.MALE;
            }
        }
        return LEX.femaleNames.contains(firstName(canonical)) ? Mention.Gender.FEMALE : Mention.Gender.UNKNOWN;
    }
}
