package io.concord.conflicts;

import java.util.List;

import io.concord.api.conflict.ConflictRule;
import io.concord.api.text.TextSegmenter;
import io.concord.api.text.WordSenses;
import io.concord.conflicts.dates.DateRule;
import io.concord.conflicts.figures.FigureRule;
import io.concord.conflicts.quotes.QuoteRule;
import io.concord.conflicts.roles.RoleRule;
import io.concord.conflicts.text.DocumentViews;
import io.concord.conflicts.votes.VoteRule;

/** The rules this bundle ships, with default settings, for use outside an OSGi framework. */
public final class DefaultRules {
    private DefaultRules() {}

    public static List<ConflictRule> all(DocumentViews views) {
        return List.of(
                new FigureRule(Configs.defaults(FigureRule.Config.class), views),
                new QuoteRule(Configs.defaults(QuoteRule.Config.class), views),
                new RoleRule(Configs.defaults(RoleRule.Config.class), views),
                new DateRule(Configs.defaults(DateRule.Config.class), views),
                new VoteRule(views));
    }

    /**
     * A detector with default settings and these rules, reading texts with {@code segmenter} and word
     * meanings from {@code senses} (null: words as written).
     */
    public static StoryConflictDetector detector(TextSegmenter segmenter, WordSenses senses) {
        DocumentViews views = new DocumentViews(segmenter, senses);
        return StoryConflictDetector.withRules(Configs.defaults(StoryConflictDetector.Config.class), views, all(views));
    }
}
