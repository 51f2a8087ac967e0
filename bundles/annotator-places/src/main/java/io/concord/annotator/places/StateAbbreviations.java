package io.concord.annotator.places;

import java.util.List;
import java.util.Map;

import io.concord.annotator.places.PlaceRecognizer.Match;
import io.concord.annotator.places.Tokens.Kind;
import io.concord.annotator.places.Tokens.Token;

/** {@code Tampa, Fla.}: a US state's postal abbreviation right after a place and a comma. */
final class StateAbbreviations {

    /** Postal abbreviations of US states that follow a city in datelines and addresses ({@code Tampa, Fla.}). */
    private static final Map<String, String> US_STATE_ABBREVIATIONS = Map.ofEntries(Map.entry("Ala", "Alabama"),
            Map.entry("Ariz", "Arizona"), Map.entry("Ark", "Arkansas"), Map.entry("Calif", "California"),
            Map.entry("Colo", "Colorado"), Map.entry("Conn", "Connecticut"), Map.entry("Del", "Delaware"),
            Map.entry("Fla", "Florida"), Map.entry("Ga", "Georgia"), Map.entry("Ill", "Illinois"),
            Map.entry("Ind", "Indiana"), Map.entry("Kan", "Kansas"), Map.entry("Kans", "Kansas"),
            Map.entry("Ky", "Kentucky"), Map.entry("La", "Louisiana"), Map.entry("Md", "Maryland"),
            Map.entry("Mass", "Massachusetts"), Map.entry("Mich", "Michigan"), Map.entry("Minn", "Minnesota"),
            Map.entry("Miss", "Mississippi"), Map.entry("Mo", "Missouri"), Map.entry("Mont", "Montana"),
            Map.entry("Neb", "Nebraska"), Map.entry("Nev", "Nevada"), Map.entry("N.H.", "New Hampshire"),
            Map.entry("N.J.", "New Jersey"), Map.entry("N.M.", "New Mexico"), Map.entry("N.Y.", "New York"),
            Map.entry("N.C.", "North Carolina"), Map.entry("N.D.", "North Dakota"), Map.entry("Okla", "Oklahoma"),
            Map.entry("Ore", "Oregon"), Map.entry("Pa", "Pennsylvania"), Map.entry("R.I.", "Rhode Island"),
            Map.entry("S.C.", "South Carolina"), Map.entry("S.D.", "South Dakota"), Map.entry("Tenn", "Tennessee"),
            Map.entry("Tex", "Texas"), Map.entry("Vt", "Vermont"), Map.entry("Va", "Virginia"),
            Map.entry("Wash", "Washington"), Map.entry("W.Va.", "West Virginia"), Map.entry("Wis", "Wisconsin"),
            Map.entry("Wyo", "Wyoming"));

    private StateAbbreviations() {}

    /**
     * The state abbreviated at token {@code i}, or null: only right after a comma that follows the place
     * matched last (ending at token {@code matchedUntil}).
     */
    static Found at(List<Token> tokens, int i, int matchedUntil) {
        if (i < 2 || matchedUntil != i - 2 || !tokens.get(i - 1).is(",")) {
            return null;
        }
        Token t = tokens.get(i);
        String state = null;
        int last = i;
        if (t.kind() == Kind.ABBREVIATION) {
            state = US_STATE_ABBREVIATIONS.get(t.text());
        } else if (t.kind() == Kind.WORD && i + 1 < tokens.size() && tokens.get(i + 1).is(".")
                && tokens.get(i + 1).begin() == t.end()) {
            state = US_STATE_ABBREVIATIONS.get(t.text());
            last = i + 1;
        }
        if (state == null) {
            return null;
        }
        Gazetteer.Entry e = new Gazetteer.Entry(state, state, "region", -1, false, false, "US");
        return new Found(new Match(t.begin(), tokens.get(last).end(), state, "region", 0.8), e, i, last);
    }
}
