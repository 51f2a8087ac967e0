package io.concord.annotator.quotes;

/**
 * Something in the text that can utter a quotation: a person (given, or read from capitalised words), a
 * body, a country, a pronoun, or a bare title ("the president"). Token indices are inclusive.
 */
final class Mention {
    enum Kind { PERSON, NAME, BODY, COUNTRY, PRONOUN, TITLE }

    enum Gender { FEMALE, MALE, UNKNOWN }

    final Kind kind;
    final int first;
    final int last;
    /** Canonical name for persons, names and bodies; the country; the pronoun; the title head. */
    String canonical;
    /** Index into the given person mentions, or -1. */
    int person = -1;
    /** Title or role words given with the name, lower case, space-separated; may be empty. */
    String role = "";
    boolean plural;
    /** Some mention with this canonical name is the subject of a reporting verb (evidence of a person). */
    boolean speaks;
    Gender gender = Gender.UNKNOWN;

    Mention(Kind kind, int first, int last, String canonical) {
        this.kind = kind;
        this.first = first;
        this.last = last;
        this.canonical = canonical;
    }

    boolean isPersonLike() {
        return kind == Kind.PERSON || kind == Kind.NAME;
    }

    @Override
    public String toString() {
        return kind + ":" + canonical;
    }
}
