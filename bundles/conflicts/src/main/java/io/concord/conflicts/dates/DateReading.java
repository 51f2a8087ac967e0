package io.concord.conflicts.dates;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.concord.api.model.AnnotationRecord;
import io.concord.conflicts.text.DocumentView;
import io.concord.conflicts.text.Token;
import io.concord.language.ReportingVerbs;

/**
 * How the words around a date say what it dates: its clause, whether it dates the reporting, the start or end
 * of something, a bound of a period, or a plan (a date still to come).
 */
final class DateReading {
    private static final int REPORTING_WINDOW = 5;
    private static final int PHASE_WINDOW = 4;
    /** Words before a date, in its clause, that make it a plan or a forecast ("is due to open in 2029"). */
    private static final int PROSPECT_WINDOW = 8;

    /** Words that join another event to the one a date belongs to ("rallied on Monday after the deal"). */
    private static final Set<String> CONNECTORS = Set.of("after", "before", "following", "since", "ahead", "until",
            "when", "while", "amid", "despite", "because");

    /**
     * Words that may stand between a connector and its date within one time expression: "before dawn on
     * Monday", "after midnight on Friday" date one moment, not two events.
     */
    private static final Set<String> TIME_OF_DAY = Set.of("dawn", "daybreak", "sunrise", "sunset", "dusk", "midnight",
            "noon", "midday", "nightfall", "morning", "afternoon", "evening", "night", "on", "of", "the", "early",
            "late");

    /** Relative pronouns: a relative clause after a date describes a participant, not the dated event. */
    private static final Set<String> RELATIVES = Set.of("who", "whom", "whose", "which");

    /** Words that date the start or the end of something: "talks began Monday" and "ended Friday" are two events. */
    private static final Map<String, String> PHASES = phases();

    /** Prepositions that make a date the time of an event or a deadline, never of the reporting. */
    private static final Set<String> NOT_REPORTING = Set.of("until", "till", "by", "from", "since", "before", "after",
            "through", "to");

    /** Prepositions that make a date a bound: where a period runs from, or the deadline it runs to. */
    private static final Map<String, String> BOUNDS = Map.of("since", "from", "from", "from", "by", "to",
            "until", "to", "till", "to", "before", "to");

    private static final Set<String> PART_OF_A_PERIOD = Set.of("the", "end", "start", "beginning", "middle", "of",
            "early", "late", "mid");

    /** Words of the future, a plan or an expectation. */
    private static final Set<String> PROSPECTIVE = Set.of("will", "would", "shall", "due", "expected", "expects",
            "expect", "scheduled", "planned", "plans", "intends", "aims", "forecast", "projected");

    /** Auxiliaries of the future: they make a date to come from anywhere before it in its clause. */
    private static final Set<String> FUTURE = Set.of("will", "shall");

    /**
     * A day told relative to another ("a day earlier", "the previous night"): a sentence holding one dates two
     * events even when only one date is annotated. Not after "for": "for 19 hours after the centre overheated on
     * July 9" is how long something lasted after the dated event.
     */
    private static final Pattern RELATIVE_DAY = Pattern.compile("(?i)(?<!\\bfor\\s)\\b(?:(?:a|an|one|two|three|four|five|six|"
            + "several|\\d+)\\s+(?:day|days|night|nights|week|weeks|month|months|hours?)\\s+(?:earlier|later|before|"
            + "after|previously)|the\\s+(?:previous|next|following|preceding)\\s+(?:day|night|week|month|morning|"
            + "evening)|the\\s+day\\s+(?:before|after))\\b");

