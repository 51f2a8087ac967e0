package io.concord.conflicts.roles;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The offices a role's words name, for {@link RoleTitle}: each written form ({@code premier}, {@code spokeswoman},
 * {@code general secretary}) mapped to its office ({@code prime minister}, {@code spokesperson}, {@code secretary
 * general}), multi-word forms first, and generic heads ({@code head}, {@code chief}, {@code member}) mapped to
 * {@code *}: they name an office only with the body they head.
 */
final class RoleOffices {
    static final Map<String, String> OFFICES = new LinkedHashMap<>();

    static {
        // multi-word offices first: they are matched before their parts
        office("secretary of state", "secretary of state");
        office("permanent secretary", "permanent secretary"); // a ministry's civil servant, not its minister
        office("secretary general", "secretary general");
        office("general secretary", "secretary general"); // a union's or a party's, the same post as written the other way
        office("attorney general", "attorney general");
        office("minister of state", "minister"); // a minister's junior, ranked by RANKED_OFFICES
        office("state minister", "minister"); // the same junior rank written before the portfolio
        office("prime minister", "prime minister");
        office("premier", "prime minister");
        office("chief of staff", "chief of staff");
        office("chief justice", "judge"); // the court's head: a judge of another rank, as a deputy is
        office("chief executive officer", "chief executive");
        office("chief executive", "chief executive");
        office("director general", "director"); // the director of a service; its deputy is a "deputy director"
        office("general manager", "general manager");
        office("managing director", "managing director");
        office("press secretary", "spokesperson");
        office("president", "president");
        office("chancellor", "chancellor");
        office("minister", "minister");
        office("secretary", "secretary");
        office("envoy", "envoy");
        office("emissary", "envoy");
        office("ambassador", "ambassador");
        office("adviser", "adviser");
        office("advisor", "adviser");
        office("aide", "adviser");
        office("counsellor", "adviser");
        office("counselor", "adviser");
        office("spokesperson", "spokesperson");
        office("spokesman", "spokesperson");
        office("spokeswoman", "spokesperson");
        office("commissioner", "commissioner");
        office("governor", "governor");
        office("mayor", "mayor");
        office("councillor", "councillor"); // a member of the council a mayor heads
        office("councilor", "councillor");
        office("senator", "senator");
        office("congressman", "representative");
        office("congresswoman", "representative");
        office("general", "general");
        office("admiral", "admiral");
        office("commander", "commander");
        office("king", "king");
        office("queen", "queen");
        office("emperor", "emperor");
        office("pope", "pope");
        office("judge", "judge");
        office("ceo", "chief executive");
        // generic heads: compatible with any office ("head of X" is also its secretary or president)
        office("head", "*");
        office("chief", "*");
        office("leader", "*");
        office("director", "director");
        office("chair", "chair");
        office("chairman", "chair");
        office("chairwoman", "chair");
        office("chairperson", "chair");
        office("official", "*");
        office("member", "*");
    }

    /**
     * Whether a normalized word names an office on its own ({@code minister}, {@code premier}; not {@code head}, nor
     * {@code councillor}: one of many on a council, "the councillor" in a text may be any of them).
     */
    static boolean isOffice(String norm) {
        String office = OFFICES.get(norm);
        return office != null && !office.equals("*") && !office.equals("councillor") || norm.equals("prime");
    }

    /** Whether a normalized word is a generic head or post that needs its body to name an office ({@code head}). */
    static boolean isGeneric(String norm) {
        return "*".equals(OFFICES.get(norm));
    }

    private static void office(String written, String office) {
        OFFICES.put(written, office);
    }

    private RoleOffices() {}
}
