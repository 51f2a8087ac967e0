package io.concord.annotator.places;

import io.concord.annotator.places.PlaceRecognizer.Match;

/** An accepted place with the gazetteer entry it came from and its tokens. */
record Found(Match match, Gazetteer.Entry entry, int first, int last) {}
