package io.concord.conflicts.roles;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The level of government or of a contest at which a title is held ({@code regional commissioner}, {@code district
 * commissioner}, {@code federal prosecutor}, {@code national champion}). One office held at one level is not the same
 * office at another: a regional commissioner is not the district commissioner of a district in the region. Only a
 * qualifier written before the title's head counts ({@code Secretary of State} names no level), and only two titles
 * that both give one are compared, since reports often leave the level out.
 */
final class RoleLevels {
    /** Level words, spellings of one level mapped together: a federal office is the nation's. */
    private static final Map<String, String> LEVELS = Map.of("district", "district", "regional", "region",
            "provincial", "province", "county", "county", "municipal", "municipality", "national", "nation",
            "federal", "nation", "state", "state");
    /** Words that end the title proper: what follows names its body or its place ("commissioner for Pell"). */
    private static final Set<String> LINKS = Set.of("of", "for", "at", "to", "in");
    /** Words after "state" that make it an owner or a rank, not a level ("state-owned firm's chairman", "state minister"). */
    private static final Set<String> NOT_AFTER_STATE = Set.of("owned", "run", "media", "secretary",
            "minister");

    private RoleLevels() {}

    /** The level the title's words give before any link, or null when they give none. */
    static String of(List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            String w = words.get(k);
            if (k > 0 && LINKS.contains(w)) {
                return null;
            }
            if (w.equals("state") && k + 1 < words.size() && NOT_AFTER_STATE.contains(words.get(k + 1))) {
                continue;
            }
            if (LEVELS.containsKey(w)) {
                return LEVELS.get(w);
            }
        }
        return null;
    }
}
