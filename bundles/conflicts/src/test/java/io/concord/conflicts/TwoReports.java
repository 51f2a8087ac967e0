package io.concord.conflicts;

import java.util.ArrayList;
import java.util.List;

import io.concord.api.conflict.ConflictRule;
import io.concord.api.model.Conflict;
import io.concord.api.model.Story;

/** A table row of two reports of one story, and whether a rule should find them disagreeing. */
public record TwoReports(String name, TestDocs a, TestDocs b, boolean conflict) {

    /** A row of two reports that each state one date (its text and TIMEX value). */
    public static TwoReports dated(String name, String a, String dateA, String valueA, String b, String dateB,
                                   String valueB, boolean conflict) {
        return new TwoReports(name, TestDocs.doc("a", a).date(dateA, valueA), TestDocs.doc("b", b).date(dateB, valueB),
                conflict);
    }

    /** The rows {@code rule} gets wrong, each with what it found; empty when all are right. */
    public static List<String> wrong(ConflictRule rule, List<TwoReports> rows) {
        List<String> wrong = new ArrayList<>();
        for (TwoReports r : rows) {
            List<Conflict> out = rule.apply(new Story("s", List.of(r.a().build(), r.b().build())));
            if (out.stream().anyMatch(c -> !c.consistent()) != r.conflict()) {
                wrong.add(r.name() + ": " + out);
            }
        }
        return wrong;
    }
}
