package io.concord.annotator.places;

/** A possible place: tokens {@code [first, last]} and the gazetteer entry (or made-up entry) they would name. */
record Candidate(int first, int last, Gazetteer.Entry entry) {}
