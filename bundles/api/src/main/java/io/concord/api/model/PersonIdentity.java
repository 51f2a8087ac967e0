package io.concord.api.model;

import java.util.List;

/**
 * One person across a collection: every mention, in any document, that names the same person, under one
 * canonical name, the fullest form the collection uses ({@code Zelensky}, {@code Zelenskyy} and
 * {@code Volodymyr Zelensky} in three reports are one identity, canonical {@code Volodymyr Zelensky}).
 *
 * @param id        stable within one report ({@code p1}, {@code p2}, ... in order of first mention)
 * @param canonical the fullest form of the name in the collection
 * @param names     every form the mentions were written in (their documents' canonical names), canonical first
 * @param mentions  the person annotations of this identity
 * @since 1.1
 */
public record PersonIdentity(String id, String canonical, List<String> names, List<Mention> mentions) {
    public PersonIdentity {
        names = List.copyOf(names);
        mentions = List.copyOf(mentions);
    }

    /** A person annotation: its document, UTF-16 span and covered text. */
    public record Mention(String document, int begin, int end, String text) {}
}
