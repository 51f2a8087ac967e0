package io.concord.annotator.places;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.concord.annotator.places.Tokens.Token;

/**
 * Towns and counties that stand for the club named after them in a match report: {@code Swindon beat Crawley 2-1},
 * {@code Crawley boss Ian Kerr}. Once a name is a club in the report, its other mentions are the club too, except
 * under a preposition of place ({@code fans in Swindon}), where the town itself is meant. Only a report that reads
 * as sport (a score, or a word of the game) is read so, so that {@code storms beat Crawley} stays a place.
 */
final class SportsClubs {

    /** Nouns after a club's name: {@code Crawley boss}, {@code Swindon striker}. */
    private static final Set<String> ROLES_AFTER = Set.of("manager", "boss", "coach", "striker", "midfielder",
            "defender", "goalkeeper", "keeper", "winger", "captain", "forward", "fans", "supporters", "squad",
            "players", "substitute");
    /** Verbs of a match after a club's name: {@code Swindon edged}, {@code Crawley levelled}. */
    private static final Set<String> VERBS_AFTER = Set.of("beat", "beats", "edge", "edged", "edges", "thrashed",
            "levelled", "leveled", "equalised", "equalized", "drew", "routed", "outplayed");
    /**
     * Verbs in the plural after a town's name, which British sports writing uses for a club ({@code Gillingham were
     * unlucky}, {@code Bolton travel to}); not after {@code and}, where two places make the plural.
     */
    private static final Set<String> PLURAL_VERBS_AFTER = Set.of("were", "travel", "host", "face", "play");
    /** Verbs between two clubs of a fixture: {@code Swindon play Crawley}, {@code Swindon host Crawley}. */
    private static final Set<String> FIXTURE_VERBS = Set.of("play", "plays", "host", "hosts", "face", "faces");
    /** Results before {@code to}, {@code over} or {@code with} and the other club: {@code the defeat to Crawley}. */
    private static final Set<String> RESULTS = Set.of("defeat", "defeats", "win", "wins", "victory", "loss", "draw",
            "lost", "won", "drew");
    /** Words before the beaten club: {@code beat Crawley}, {@code against Crawley} in a match report. */
    private static final Set<String> BEFORE = Set.of("beat", "beats", "beating", "edge", "edged", "edges",
            "thrashed", "against", "v", "vs", "versus", "over", "to");
    private static final Set<String> RESULT_LINKS = Set.of("to", "over", "with", "against");
    /** Prepositions under which the town itself is meant, whatever club bears its name. */
    private static final Set<String> LOCATIVE = Set.of("in", "near", "outside", "around", "In", "Near");
    /** A score ({@code 2-1}) or a word that only sport uses marks the report as sport. */
    private static final Pattern SPORT = Pattern.compile(
            "\\b\\d{1,2}[-–]\\d{1,2}\\b(?![-–]\\d)|\\b(?:goals?|goalkeeper|striker|midfielder|penalty|kick-off|Premiership|Premier League|fixture)\\b");
    private static final Pattern SCORE_AFTER = Pattern.compile("^\\s+\\d{1,2}[-–]\\d{1,2}\\b");

    private SportsClubs() {}

    /** Removes from {@code found} the towns and regions that the report uses as clubs. */
    static void removeClubs(String text, List<Token> tokens, List<Found> found) {
        Set<String> clubs = new HashSet<>();
        for (Found f : found) {
            if (clubLike(f) && actsAsClub(text, tokens, f)) {
                clubs.add(surface(text, f));
            }
        }
        // the scan of the whole text for a score or a word of the game last: few reports have a town acting
        // as a club, and the scan was the places annotator's largest single cost
        if (clubs.isEmpty() || !SPORT.matcher(text).find()) {
            return;
        }
        found.removeIf(f -> clubLike(f) && clubs.contains(surface(text, f))
                && !(f.first() > 0 && LOCATIVE.contains(tokens.get(f.first() - 1).text())));
    }

    /** Clubs bear the names of towns and counties, not of countries (national sides are another matter). */
    private static boolean clubLike(Found f) {
        return "city".equals(f.match().kind()) || "region".equals(f.match().kind());
    }

    private static boolean actsAsClub(String text, List<Token> tokens, Found f) {
        int next = f.last() + 1;
        if (next < tokens.size() && (ROLES_AFTER.contains(tokens.get(next).text())
                || VERBS_AFTER.contains(tokens.get(next).text()))) {
            return true;
        }
        boolean listed = f.first() > 0 && (tokens.get(f.first() - 1).is("and") || tokens.get(f.first() - 1).is(","));
        if (next < tokens.size() && PLURAL_VERBS_AFTER.contains(tokens.get(next).text()) && !listed) {
            return true;
        }
        if (f.first() >= 2 && FIXTURE_VERBS.contains(tokens.get(f.first() - 1).text())
                && tokens.get(f.first() - 2).capitalised()) {
            return true; // "Swindon play Crawley on Friday": the opponent of a club is a club
        }
        if (f.first() >= 2 && tokens.get(f.first() - 1).is("placed") && tokens.get(f.first() - 2).is("-")) {
            return true; // "second-placed Crawley": a place in the table
        }
        if (f.first() >= 2 && RESULT_LINKS.contains(tokens.get(f.first() - 1).text())
                && RESULTS.contains(tokens.get(f.first() - 2).text())) {
            return true; // "the 3-0 defeat to Crawley", "a win over Crawley"
        }
        boolean scoreAfter = SCORE_AFTER.matcher(text.substring(f.match().end(),
                Math.min(text.length(), f.match().end() + 8))).find();
        return scoreAfter && f.first() > 0 && BEFORE.contains(tokens.get(f.first() - 1).text());
    }

    private static String surface(String text, Found f) {
        return text.substring(f.match().begin(), f.match().end());
    }
}
