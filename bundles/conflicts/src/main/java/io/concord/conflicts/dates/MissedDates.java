package io.concord.conflicts.dates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.concord.api.model.AnnotationRecord;

/**
 * Dates the annotations leave out, read as TIMEX values so that they pair like any other: a holiday of a fixed date
 * ("on Boxing Day" is December 26) and a day of the month told as an ordinal ("on the 24th"), whose month is that of
 * the nearest date before it in its report, the dateline's included ("TARTU, June 3 - ... on the 24th" is June 24).
 */
final class MissedDates {
    /** Holidays whose date is the same each year, wherever they are kept. */
    private static final Map<String, String> HOLIDAYS = Map.ofEntries(
            Map.entry("new year's day", "01-01"), Map.entry("new year's eve", "12-31"),
            Map.entry("christmas day", "12-25"), Map.entry("christmas eve", "12-24"),
            Map.entry("boxing day", "12-26"), Map.entry("canada day", "07-01"), Map.entry("bastille day", "07-14"),
            Map.entry("valentine's day", "02-14"), Map.entry("halloween", "10-31"), Map.entry("anzac day", "04-25"),
            Map.entry("australia day", "01-26"), Map.entry("earth day", "04-22"), Map.entry("may day", "05-01"),
            Map.entry("st. patrick's day", "03-17"), Map.entry("st patrick's day", "03-17"));
    private static final Pattern HOLIDAY = Pattern.compile("(?i)\\b(?:on|of|before|after|by|until|since)\\s+"
            + "(?:the\\s+)?(" + String.join("|", HOLIDAYS.keySet()).replace(".", "\\.") + ")\\b");
    /** "on the 24th", not "the 24th floor" nor "the 19th century". */
    private static final Pattern ORDINAL = Pattern.compile("(?i)\\b(?:on|by|until|from|since|before|after)\\s+the\\s+"
            + "((?:[12]?\\d|3[01])(?:st|nd|rd|th))\\b(?!\\s*[-\\w])");

    private MissedDates() {}

    /** The figures of a report with its left-out dates added, in text order. */
    static List<AnnotationRecord> with(String text, List<AnnotationRecord> figures) {
        List<AnnotationRecord> out = new ArrayList<>(figures);
        Matcher h = HOLIDAY.matcher(text);
        while (h.find()) {
            add(out, figures, h.start(1), h.end(1), text,
                    "XXXX-" + HOLIDAYS.get(h.group(1).toLowerCase(Locale.ROOT).replace('\u2019', '\'')));
        }
        Matcher o = ORDINAL.matcher(text);
        while (o.find()) {
            Integer month = monthBefore(figures, o.start(1));
            if (month != null) {
                int day = Integer.parseInt(o.group(1).replaceAll("\\D", ""));
                add(out, figures, o.start(1) - "the ".length(), o.end(1), text,
                        String.format(Locale.ROOT, "XXXX-%02d-%02d", month, day));
            }
        }
        out.sort(Comparator.comparingInt(AnnotationRecord::begin));
        return out;
    }

    private static void add(List<AnnotationRecord> out, List<AnnotationRecord> figures, int begin, int end, String text,
                            String value) {
        for (AnnotationRecord f : figures) {
            if (f.begin() < end && begin < f.end()) {
                return; // annotated already
            }
        }
        out.add(new AnnotationRecord("figure", begin, end, text.substring(begin, end),
                Map.of("kind", "date", "value", value)));
    }

    /** The month of the nearest date before {@code at} that has one, or null. */
    private static Integer monthBefore(List<AnnotationRecord> figures, int at) {
        AnnotationRecord best = null;
        for (AnnotationRecord f : figures) {
            if (f.end() <= at && (f.string("kind") == null || "date".equals(f.string("kind"))) && f.attributes().get("value") instanceof String v
                    && Timex.parse(v) != null && Timex.parse(v).month() != null
                    && (best == null || f.begin() > best.begin())) {
                best = f;
            }
        }
        return best == null ? null : Timex.parse((String) best.attributes().get("value")).month();
    }
}
