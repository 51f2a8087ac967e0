package io.concord.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class AnnotateHelpTest {
    /** The help as a terminal of 80 columns (or a pipe) shows it. */
    private static List<String> helpLines() {
        CommandLine cli = new CommandLine(new AnnotateOptions());
        cli.setUsageHelpAutoWidth(false);
        cli.setUsageHelpWidth(80);
        return cli.getUsageMessage(CommandLine.Help.Ansi.OFF).lines().toList();
    }

    @Test
    void fitsEightyColumns() {
        for (String line : helpLines()) {
            assertTrue(line.length() <= 80, "longer than 80 columns: " + line);
        }
    }

    @Test
    void fillsItsParagraphsInsteadOfBreakingThemWhereTheSourceDid() {
        // a line of prose that ends short while its paragraph goes on is a hard break left in the text
        List<String> lines = helpLines();
        for (int i = 0; i + 1 < lines.size(); i++) {
            String line = lines.get(i);
            String next = lines.get(i + 1);
            boolean prose = !line.isBlank() && !line.startsWith(" ") && !next.isBlank() && !next.startsWith(" ")
                    && !next.startsWith("Example") && !line.startsWith("Usage");
            if (prose) {
                assertTrue(line.length() > 60, "a paragraph broken early: '" + line + "' then '" + next + "'");
            }
        }
    }
}
