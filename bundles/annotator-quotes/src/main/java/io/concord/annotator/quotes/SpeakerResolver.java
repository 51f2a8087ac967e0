package io.concord.annotator.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.concord.annotator.quotes.SpeakerAttributor.Speaker;

/**
 * Turns a mention into a speaker with the certainty of the step: persons and names as they are, countries as
 * their government, pronouns through their antecedent, and bare titles ("the president") to the latest
 * person holding the title or, for a spokesperson, the latest body.
 */
final class SpeakerResolver {
    /** Tokens a bare title ("the president") looks back for the person holding it. */
    private static final int TITLE_REACH = 1000;

    private final Discourse d;
    private final PronounAntecedents antecedents;
    private final NamedBodies bodies;
    /** The person mentions of the document by canonical name, in text order; made on first use. */
    private Map<String, List<Mention>> personMentions;

    SpeakerResolver(Discourse d, PronounAntecedents antecedents) {
        this.d = d;
        this.antecedents = antecedents;
        this.bodies = new NamedBodies(d);
    }

    Speaker resolve(Mention m, int depth) {
        if (m == null || depth > SpeakerAttributor.MAX_DEPTH) {
            return null;
        }
        return switch (m.kind) {
            case PERSON -> new Speaker(m.canonical, m.person, 1.0);
            case NAME -> new Speaker(m.canonical, m.person, 0.95);
            case BODY -> resolveBody(m);
            case COUNTRY -> new Speaker(m.canonical + " government", -1, 0.9);
            case TITLE -> resolveTitle(m);
            case PRONOUN -> resolvePronoun(m, depth);
        };
    }

    /** A body as named; "the company" as the organisation named before it. */
    private Speaker resolveBody(Mention m) {
        Mention named = bodies.commonNoun(m) ? bodies.named(m) : null;
        return named != null ? new Speaker(named.canonical, -1, 0.85) : new Speaker(m.canonical, -1, 1.0);
    }

    private Speaker resolvePronoun(Mention m, int depth) {
        switch (m.canonical) {
            case "he", "she" -> {
                Mention.Gender g = m.gender;
                Mention ante = g == Mention.Gender.FEMALE ? antecedents.antecedent(m, true) : null;
                Mention loose = antecedents.antecedent(m, false);
                if (ante == null || nearer(loose, ante)) {
                    ante = loose;
                }
                if (ante == null) {
                    return null;
                }
                Speaker sp = ante.kind == Mention.Kind.PRONOUN ? resolve(ante, depth + 1) : resolve(ante, depth);
                if (sp == null && loose != null && loose != ante) {
                    // "X ... told supporters that she had heard it. “…,” she said": the earlier "she" reaches back
                    // no further than its own clause; the person the loose reading found is the speaker
                    sp = loose.kind == Mention.Kind.PRONOUN ? resolve(loose, depth + 1) : resolve(loose, depth);
                }
                return sp == null ? null : sp.weaker(0.85);
            }
            case "it", "they" -> {
                Mention ante = antecedents.bodyAntecedent(m);
                Speaker sp = ante == null ? null : resolve(ante, depth + 1);
                return sp == null ? null : sp.weaker(0.8);
            }
            default -> {
                return null;
            }
        }
    }

    /**
     * "Okonjo-Vance said … “…,” she said": a person of unknown gender who is the subject of a later sentence
     * than the nearest known woman is the likelier referent; a known woman wins within one sentence.
     */
    private boolean nearer(Mention loose, Mention strict) {
        return loose != null && loose.gender == Mention.Gender.UNKNOWN && PronounAntecedents.isPerson(loose)
                && d.token(loose.first).sentence > d.token(strict.first).sentence;
    }

    /** Whether a space-separated word list contains the word. */
    static boolean hasWord(String words, String word) {
        int i = words.indexOf(word);
        while (i >= 0) {
            int e = i + word.length();
            if ((i == 0 || words.charAt(i - 1) == ' ') && (e == words.length() || words.charAt(e) == ' ')) {
                return true;
            }
            i = words.indexOf(word, i + 1);
        }
        return false;
    }

