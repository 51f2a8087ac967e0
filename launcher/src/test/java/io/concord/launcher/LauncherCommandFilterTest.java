package io.concord.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A command name typed by the user becomes an LDAP filter value that matches that name only. */
class LauncherCommandFilterTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "annotate|annotate",
            "*|\\*",
            "a*|a\\*",
            "(x)|\\(x\\)",
            "back\\slash|back\\\\slash",
    })
    void escapesWhatAFilterWouldReadAsSyntax(String name, String filterValue) {
        assertEquals(filterValue, Launcher.escapeFilterValue(name));
    }
}
