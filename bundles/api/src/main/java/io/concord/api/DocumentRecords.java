package io.concord.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.concord.api.model.AnnotationRecord;
import io.concord.api.model.AnnotatorOutcome;
import io.concord.api.model.DocumentRecord;
import io.concord.api.model.DocumentSource;
import io.concord.api.model.TextSegments;
import io.concord.api.text.Segmentation;
import io.concord.types.ConcordAnnotation;
import io.concord.types.DocumentMetadata;
import io.concord.types.Figure;
import io.concord.types.Token;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.jcas.JCas;

/**
 * Turns a CAS into the exchange model: the one place that maps UIMA features to exchange-format fields.
 * Every {@link ConcordAnnotation} subtype becomes a record whose {@code type} is the short type name in
 * lower case and whose attributes are its primitive features, so third-party subtypes export without code.
 * {@link #fill} is the way back, for annotations made outside the pipeline (curated in the workbench).
 */
public final class DocumentRecords {
    /** Features every annotation has; the record holds them as its own fields, not as attributes. */
    private static final Set<String> BASE_FEATURES = Set.of("sofa", "begin", "end");

    private DocumentRecords() {}

    public static DocumentRecord of(JCas jcas, List<AnnotatorOutcome> outcomes) {
        String text = jcas.getDocumentText() == null ? "" : jcas.getDocumentText();
        List<AnnotationRecord> records = new ArrayList<>();
        for (ConcordAnnotation a : jcas.select(ConcordAnnotation.class)) {
            records.add(toRecord(a, text));
        }
        records.sort(Comparator.comparingInt(AnnotationRecord::begin)
                .thenComparing(Comparator.comparingInt(AnnotationRecord::end).reversed())
                .thenComparing(AnnotationRecord::type));
        TextSegments segments = jcas.getAnnotationIndex(Token.class).isEmpty() ? null
                : Segmentation.of(jcas).segments();
        return new DocumentRecord(documentId(jcas), text, records, outcomes, segments);
    }

    /**
     * Writes a record's text, id and annotations into an empty CAS: the inverse of {@link #of}. An
     * annotation whose type has no {@link ConcordAnnotation} subtype in the CAS's type system, or an
     * attribute that names no primitive feature, is left out (the CAS cannot hold it).
     */
    public static void fill(JCas jcas, DocumentRecord record) {
        String text = record.text() == null ? "" : record.text();
        jcas.setDocumentText(text);
        jcas.setDocumentLanguage("en");
        DocumentMetadata meta = new DocumentMetadata(jcas, 0, text.length());
        meta.setDocumentId(record.id());
        meta.addToIndexes();
        Map<String, Type> types = new LinkedHashMap<>();
        Type base = jcas.getCasType(ConcordAnnotation.type);
        for (Type t : jcas.getTypeSystem().getProperlySubsumedTypes(base)) {
            types.put(exchangeType(t), t);
        }
        CAS cas = jcas.getCas();
        for (AnnotationRecord r : record.annotations()) {
            Type type = types.get(r.type());
            if (type == null || r.begin() < 0 || r.end() > text.length() || r.begin() > r.end()) {
                continue;
            }
            org.apache.uima.cas.text.AnnotationFS a = cas.createAnnotation(type, r.begin(), r.end());
            r.attributes().forEach((name, value) -> setFeature(a, type, name, value));
            cas.addFsToIndexes(a);
        }
    }

