package io.concord.conflicts.roles;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.concord.conflicts.text.DocumentView;
import io.concord.conflicts.text.Token;

/**
 * A role phrase in a report's text ({@code the deputy foreign minister}, {@code head of the Tarvos police}): where
 * it starts and ends and which office word it holds, for {@link RoleStatements} to tie to a person.
 */
final class RolePhrases {
    /** A role phrase found: its text as a role, where it starts and ends, and its office word. */
    record Found(String role, int begin, int end, String office) {}

    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "its", "their");
    private static final Set<String> LINKS = Set.of("of", "for", "to", "at");
    /** Lower-case words inside an organisation's name ("Office for Roads and Bridges"). */
    private static final Set<String> NAME_JOINERS = Set.of("and", "of", "for", "the");
    /**
     * Head nouns of a title that no office of the lexicon covers ("principal water quality officer", "associate
     * professor", "chief executive"): they end a role phrase as an office word does.
     */
    private static final Set<String> ROLE_NOUNS = Set.of("officer", "professor", "lecturer", "manager", "executive",
            "inspector", "superintendent", "analyst", "researcher", "scientist", "economist", "coordinator",
            "administrator", "editor", "curator", "prosecutor", "lawyer", "attorney", "owner");
    /** Words after a noun that "a" brings in which tie it to where the person works ("a nurse at", "with", "on"). */
    private static final Set<String> WORK_LINKS = Set.of("at", "with", "on");
    private static final int MAX_MODIFIERS = 6;
    /** Most words of a body's name that an appositive runs on through ("laboratory at the Baltic Institute of Physics"). */
    private static final int MAX_BODY_WORDS = 8;
    /** Function words inside the name of a body after its title ("at the museum in Ptuj"). */
    private static final Set<String> BODY_JOINERS = Set.of("and", "of", "for", "the", "in", "at");

    private RolePhrases() {}

    /**
     * A role phrase starting at {@code from}: an optional determiner, at most a few modifiers, one or more office
     * words ({@code prime minister}), and {@code of}/{@code for} with a capitalised name or one word. Null unless an
     * office comes before any function word or punctuation. {@code closed}: an appositive, which must end at
     * punctuation.
     */
    static Found phrase(DocumentView view, int from, String prefix, boolean closed) {
        String text = view.text();
        List<Token> tokens = view.tokens();
        int t = view.tokenAt(from);
        if (t >= tokens.size() || hasPunctuation(text, from, tokens.get(t).begin())) {
            return null;
        }
        int begin = tokens.get(t).begin();
        boolean indefinite = tokens.get(t).norm().equals("a") || tokens.get(t).norm().equals("an");
        if (DETERMINERS.contains(tokens.get(t).norm())) {
            t++;
        }
        int roleBegin = t;
        int officeEnd = -1;
        String office = null;
        for (int k = t; k < tokens.size() && k < t + MAX_MODIFIERS + 3; k++) {
            Token tok = tokens.get(k);
            if (k > roleBegin && hasPunctuation(text, tokens.get(k - 1).end(), tok.begin())) {
                break;
            }
            // an appositive is a role for sure: there a generic head ("head of the museum", "a member of the
            // jury"), kin ("the painter's grandson") or a noun that "a" brings in to work "at" or "with" a body ("a
            // conservator at the museum", "a student on the team") is one too
            boolean officeWord = RoleOffices.isOffice(tok.norm()) || ROLE_NOUNS.contains(tok.norm())
                    || closed && (RoleOffices.isGeneric(tok.norm()) || RoleKin.isKin(tok.norm())
                    || indefinite && !tok.stop() && !tok.isNumber() && k + 1 < tokens.size()
                    && WORK_LINKS.contains(tokens.get(k + 1).norm()));
            // "chief veterinarian, ...", "chief glassblower at the guild": the noun after "chief" is the post
            officeWord = officeWord || chiefOf(text, tokens, k);
            if (officeWord && possessive(text, tok)) {
                return null; // "the minister's spokesman": someone who works for the office holder
            }
            if (officeWord) {
                officeEnd = k;
                office = office == null ? tok.norm() : office;
                continue;
            }
            if (officeEnd >= 0 || tok.stop() || tok.isNumber() || k - roleBegin >= MAX_MODIFIERS) {
                break;
            }
        }
        if (officeEnd < 0) {
            return null;
        }
        int end = officeEnd;
        if (end + 2 < tokens.size() && (LINKS.contains(tokens.get(end + 1).norm())
                || closed && indefinite && WORK_LINKS.contains(tokens.get(end + 1).norm()))
                && !hasPunctuation(text, tokens.get(end).end(), tokens.get(end + 2).begin())) {
            int k = end + 2;
            if (tokens.get(k).norm().equals("the") && k + 1 < tokens.size()) {
                k++;
            }
            // a capitalised word is a name even where it spells a function word ("the U.S. Weather Service")
            boolean named = closed && Character.isUpperCase(text.charAt(tokens.get(k).begin()));
            if ((named || !tokens.get(k).stop()) && !tokens.get(k).isNumber()) {
                end = k;
                while (end + 1 < tokens.size() && Character.isUpperCase(text.charAt(tokens.get(end).begin()))
                        && !hasPunctuation(text, tokens.get(end).end(), tokens.get(end + 1).begin())) {
                    // an organisation's name runs on through "and", "of" ("Office for Roads and Bridges")
                    int next = end + 1;
                    while (closed && next + 1 < tokens.size() && NAME_JOINERS.contains(tokens.get(next).norm())
                            && !hasPunctuation(text, tokens.get(next).end(), tokens.get(next + 1).begin())) {
                        next++;
                    }
                    if (!Character.isUpperCase(text.charAt(tokens.get(next).begin()))) {
                        break;
                    }
                    end = next;
                }
                // "the minister of fisheries and forestry,": two portfolios of one office
                if (closed && end + 2 < tokens.size() && tokens.get(end + 1).norm().equals("and")
                        && !tokens.get(end + 2).stop()
                        && !hasPunctuation(text, tokens.get(end).end(), tokens.get(end + 2).begin())) {
                    end += 2;
                }
            }
        }
        if (closed && end > officeEnd) {
            // an appositive's body runs on to its comma ("at the regional museum in Ptuj,", "of the Cusco
            // regional police,"), through lower-case words and the words that join a name's parts
            for (int n = 0; n < MAX_BODY_WORDS && end + 1 < tokens.size()
                    && !hasPunctuation(text, tokens.get(end).end(), tokens.get(end + 1).begin()); n++) {
                Token next = tokens.get(end + 1);
                if (next.isNumber() || next.stop() && !BODY_JOINERS.contains(next.norm())) {
                    break;
                }
                end++;
            }
        }
        int endChar = tokens.get(end).end();
        if (closed && (end + 1 < tokens.size() ? !hasPunctuation(text, endChar, tokens.get(end + 1).begin())
                : endChar < text.length() && text.substring(endChar).isBlank())) {
            return null; // "Ruiz, the minister Ana ...": not an appositive of Ruiz
        }
        String role = prefix + text.substring(tokens.get(roleBegin).begin(), endChar);
        return new Found(role, begin, endChar, office);
    }

    /**
     * Whether token {@code k} is the lower-case noun a "chief" before it heads, closed by punctuation or by a link
     * to a body: "the chief said that" is no post.
     */
    private static boolean chiefOf(String text, List<Token> tokens, int k) {
        Token tok = tokens.get(k);
        if (k == 0 || !tokens.get(k - 1).norm().equals("chief") || tok.stop() || tok.isNumber()
                || !Character.isLowerCase(text.charAt(tok.begin()))) {
            return false;
        }
        return k + 1 >= tokens.size() || hasPunctuation(text, tok.end(), tokens.get(k + 1).begin())
                || LINKS.contains(tokens.get(k + 1).norm());
    }

    private static boolean possessive(String text, Token tok) {
        String raw = text.substring(tok.begin(), tok.end()).toLowerCase(Locale.ROOT);
        return raw.endsWith("'s") || raw.endsWith("’s") || (tok.end() < text.length()
                && (text.startsWith("'s", tok.end()) || text.startsWith("’s", tok.end())));
    }

    static boolean hasPunctuation(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (",.;:!?()[]“”\"—–".indexOf(c) >= 0 || c == '\n') {
                return true;
            }
        }
        return false;
    }
}
