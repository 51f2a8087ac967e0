package io.concord.annotator.quotes;

/**
 * Finds who uttered each quotation of a {@link Discourse}: a reporting clause right after the quotation
 * ("…,” he said / “…,” said X), the nearest reporting verb before it in its sentence and that verb's
 * subject (X said: “…” / X described it as “…”), a later "according to X", and otherwise the previous
 * quotation's speaker or the subject of the preceding sentence. Pronouns, bare titles, countries and
 * bodies are resolved to canonical speakers.
 * <p>
 * This class holds the order of the searches and the attributions made so far; the searches live in
 * {@link SentenceSpeakerSearch} and {@link ContextSpeakerSearch}, which share the cue, phrase, subject and
 * resolution rules wired here.
 */
final class SpeakerAttributor {
    /** Resolution steps (pronoun to antecedent, verb to an earlier verb's subject) followed before giving up. */
    static final int MAX_DEPTH = 4;
    /** Tokens a rule looks across within a sentence; keeps run-on text without full stops linear. */
    static final int MAX_REACH = 80;

    /** Who spoke, how sure the resolution is, and which given person it came from (-1 if none). */
    record Speaker(String name, int person, double certainty) {
        Speaker weaker(double factor) {
            return new Speaker(name, person, certainty * factor);
        }
    }

    /**
     * The attribution of one quotation. {@code cued}: a reporting verb governs the quotation in its own
     * sentence (the evidence that short quoted phrases are quotations, not scare quotes).
     */
    record Attribution(Speaker speaker, String cue, boolean cued, double certainty) {
        static final Attribution NONE = new Attribution(null, null, false, 0.6);
    }

    private final Discourse d;
    private final SentenceSpeakerSearch sentence;
    private final ContextSpeakerSearch context;
    private final AlternatingExchange exchange;
    private final FollowingSentenceSpeaker following;
    private final Attribution[] done;

    SpeakerAttributor(Discourse discourse, int pronounLookbackSentences) {
        this.d = discourse;
        ReportingCues cues = new ReportingCues(discourse);
        NounPhrases phrases = new NounPhrases(discourse, cues);
        ClauseSubjects clauses = new ClauseSubjects(discourse, cues, phrases);
        PronounAntecedents antecedents = new PronounAntecedents(discourse, cues, phrases, clauses,
                pronounLookbackSentences);
        SpeakerResolver resolver = new SpeakerResolver(discourse, antecedents);
        CueSpeakerFinder speakers = new CueSpeakerFinder(discourse, cues, phrases, clauses, resolver);
        this.sentence = new SentenceSpeakerSearch(discourse, cues, phrases, resolver, speakers);
        this.context = new ContextSpeakerSearch(discourse, cues, clauses, resolver, speakers);
        this.exchange = new AlternatingExchange(discourse);
        this.following = new FollowingSentenceSpeaker(discourse, resolver);
        this.done = new Attribution[discourse.quotes.size()];
    }

    /** Attributes quotations in document order (later ones may inherit from earlier ones). */
    Attribution attribute(int q) {
        int k = d.quoteToken[q];
        Attribution a = sentence.immediatelyAfter(k);
        if (a == null) {
            a = sentence.before(k);
        }
        if (a == null || a.speaker == null) {
            Attribution later = sentence.laterInSentence(k);
            if (later != null) {
                a = later;
            }
        }
        if (a == null) {
            a = exchange.turn(q, done);
        }
        if (a == null) {
            a = following.after(k);
        }
        if (a == null) {
            a = context.fromContext(q, k, q > 0 ? done[q - 1] : null);
        }
        done[q] = a;
        return a;
    }
}
