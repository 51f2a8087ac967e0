package io.concord.annotator.quotes;

/**
 * Text between quotation marks. {@code open} is the opening mark's offset, {@code begin}/{@code end} the
 * content without the marks, {@code close} the offset after the closing mark, or the paragraph end when
 * the quote is left open (a quotation that continues in the next paragraph).
 */
record QuotedSpan(int open, int begin, int end, int close, boolean closed) {
}
