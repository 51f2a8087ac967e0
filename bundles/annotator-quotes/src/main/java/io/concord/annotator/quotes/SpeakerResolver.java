package io.concord.annotator.quotes;

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

    SpeakerResolver(Discourse d, PronounAntecedents antecedents) {
        this.d = d;
        this.antecedents = antecedents;
    }

    Speaker resolve(Mention m, int depth) {
        if (m == null || depth > SpeakerAttributor.MAX_DEPTH) {
            return null;
        }
        return switch (m.kind) {
            case PERSON -> new Speaker(m.canonical, m.person, 1.0);
            case NAME -> new Speaker(m.canonical, m.person, 0.95);
            case BODY -> new Speaker(m.canonical, -1, 1.0);
            case COUNTRY -> new Speaker(m.canonical + " government", -1, 0.9);
            case TITLE -> resolveTitle(m);
            case PRONOUN -> resolvePronoun(m, depth);
        };
    }

    private Speaker resolvePronoun(Mention m, int depth) {
        switch (m.canonical) {
            case "he", "she" -> {
                Mention.Gender g = m.gender;
                Mention ante = g == Mention.Gender.FEMALE ? antecedents.antecedent(m, true) : null;
                if (ante == null) {
                    ante = antecedents.antecedent(m, false);
                }
                if (ante == null) {
                    return null;
                }
                Speaker sp = ante.kind == Mention.Kind.PRONOUN ? resolve(ante, depth + 1) : resolve(ante, depth);
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
            if (PronounAntecedents.isPerson(x) && hasWord(x.role, title)) {
                return new Speaker(x.canonical, x.person, 0.8);
            }
            if (body == null && x.kind == Mention.Kind.BODY) {
                body = x;
            }
        }
        if (PronounTitleFinder.SPOKESPEOPLE.contains(title) && body != null) {
            return new Speaker(body.canonical, -1, 0.7);
        }
        return null;
    }
}
