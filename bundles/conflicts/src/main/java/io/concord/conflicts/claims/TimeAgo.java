package io.concord.conflicts.claims;

import java.util.List;

import io.concord.api.model.AnnotationRecord;
import io.concord.conflicts.text.DocumentView;
import io.concord.conflicts.text.Token;

/**
 * A number of years before the report ({@code 14 years ago}): annotated as a duration, it names when something
 * happened, so two reports that give another number disagree on a date, not on an amount of time.
 */
public final class TimeAgo {
    private TimeAgo() {}

    /** The years before the report that a duration figure places its event, or null when it is no time ago. */
    public static Integer years(DocumentView view, AnnotationRecord figure) {
        if (!"duration".equals(figure.string("kind")) || !"year".equals(figure.string("unit"))
                || !(figure.attributes().get("value") instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())
                || n.doubleValue() < 1 || n.doubleValue() > 1000) {
            return null;
        }
        List<Token> tokens = view.tokens();
        int next = view.tokenAt(figure.end());
        return next < tokens.size() && tokens.get(next).norm().equals("ago")
                && view.text().substring(figure.end(), tokens.get(next).begin()).isBlank() ? n.intValue() : null;
    }
}
