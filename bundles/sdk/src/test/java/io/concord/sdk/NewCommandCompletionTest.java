package io.concord.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

class NewCommandCompletionTest {
    @Test
    void completionOffersTheKindAndEveryOptionTheCommandParses() {
        Set<String> parsed = new TreeSet<>(Set.of("annotator"));
        for (OptionSpec o : new CommandLine(new NewCommand.Options()).getCommandSpec().options()) {
            parsed.add(o.longestName());
        }
        assertEquals(parsed, new TreeSet<>(Set.of(NewCommand.WORDS.split(" "))));
    }
}
