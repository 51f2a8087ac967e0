package io.concord.annotator.places;

import io.concord.annotator.places.PlaceRecognizer.Match;

/**
 * The canonical name as English news spells it. The gazetteer's names keep the marks of transliteration
 * ({@code Amrāvati}, {@code Cần Thơ}, {@code Biên Hòa}) that English-language news leaves out; when the text
 * writes the name plainly, its common English name is the plain one. Accented letters of Latin-1, which English
 * keeps for European names ({@code São Paulo}, {@code Malmö}), stay.
 */
final class PlainSpellings {

    private PlainSpellings() {}

    /** The match with its canonical name without transliteration marks, where the text writes none. */
    static Match of(String text, Match m) {
        String canonical = m.canonical();
        if (!beyondLatin1(canonical) || !ascii(text, m.begin(), m.end())) {
            return m;
        }
        String plain = Gazetteer.fold(canonical);
        if (!ascii(plain, 0, plain.length())) {
            return m;
        }
        return new Match(m.begin(), m.end(), plain, m.kind(), m.confidence());
    }

    private static boolean beyondLatin1(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0xFF) {
                return true;
            }
        }
        return false;
    }

    private static boolean ascii(String s, int begin, int end) {
        for (int i = begin; i < end; i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }
}