    private static void setFeature(org.apache.uima.cas.text.AnnotationFS a, Type type, String name, Object value) {
        if (value == null) {
            return;
        }
        if (a instanceof Figure fig && name.equals("value") && !(value instanceof Number)) {
            fig.setTimex(value.toString());
            return;
        }
        Feature f = type.getFeatureByBaseName(name);
        if (f == null || BASE_FEATURES.contains(name) || !f.getRange().isPrimitive()) {
            return;
        }
        try {
            switch (f.getRange().getName()) {
                case CAS.TYPE_NAME_STRING -> a.setStringValue(f, value.toString());
                case CAS.TYPE_NAME_DOUBLE -> a.setDoubleValue(f, ((Number) value).doubleValue());
                case CAS.TYPE_NAME_FLOAT -> a.setFloatValue(f, ((Number) value).floatValue());
                case CAS.TYPE_NAME_INTEGER -> a.setIntValue(f, ((Number) value).intValue());
                case CAS.TYPE_NAME_LONG -> a.setLongValue(f, ((Number) value).longValue());
                case CAS.TYPE_NAME_BOOLEAN -> a.setBooleanValue(f, Boolean.parseBoolean(value.toString()));
                default -> a.setFeatureValueFromString(f, value.toString());
            }
        } catch (ClassCastException | NumberFormatException e) {
            // a value of the wrong kind (a word where a number belongs) cannot be held by the feature
        }
    }

    /** What the CAS's {@link DocumentMetadata} says of the document's source (all null without one). */
    public static DocumentSource source(JCas jcas) {
        return jcas.select(DocumentMetadata.class).findFirst()
                .map(m -> new DocumentSource(m.getSource(), m.getTitle(), m.getPublished()))
                .orElse(new DocumentSource(null, null, null));
    }

    /** The id stored in the CAS's {@link DocumentMetadata}, or null. */
    public static String documentId(JCas jcas) {
        return jcas.select(DocumentMetadata.class).findFirst().map(DocumentMetadata::getDocumentId).orElse(null);
    }

    /** The exchange-format type name of a UIMA type: its short name in lower case. */
    public static String exchangeType(Type type) {
        return type.getShortName().toLowerCase(Locale.ROOT);
    }

    private static AnnotationRecord toRecord(ConcordAnnotation a, String text) {
        Type type = a.getType();
        Map<String, Object> attrs = new LinkedHashMap<>();
        for (Feature f : type.getFeatures()) {
            String name = f.getShortName();
            if (BASE_FEATURES.contains(name) || !f.getRange().isPrimitive()) {
                continue;
            }
            Object value = primitive(a, f);
            if (value != null) {
                attrs.put(name, value);
            }
        }
        if (a instanceof Figure fig) {
            figureValue(fig, attrs);
        }
        return new AnnotationRecord(exchangeType(type), a.getBegin(), a.getEnd(),
                text.substring(a.getBegin(), a.getEnd()), attrs);
    }

    /** Dates carry their TIMEX3 string as value; normalised values only where a base unit applies; bounds only of ranges. */
    private static void figureValue(Figure fig, Map<String, Object> attrs) {
        attrs.remove("timex");
        if (fig.getTimex() != null) {
            attrs.put("value", fig.getTimex());
        } else {
            attrs.put("value", number(fig.getValue()));
        }
        if (fig.getNormalizedUnit() == null) {
            attrs.remove("normalizedValue");
        } else {
            attrs.put("normalizedValue", number(fig.getNormalizedValue()));
        }
        if (fig.getQualifier() == null) {
            attrs.put("qualifier", "exact");
        }
        if (!(fig.getLow() < fig.getHigh())) {
            attrs.remove("low"); // not a range
            attrs.remove("high");
        }
        attrs.putIfAbsent("unit", null);
    }

    private static Object primitive(ConcordAnnotation a, Feature f) {
        switch (f.getRange().getName()) {
            case CAS.TYPE_NAME_STRING: return a.getFeatureValueAsString(f);
            case CAS.TYPE_NAME_DOUBLE: return number(a.getDoubleValue(f));
            case CAS.TYPE_NAME_FLOAT: return number(a.getFloatValue(f));
            case CAS.TYPE_NAME_INTEGER: return a.getIntValue(f);
            case CAS.TYPE_NAME_LONG: return a.getLongValue(f);
            case CAS.TYPE_NAME_BOOLEAN: return a.getBooleanValue(f);
            default: return a.getFeatureValueAsString(f);
        }
    }

    /** Whole numbers as longs so JSON shows {@code 90000000000}, not {@code 9.0E10}. */
    static Number number(double d) {
        if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) {
            return (long) d;
        }
        return d;
    }
}
