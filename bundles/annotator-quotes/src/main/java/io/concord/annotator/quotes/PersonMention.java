package io.concord.annotator.quotes;

/** A person mention known before quotes are read (from the people annotator): span, canonical name, role. */
public record PersonMention(int begin, int end, String canonical, String role) {
}
