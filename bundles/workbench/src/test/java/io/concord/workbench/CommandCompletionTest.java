package io.concord.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

class CommandCompletionTest {
    @Test
    void completionOffersEveryOptionTheCommandsParse() {
        assertEquals(options(new WorkbenchCommand.Options()), new TreeSet<>(Set.of(WorkbenchCommand.WORDS.split(" "))));
        assertEquals(options(new ImportCommand.Options()), new TreeSet<>(Set.of(ImportCommand.WORDS.split(" "))));
    }

    private static Set<String> options(Object annotated) {
        Set<String> out = new TreeSet<>();
        for (OptionSpec o : new CommandLine(annotated).getCommandSpec().options()) {
            out.add(o.longestName());
        }
        return out;
    }
}
