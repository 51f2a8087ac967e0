package io.concord.annotator.people;

import java.util.List;

import io.concord.annotator.people.Tokens.Token;
import io.concord.api.Interruption;
import io.concord.api.text.Segmentation;
import io.concord.api.text.TitleCaseLines;

/**
 * Finds mentions of people in English news text with rules and a lexicon, no statistical model.
 *
 * <p>Capitalised words are grouped into candidate names; words that are titles, places, demonyms,
 * organisations, months or everyday words split the groups. A candidate becomes a person on enough
 * evidence: a given name first, an unknown (name-like) second word, a title before it, an appositive role
 * after it, an honorific, a reporting verb after it, a surname-like ending. A second pass over the document
 * accepts surnames and given names alone that a confirmed full name explains, and gives every mention the
 * fullest form of its name in the document as canonical name. Thread-safe; no per-document state.
 *
 * <p>This class runs the steps in order: {@link CandidateFinder} groups the words, {@link PersonJudge} weighs
 * the evidence, {@link PlaceWordsInNames} takes place words into names beside them, {@link FirmNames} rejects names
 * the document gives a firm, {@link NamePropagation}
 * extends confirmed names to the document, {@link MentionBuilder} writes the mentions.
 */
public final class PersonRecognizer {

    /** A person mention: offsets of the name only, canonical name, role as written (or null), confidence. */
    public record Mention(int begin, int end, String canonical, String role, double confidence) {}

    private final NameLexicon lexicon;
    private final CandidateFinder finder;
    private final PersonJudge judge;
    private final NamePropagation propagation;
    private final PlaceWordsInNames placeWords;

    public PersonRecognizer(NameLexicon lexicon) {
        this.lexicon = lexicon;
        NameWords words = new NameWords(lexicon);
        this.finder = new CandidateFinder(lexicon, words);
        this.judge = new PersonJudge(lexicon, words, new Roles(lexicon));
        this.propagation = new NamePropagation(lexicon);
        this.placeWords = new PlaceWordsInNames(lexicon, judge);
    }

    /** The people mentioned in a segmented text. */
    public List<Mention> find(Segmentation segmentation) {
        String text = segmentation.text();
        List<Token> tokens = Tokens.of(segmentation);
        List<Candidate> candidates = finder.find(text, tokens, headlineTokens(segmentation, tokens));
        for (Candidate c : candidates) {
            Interruption.check(); // judging reads around each candidate: a text of many names takes long
            judge.judge(text, tokens, c);
            if (c.headline && c.nameTokens == 1 && lexicon.has(tokens.get(c.first).text(), NameLexicon.WORD)) {
                c.accepted = false;
            }
        }
        Interruption.check();
        candidates = placeWords.extend(text, tokens, candidates);
        Interruption.check();
        FirmNames.reject(text, tokens, candidates);
        propagation.propagate(tokens, candidates);
        return MentionBuilder.build(text, tokens, candidates);
    }

    /** Whether each token stands in a title-case line (a headline), where capitalisation says nothing. */
    private static boolean[] headlineTokens(Segmentation segmentation, List<Token> tokens) {
        return TitleCaseLines.atOffsets(segmentation, tokens.stream().mapToInt(Token::begin).toArray());
    }
}
