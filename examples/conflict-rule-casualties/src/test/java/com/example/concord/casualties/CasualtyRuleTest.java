package com.example.concord.casualties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;

import io.concord.api.model.AnnotationRecord;
import io.concord.api.model.DocumentRecord;
import io.concord.api.model.Story;
import org.junit.jupiter.api.Test;

class CasualtyRuleTest {
    @Test
    void appliesTheConfiguredToleranceUnderItsId() {
        Story story = new Story("s", List.of(report("a", 40), report("b", 44)));
        assertEquals("casualties", new CasualtyRule(config(0.0)).id());
        assertEquals(false, new CasualtyRule(config(0.0)).apply(story).get(0).consistent());
        assertEquals(true, new CasualtyRule(config(0.1)).apply(story).get(0).consistent());
    }

    private static DocumentRecord report(String id, int dead) {
        String text = "The flood killed " + dead + " people.";
        int at = text.indexOf(String.valueOf(dead));
        return new DocumentRecord(id, text, List.of(new AnnotationRecord("figure", at, at + 2, String.valueOf(dead),
                Map.of("kind", "count", "value", dead))), List.of());
    }

    /** The configuration DS would pass, with the defaults but for the tolerance. */
    private static CasualtyRule.Config config(double tolerance) {
        return new CasualtyRule.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return CasualtyRule.Config.class;
            }

            @Override
            public double tolerance() {
                return tolerance;
            }

            @Override
            public double approxMargin() {
                return 0.1;
            }

            @Override
            public double hedgeReach() {
                return 0.5;
            }

            @Override
            public boolean compareInjured() {
                return true;
            }
        };
    }
}
