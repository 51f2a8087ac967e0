package io.concord.api.text;

/**
 * The sentence a claim stands in, for showing it in context: the one rule that the HTML conflict report
 * and the workbench's conflict view share, so a claim reads the same in both. Sentences are the
 * segmenter's, so the context shown is the sentence the conflict rules read.
 */
public final class ClaimContext {
    private ClaimContext() {}

    /**
     * Bounds {@code [from, to)} of the sentences around {@code [begin, end)} in the segmented text, cut to at
     * most {@code limit} characters each side of the claim (at a word boundary).
     */
    public static int[] sentence(Segmentation segmentation, int begin, int end, int limit) {
        String text = segmentation.text();
        int first = segmentation.sentenceAtOrBefore(begin);
        int last = segmentation.sentenceAtOrBefore(Math.max(begin, end - 1));
        int from = first < 0 ? begin : Math.min(begin, segmentation.sentenceBegin(first));
        int to = last < 0 ? end : Math.max(end, segmentation.sentenceEnd(last));
        if (begin - from > limit) {
            from = begin - limit;
            while (from < begin && !Character.isWhitespace(text.charAt(from - 1))) {
                from++;
            }
        }
        if (to - end > limit) {
            to = end + limit;
            while (to > end && !Character.isWhitespace(text.charAt(to))) {
                to--;
            }
        }
        return new int[] {from, to};
    }
}
