package io.concord.export.brat;

import java.io.IOException;
import java.io.Writer;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The collection's {@code annotation.conf}, without which brat refuses to show the documents: Concord's
 * four entity types and any other type the collection holds, the {@code Speaker} relation, the
 * attributes' closed lists, and overlap allowed between any entities (a person inside a quote is the rule,
 * not the exception). No {@code visual.conf}: brat's default colours and labels do.
 */
final class AnnotationConf {
    private static final Set<String> CONCORD_TYPES = Set.of("person", "place", "figure", "quote");

    private AnnotationConf() {}

    /** @param types exchange types found in the collection (Concord's own are always declared) */
    static void write(Collection<String> types, Writer out) throws IOException {
        Set<String> entities = new LinkedHashSet<>();
        for (String t : new String[] {"person", "place", "figure", "quote"}) {
            entities.add(BratStandoff.typeName(t));
        }
        for (String t : new TreeSet<>(types)) {
            if (!CONCORD_TYPES.contains(t)) {
                entities.add(BratStandoff.typeName(t));
            }
        }
        out.write("# Concord's annotation types, written with the documents by `concord annotate --format brat`.\n");
        out.write("[entities]\n");
        for (String e : entities) {
            out.write(e + "\n");
        }
        out.write("\n[relations]\n");
        out.write("Speaker\tArg1:Quote, Arg2:Person\n");
        out.write("<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n");
        out.write("\n[events]\n");
        out.write("\n[attributes]\n");
        out.write("Kind\tArg:Place|Figure, Value:" + values(BratStandoff.PLACE_KINDS, "country", "city", "region",
                "continent", "water", "other") + "|" + values(BratStandoff.FIGURE_KINDS, "count", "money", "percent",
                "measure", "duration", "ratio", "date") + "\n");
        out.write("Qualifier\tArg:Figure, Value:" + values(BratStandoff.QUALIFIERS, "exact", "approx", "over",
                "under", "at-least", "at-most") + "\n");
    }

    /** The values in the order given, checked against the set the writer uses, so the two cannot drift apart. */
    private static String values(Set<String> known, String... ordered) {
        if (!known.equals(Set.of(ordered))) {
            throw new IllegalStateException("annotation.conf lists other values than the writer: " + known);
        }
        return String.join("|", ordered);
    }
}