    /**
     * What follows a date to tell what happened then (", when a digger struck", ", the day on which the mill
     * shut"): the date's own event, told again, not another one.
     */
    private static final Pattern DESCRIPTION = Pattern.compile("^,\\s+(?:when|(?:the\\s+(?:day|date|night|morning|"
            + "evening|week|month|year)\\s+)?(?:on|in|during)\\s+which)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern COORDINATION = Pattern.compile(",\\s+(?:and|but)\\s");

    private DateReading() {}

    private static Map<String, String> phases() {
        Map<String, String> m = new HashMap<>();
        for (String w : List.of("begin", "began", "begun", "beginning", "start", "started", "starting", "open", "opened",
                "opening", "launch", "launched", "kick", "kicked", "arrive", "arrived", "arriving", "sign", "signed")) {
            m.put(w, "start");
        }
        for (String w : List.of("end", "ended", "ending", "close", "closed", "closing", "conclude", "concluded", "finish",
                "finished", "wrap", "wrapped", "adjourn", "adjourned", "leave", "left", "depart", "departed", "expire",
                "expired", "expires")) {
            m.put(w, "end");
        }
        return m;
    }

    /**
     * The clause of a date within its sentence, cut at words that bring in another event: in "bonds rallied on
     * Monday after the fund approved the loan", Monday dates the rally, not the approval. A dateline before it is
     * left out (its place and agency are the filing's), as is a relative clause after it ("spoke on Monday to
     * the men who have been trapped": the trapping is not dated Monday), and the rest of the sentence after the
     * relative clause the date stands in.
     */
    static int[] clause(DocumentView view, AnnotationRecord a) {
        int[] sentence = view.sentenceSpan(a.begin(), a.end());
        int from = sentence[0];
        int to = sentence[1];
        int[] dateline = view.dateline();
        if (dateline != null && dateline[1] <= a.begin() && dateline[1] > from) {
            from = dateline[1];
        }
        List<Token> tokens = view.tokens(sentence[0], sentence[1]);
        for (int k = 0; k < tokens.size(); k++) {
            Token tok = tokens.get(k);
            if (RELATIVES.contains(tok.norm()) && tok.begin() >= a.end()) {
                to = Math.min(to, tok.begin());
                continue;
            }
            if (!CONNECTORS.contains(tok.norm()) || ownPreposition(tokens, k, a) || adverb(view, tok, a)) {
                continue; // "closed until 14 September", "before dawn on Monday": the date's own words
            }
            if (tok.end() <= a.begin()) {
                from = Math.max(from, tok.end());
            } else if (tok.begin() >= a.end()) {
                to = Math.min(to, tok.begin());
            }
        }
        int[] relative = relativeClause(view, a);
        if (relative != null) {
            to = Math.min(to, relative[1]); // "a strike, which began on Thursday, left patients stranded": the strike's
        }
        return new int[] {from, attributionStart(view, tokens, a, to)};
    }

    /**
     * The non-restrictive relative clause a date stands in ("a strike by nurses, which began on Thursday, left
     * ..."), from its pronoun to the comma that closes it, or null: such a date tells of the noun before the comma,
     * not of the sentence's own event.
     */
    static int[] relativeClause(DocumentView view, AnnotationRecord a) {
        int[] sentence = view.sentenceSpan(a.begin(), a.end());
        String text = view.text();
        for (Token tok : view.tokens(sentence[0], a.begin())) {
            if (RELATIVES.contains(tok.norm()) && text.substring(sentence[0], tok.begin()).stripTrailing().endsWith(",")
                    && text.substring(tok.end(), a.begin()).indexOf(',') < 0) {
                int close = text.indexOf(',', a.end());
                return new int[] {tok.begin(), close >= 0 && close < sentence[1] ? close : sentence[1]};
            }
        }
        return null;
    }

    /**
     * The words that tell what happened at a date (", when inspectors shut the mill,", ", the day on which
     * inspectors shut the mill."), to the next punctuation, as their stems; empty when the date has none.
     */
    static Set<String> description(DocumentView view, AnnotationRecord a) {
        int[] sentence = view.sentenceSpan(a.begin(), a.end());
        String text = view.text();
        Matcher m = DESCRIPTION.matcher(text.substring(a.end(), sentence[1]));
        if (!m.find()) {
            return Set.of();
        }
        int from = a.end() + m.end();
        int to = from;
        while (to < sentence[1] && ",;:.".indexOf(text.charAt(to)) < 0) {
            to++;
        }
        Set<String> out = new HashSet<>();
        for (Token t : view.tokens(from, to)) {
            if (!t.stop() && !t.isNumber()) {
                out.add(t.key());
            }
        }
        return out;
    }

    /** Words at most between a date and the comma before ", when": "on Friday evening", "it was over". */
    private static final int LIGHT_CLAUSE = 4;

    /**
     * The clause that tells what happened at a date whose own clause says little ("the order came on Friday
     * evening, when the coast guard closed the harbour", "On May 4 it was over, when the last of the crew, a cook
     * from Bergen, left the wreck"): from after ", when" to the end of the sentence, or to a word that brings in another event; null
     * when the date's clause runs on for more than a few words before such a comma, or has none. The date of the
     * event the "when" tells is the date's own, so its words are the date's context.
     */
    static int[] told(DocumentView view, AnnotationRecord a) {
        int[] sentence = view.sentenceSpan(a.begin(), a.end());
        String text = view.text();
        List<Token> after = view.tokens(a.end(), sentence[1]);
        for (int k = 0; k < after.size() && k <= LIGHT_CLAUSE; k++) {
            Token tok = after.get(k);
            if (!tok.norm().equals("when")) {
                if (CONNECTORS.contains(tok.norm()) || RELATIVES.contains(tok.norm())) {
                    return null;
                }
                continue;
            }
            String between = text.substring(a.end(), tok.begin()).strip();
            if (!between.endsWith(",") || between.substring(0, between.length() - 1).contains(",")) {
                return null;
            }
            int to = sentence[1];
            for (int j = k + 1; j < after.size(); j++) {
                if (CONNECTORS.contains(after.get(j).norm()) || text.charAt(after.get(j).begin()) == ';') {
                    to = after.get(j).begin();
                    break;
                }
            }
            return new int[] {tok.end(), to};
        }
        return null;
    }

    /** Words from the last comma to the end of a clause that may name a source ("..., French police said."). */
    private static final int ATTRIBUTION_WORDS = 6;

    /**
     * Where a trailing attribution begins ("early on Tuesday, French prosecutors said."), or {@code to}: its
     * words name who told of the event, not the event, and another report's source is often the same office.
     */
    private static int attributionStart(DocumentView view, List<Token> tokens, AnnotationRecord a, int to) {
        String text = view.text();
        int comma = text.lastIndexOf(',', to - 1);
        if (comma < a.end()) {
            return to;
        }
        int words = 0;
        boolean speech = false;
        for (Token t : tokens) {
            if (t.begin() > comma && t.end() <= to) {
                words++;
                speech |= ReportingVerbs.isSpeechVerb(t.norm()) || t.norm().equals("according");
            }
        }
        return speech && words <= ATTRIBUTION_WORDS ? comma : to;
    }

    /** Connectors that stand alone as adverbs ("closed once before, in 2019"): no other event follows them. */
    private static final Set<String> ADVERBS = Set.of("after", "before", "since");
    /** A comma and at most a preposition between such an adverb and the date that says when it was. */
    private static final Pattern APPOSED = Pattern.compile("\\s*,\\s*(?:(?:in|on|at)\\s+)?");

    /**
     * Whether a connector is an adverb the date itself stands in apposition to ("had sunk once before, in 2019"):
     * the date tells when that was, not the time of another event.
     */
    private static boolean adverb(DocumentView view, Token tok, AnnotationRecord a) {
        return ADVERBS.contains(tok.norm()) && tok.end() <= a.begin()
                && APPOSED.matcher(view.text().substring(tok.end(), a.begin())).matches();
    }

    /** Whether the connector at {@code k} introduces the date itself, possibly through a time of day. */
    private static boolean ownPreposition(List<Token> tokens, int k, AnnotationRecord a) {
        for (int j = k + 1; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            if (t.begin() >= a.begin()) {
                return t.begin() < a.end();
            }
            if (!TIME_OF_DAY.contains(t.norm())) {
                return false;
            }
        }
        return false;
    }

    /**
     * A date next to a reporting verb dates the report, not the event ("the Kremlin said on Wednesday"); one
     * after {@code until}, {@code by} or {@code since} dates a deadline or an event even beside "said".
     */
    static boolean reporting(DocumentView view, AnnotationRecord a) {
        int at = view.tokenAt(a.begin());
        if (at > 0 && NOT_REPORTING.contains(view.tokens().get(at - 1).norm())) {
            return false;
        }
        String text = view.text();
        // a verb of saying after the date counts only in the date's own clause ("the ministry on Tuesday said");
        // "... fell into a gorge early on Saturday, police said" dates the fall
        return view.tokenNear(a, REPORTING_WINDOW, REPORTING_WINDOW, true,
                t -> (ReportingVerbs.isSpeechVerb(t.norm()) || t.norm().equals("according"))
                        && (t.end() <= a.begin() || text.substring(a.end(), t.begin()).indexOf(',') < 0)) != null;
    }

    /** Verbs that begin a plan or a period, the signing or arrival that {@link #phase} also counts left out. */
    private static final Set<String> BEGINNINGS = Set.of("begin", "began", "begun", "beginning", "begins", "start",
            "started", "starting", "starts", "open", "opened", "opening", "opens", "launch", "launched");

    /** Whether a date is said to begin something ("refits will begin on", "until refits start on"). */
    static boolean beginning(DocumentView view, AnnotationRecord a) {
        return view.tokenNear(a, PHASE_WINDOW, PHASE_WINDOW, true, tok -> BEGINNINGS.contains(tok.norm())) != null;
    }

    /** Whether a date is said to start or to end something, from the words right around it; null if neither. */
    static String phase(DocumentView view, AnnotationRecord a) {
        Token t = view.tokenNear(a, PHASE_WINDOW, PHASE_WINDOW, true, tok -> PHASES.containsKey(tok.norm()));
        return t == null ? null : PHASES.get(t.norm());
    }

    /**
     * Which bound of a period a date's own preposition makes it ("since 1998": from, "by 2027": to), or null.
     * A period's start and its deadline are two dates of one story, not one date told two ways.
     */
    static String bound(DocumentView view, AnnotationRecord a) {
        // also through "the end of", "the start of": "by the end of 2027", "since the start of May"
        for (int t = view.tokenAt(a.begin()) - 1, seen = 0; t >= 0 && seen < 5; t--, seen++) {
            String w = view.tokens().get(t).norm();
            if (BOUNDS.containsKey(w)) {
                return adverb(view, view.tokens().get(t), a) ? null : BOUNDS.get(w); // "sank once before, 9 years ago"
            }
            if (!PART_OF_A_PERIOD.contains(w)) {
                return null;
            }
        }
        return null;
    }

    /**
     * Whether a date is one still to come: a deadline ("until", "by"), or a plan or forecast in its clause
     * ("will reopen on", "is due to open in", "is expected in").
     */
    static boolean prospective(DocumentView view, AnnotationRecord a, int[] clause, String bound) {
        if ("to".equals(bound)) {
            // "had not responded by Wednesday" tells what had not happened by a day gone by, not a deadline
            return !negatedPast(view, a, clause);
        }
        List<Token> all = view.tokens();
        int at = view.tokenAt(a.begin());
        if (at > 0 && all.get(at - 1).norm().equals("next")) {
            return true; // "next Monday"; "the next morning, on Tuesday" tells a day gone by
        }
        // "nurses will put their pay claim to the cabinet at a meeting on Monday": the auxiliary may stand far back,
        // but not behind a comma or in a relative clause ("Ruiz, whose firm will build the dam, signed on Monday")
        String text = view.text();
        for (int t = at - 1, seen = 0; t >= 0; t--, seen++) {
            Token tok = all.get(t);
            if (tok.begin() < clause[0]) {
                return false;
            }
            boolean near = seen < PROSPECT_WINDOW;
            if (!near && (RELATIVES.contains(tok.norm()) || text.substring(tok.end(), a.begin()).indexOf(',') >= 0)) {
                return false;
            }
            if (near ? PROSPECTIVE.contains(tok.norm()) : FUTURE.contains(tok.norm())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "yet");
    private static final Set<String> PAST = Set.of("had", "did", "was", "were", "hadn't", "didn't", "wasn't",
            "weren't");

    /** Whether the clause before a date holds a verb of the past and a negation ("had not responded by"). */
    private static boolean negatedPast(DocumentView view, AnnotationRecord a, int[] clause) {
        boolean negated = false;
        boolean past = false;
        for (Token t : view.tokens(clause[0], a.begin())) {
            negated |= NEGATIONS.contains(t.norm());
            past |= PAST.contains(t.norm());
        }
        return negated && past;
    }

    /**
     * Whether a clause joined by ", and", ", but" or ";" stands between {@code from} and a date: the date then
     * belongs to a second main clause ("homes burned near the town, and crews contained the fire on Sunday").
     */
    static boolean coordinatedBefore(DocumentView view, int from, AnnotationRecord a) {
        String between = view.text().substring(from, a.begin());
        return between.contains(";") || COORDINATION.matcher(between).find();
    }

    /** Whether {@code [from, to)} tells a day relative to another ("a day earlier", "the previous night"). */
    static boolean relativeDay(DocumentView view, int from, int to) {
        return RELATIVE_DAY.matcher(view.text().substring(from, to)).find();
    }
}
