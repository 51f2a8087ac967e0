package io.concord.export.conll;

import java.util.Map;

import io.concord.api.model.AnnotationRecord;

/**
 * Which entity label an annotation gets in the BIO column, and which label wins where two overlap.
 * People and places take the CoNLL-2003 labels {@code PER} and {@code LOC}; figures take the OntoNotes 5
 * numeric labels by kind, the ones NER tools trained on OntoNotes (spaCy, Stanza, flair) already know.
 * Quotes and any other type get no label: a quote spans a whole clause, which is not a named entity, and
 * would hide the names inside it.
 */
final class EntityLabels {
    /** OntoNotes 5 names a period ({@code three years}) a DATE and a fraction a CARDINAL. */
    private static final Map<String, String> FIGURE_KINDS = Map.of(
            "count", "CARDINAL",
            "ratio", "CARDINAL",
            "money", "MONEY",
            "percent", "PERCENT",
            "measure", "QUANTITY",
            "duration", "DATE",
            "date", "DATE");
    private static final String FIGURE_OF_UNKNOWN_KIND = "CARDINAL";

    private final boolean figures;

    /** @param figures whether figures are labelled at all (off for tools that know only the four CoNLL-2003 labels) */
    EntityLabels(boolean figures) {
        this.figures = figures;
    }

    /** The label of {@code a} without its {@code B-}/{@code I-} prefix, or null when it is not written. */
    String label(AnnotationRecord a) {
        return switch (a.type()) {
            case "person" -> "PER";
            case "place" -> "LOC";
            case "figure" -> figures ? FIGURE_KINDS.getOrDefault(String.valueOf(a.string("kind")), FIGURE_OF_UNKNOWN_KIND) : null;
            default -> null;
        };
    }

    /**
     * Lower wins a token both annotations cover: names before numbers (a figure rarely overlaps a name,
     * and when it does the name is the more useful training signal), a person before a place (the place
     * inside {@code Paris Hilton} is part of the name).
     */
    static int priority(AnnotationRecord a) {
        return switch (a.type()) {
            case "person" -> 0;
            case "place" -> 1;
            default -> 2;
        };
    }
}
