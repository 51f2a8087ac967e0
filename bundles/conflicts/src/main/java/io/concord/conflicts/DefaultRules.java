package io.concord.conflicts;

import java.util.List;

import io.concord.api.conflict.ConflictRule;
import io.concord.conflicts.dates.DateRule;
import io.concord.conflicts.figures.FigureRule;
import io.concord.conflicts.quotes.QuoteRule;
import io.concord.conflicts.roles.RoleRule;

/** The rules this bundle ships, with default settings, for use outside an OSGi framework. */
public final class DefaultRules {
    private DefaultRules() {}

    public static List<ConflictRule> all() {
        return List.of(
                new FigureRule(Configs.defaults(FigureRule.Config.class)),
                new QuoteRule(Configs.defaults(QuoteRule.Config.class)),
                new RoleRule(Configs.defaults(RoleRule.Config.class)),
                new DateRule(Configs.defaults(DateRule.Config.class)));
    }

    /** A detector with default settings and these rules. */
    public static StoryConflictDetector detector() {
        return StoryConflictDetector.withRules(Configs.defaults(StoryConflictDetector.Config.class), all());
    }
}
