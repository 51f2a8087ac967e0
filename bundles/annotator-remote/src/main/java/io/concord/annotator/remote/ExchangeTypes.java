package io.concord.annotator.remote;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;

/**
 * The exchange-format type names ({@code person}, {@code place}, ...) of a type system and the UIMA types
 * they stand for: every subtype of {@code ConcordAnnotation}, named as {@code DocumentRecords.exchangeType}
 * names it (short name in lower case).
 */
final class ExchangeTypes {
    static final String BASE = "io.concord.types.ConcordAnnotation";

    private final Map<String, String> uimaByExchange;

    private ExchangeTypes(Map<String, String> uimaByExchange) {
        this.uimaByExchange = uimaByExchange;
    }

    static ExchangeTypes of(TypeSystemDescription tsd) {
        Map<String, String> supertypes = new LinkedHashMap<>();
        for (TypeDescription t : tsd.getTypes()) {
            supertypes.put(t.getName(), t.getSupertypeName());
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : supertypes.keySet()) {
            if (!name.equals(BASE) && subsumedByBase(name, supertypes)) {
                out.put(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT), name);
            }
        }
        return new ExchangeTypes(out);
    }

    private static boolean subsumedByBase(String name, Map<String, String> supertypes) {
        for (String t = name; t != null; t = supertypes.get(t)) {
            if (t.equals(BASE)) {
                return true;
            }
        }
        return false;
    }

    /** The UIMA type name of an exchange type, or null when the type system has none. */
    String uimaType(String exchangeType) {
        return uimaByExchange.get(exchangeType);
    }

    /** All exchange type names, for error messages. */
    String names() {
        return String.join(", ", uimaByExchange.keySet());
    }
}
