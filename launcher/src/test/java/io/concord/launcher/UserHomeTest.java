package io.concord.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Where the user's Concord home is: CONCORD_HOME when set, else .concord in their home folder. */
class UserHomeTest {
    @Test
    void concordHomeWins() {
        assertEquals(Path.of("/data/concord"), Main.userHome("/data/concord", "/home/ana"));
    }

    @Test
    void otherwiseADotFolderInTheUsersHome() {
        assertEquals(Path.of("/home/ana/.concord"), Main.userHome(null, "/home/ana"));
        assertEquals(Path.of("/home/ana/.concord"), Main.userHome("  ", "/home/ana"));
    }
}