    /** "the president said": the latest person given that title; a spokesperson speaks for the latest body. */
    private Speaker resolveTitle(Mention m) {
        String title = m.canonical;
        // "the chancellor, Rachel Moore, …": the apposition names the title holder
        if (m.last + 2 < d.size() && d.token(m.last + 1).isPunct(',')) {
            Mention named = d.startingAt(m.last + 2);
            if (named != null && named.isPersonLike()) {
                return resolve(named, SpeakerAttributor.MAX_DEPTH);
            }
        }
        Mention body = null;
        for (int i = m.first - 1; i >= Math.max(0, m.first - TITLE_REACH); i--) {
            Mention x = d.endingAt(i);
            if (x == null) {
                continue;
            }
            if (PronounAntecedents.isPerson(x) && heldBefore(x, title)) {
                return new Speaker(x.canonical, x.person, 0.8);
            }
            if (body == null && x.kind == Mention.Kind.BODY) {
                body = x;
            }
        }
        if (PronounTitleFinder.SPOKESPEOPLE.contains(title) && body != null) {
            return new Speaker(body.canonical, -1, 0.7);
        }
        Speaker later = namedLater(m);
        if (later != null) {
            return later;
        }
        if (Lexicon.INSTANCE.demonyms.contains(title)) {
            // "the Brazilian added": a nationality stands for the person just spoken of, as a pronoun would
            Mention ante = antecedents.antecedent(m, false);
            return ante == null || ante.kind == Mention.Kind.TITLE ? null : resolve(ante, SpeakerAttributor.MAX_DEPTH);
        }
        return null;
    }

    /** Sentences after a bare title within which the text may name its holder. */
    private static final int TITLE_LOOKAHEAD_SENTENCES = 2;

    /**
     * "Peru’s energy minister defended the delay … Minister Rosa Quispe told reporters": a title
     * nobody held before is resolved to the person given it in the next sentences, by role, by the word
     * before the name, or by an apposition ("the administrator, Hanne Lund,").
     */
    private Speaker namedLater(Mention m) {
        int lastSentence = Math.min(d.sentenceStarts.size() - 1, d.token(m.last).sentence + TITLE_LOOKAHEAD_SENTENCES);
        int end = d.sentenceEndOf(lastSentence);
        for (int i = m.last + 1; i < end; i++) {
            Mention x = d.startingAt(i);
            if (x == null) {
                continue;
            }
            if (PronounAntecedents.isPerson(x) && (hasWord(x.role, m.canonical) || introducedAs(x, m.canonical))) {
                return new Speaker(x.canonical, x.person, 0.7);
            }
            if (x.kind == Mention.Kind.TITLE && x.canonical.equals(m.canonical) && x.last + 2 < d.size()
                    && d.token(x.last + 1).isPunct(',')) {
                Mention named = d.startingAt(x.last + 2);
                if (named != null && named.isPersonLike()) {
                    return new Speaker(named.canonical, named.person, 0.7);
                }
            }
            i = x.last;
        }
        return null;
    }

    /**
     * Whether the person of mention {@code x} was given the title at {@code x} or at an earlier mention: "Minister
     * Ana Ruiz … Ruiz refused. “…,” the minister said" refers to the person last spoken of, whose later
     * mentions carry no title.
     */
    private boolean heldBefore(Mention x, String title) {
        if (hasWord(x.role, title) || introducedAs(x, title)) {
            return true;
        }
        for (Mention y : personMentions().getOrDefault(x.canonical, List.of())) {
            if (y.first >= x.first) {
                break;
            }
            if (y != x && (hasWord(y.role, title) || introducedAs(y, title))) {
                return true;
            }
        }
        return false;
    }

    /** Looked up by name, not by a pass over every mention for every candidate: a long text has thousands. */
    private Map<String, List<Mention>> personMentions() {
        if (personMentions == null) {
            personMentions = new HashMap<>();
            for (Mention y : d.mentions) {
                if (PronounAntecedents.isPerson(y)) {
                    personMentions.computeIfAbsent(y.canonical, k -> new ArrayList<>()).add(y);
                }
            }
            personMentions.values().forEach(l -> l.sort(Comparator.comparingInt(y -> y.first)));
        }
        return personMentions;
    }

    /** "Councillor Maarten Visser", "coach X": the title word written right before one of the person's mentions. */
    private boolean introducedAs(Mention x, String title) {
        for (int i = x.first - 1; i >= 0 && x.first - i <= 3; i--) {
            Token t = d.token(i);
            if (!t.isWord() || d.mentionAt[i] != null) {
                return false;
            }
            if (t.lower.equals(title)) {
                return true;
            }
        }
        return false;
    }
}
