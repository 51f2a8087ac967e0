package com.example.concord.casualties;

import java.util.List;

import io.concord.api.conflict.ConflictRule;
import io.concord.api.model.Conflict;
import io.concord.api.model.Story;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Registers the casualty rule with Concord's conflict detector (a whiteboard of {@link ConflictRule}
 * services); set {@code tolerance=0.1} in conf/com.example.concord.casualties.cfg to change it. The
 * comparison itself is {@link CasualtyComparison}.
 */
@Component(service = ConflictRule.class, configurationPid = CasualtyRule.PID)
@Designate(ocd = CasualtyRule.Config.class)
public final class CasualtyRule implements ConflictRule {
    static final String PID = "com.example.concord.casualties";

    @ObjectClassDefinition(name = "Example: casualty counts conflict rule")
    public @interface Config {
        @AttributeDefinition(description = "Relative margin each toll is widened by before two reports are said "
                + "to disagree (0.1: 40 and 44 agree).")
        double tolerance() default 0.0;

        @AttributeDefinition(description = "Relative margin read into about/around/some.")
        double approxMargin() default 0.1;

        @AttributeDefinition(description = "How far 'at least'/'more than' reach above the value (and "
                + "'nearly'/'up to' below it), relative.")
        double hedgeReach() default 0.5;

        @AttributeDefinition(description = "Compare injury counts too, not only death tolls.")
        boolean compareInjured() default true;
    }

    private final CasualtyComparison comparison;

    @Activate
    public CasualtyRule(Config config) {
        this.comparison = new CasualtyComparison(new CasualtyComparison.Settings(config.tolerance(),
                config.approxMargin(), config.hedgeReach(), config.compareInjured()));
    }

    @Override
    public String id() {
        return "casualties";
    }

    @Override
    public List<Conflict> apply(Story story) {
        return comparison.compare(story);
    }
}
