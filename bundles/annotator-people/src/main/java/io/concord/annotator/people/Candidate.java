package io.concord.annotator.people;

/**
 * A candidate name: token range {@code [first, last]} with its evidence. Mutable while one document is read:
 * the judge sets score, role and verdict, propagation and mention building may change the verdict and role.
 */
final class Candidate {
    final int first;
    final int last;
    final int nameTokens;
    int score;
    String role;
    boolean listRole;
    boolean accepted;
    boolean propagated;

    final boolean headline;

    Candidate(int first, int last, int nameTokens, boolean headline) {
        this.first = first;
        this.last = last;
        this.nameTokens = nameTokens;
        this.headline = headline;
    }
}
