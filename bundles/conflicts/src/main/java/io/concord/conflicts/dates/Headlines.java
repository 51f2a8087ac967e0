package io.concord.conflicts.dates;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.concord.conflicts.text.DocumentView;
import io.concord.conflicts.text.Token;

/**
 * Where a report's story begins and what its headline says. A report without a dateline (a feature, a copy whose
 * dateline was cut) still opens with its lead sentence after the headline; and two reports whose lead sentences
 * word their event apart ("plunged into a ravine" / "went over the edge of a road") are often headlined alike
 * ("Bus plunges into ravine" / "bus falls off road").
 */
final class Headlines {
    private Headlines() {}

    /**
     * Where the story's first sentence starts: the end of its dateline, else the first word below the headline;
     * -1 when there is neither (a bare paragraph or snippet: its first sentence is not known to be a lead).
     */
    static int storyStart(DocumentView view) {
        int[] dateline = view.dateline();
        if (dateline != null) {
            return dateline[1];
        }
        List<Token> tokens = view.tokens();
        if (tokens.isEmpty() || !view.aboveStory(tokens.get(0).begin())) {
            return -1;
        }
        for (Token t : tokens) {
            if (!view.aboveStory(t.begin())) {
                return t.begin();
            }
        }
        return -1;
    }

    /** The words of a report's headline (above its story), names and function words left out. */
    static Set<String> words(DocumentView view) {
        Set<String> out = new HashSet<>();
        int start = storyStart(view);
        List<Token> tokens = view.tokens(0, Math.max(0, start));
        for (Token t : tokens) {
            if (view.aboveStory(t.begin()) && !t.stop() && !t.isNumber() && !named(view, t)) {
                out.add(t.key());
            }
        }
        return out;
    }

    /** Whether the headlines above two dates' reports share a word that is not a name. */
    static boolean shareAWord(DateRule.Item a, DateRule.Item b) {
        Set<String> x = words(a.view());
        for (String w : words(b.view())) {
            if (x.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean named(DocumentView view, Token t) {
        for (DocumentView.Entity e : view.entities()) {
            if (t.begin() >= e.begin() && t.end() <= e.end()) {
                return true;
            }
        }
        return false;
    }
}
