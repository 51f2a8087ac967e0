package io.concord.annotator.places;

import java.util.List;
import java.util.stream.Collectors;

import io.concord.annotator.segmenter.NewsSegmenter;

/**
 * The places the recogniser finds in a text segmented as the pipeline segments it, for the table tests: one
 * gazetteer (the bundle's default population cut-off) loaded once for all of them.
 */
final class PlaceMentions {
    private static final NewsSegmenter SEGMENTER = new NewsSegmenter();
    private static PlaceRecognizer recognizer;

    private PlaceMentions() {}

    static synchronized PlaceRecognizer recognizer() {
        if (recognizer == null) {
            recognizer = new PlaceRecognizer(Gazetteer.load(15000));
        }
        return recognizer;
    }

    static List<PlaceRecognizer.Match> in(String text) {
        return recognizer().find(SEGMENTER.tokensAndSentences(text));
    }

    /** The mentions of a table row's sentence as {@code text>canonical>kind} joined by {@code |}; {@code \n} is a line break. */
    static String described(String sentence) {
        String text = sentence.replace("\\n", "\n");
        return in(text).stream()
                .map(m -> text.substring(m.begin(), m.end()) + ">" + m.canonical() + ">" + m.kind())
                .collect(Collectors.joining("|"));
    }
}
