package io.concord.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandCatalogTest {
    @TempDir
    Path dir;

    private static final String COMMAND = """
            <?xml version="1.0" encoding="UTF-8"?>
            <scr:component xmlns:scr="http://www.osgi.org/xmlns/scr/v1.4.0" name="x.Stats">
              <property name="concord.command" type="String" value="stats"/>
              <property name="concord.command.summary" type="String" value="Count annotations"/>
              <property name="concord.command.completions" type="String" value="--by-type --json"/>
              <service><provide interface="io.concord.command.Command"/></service>
              <implementation class="x.Stats"/>
            </scr:component>
            """;

    private static final String OTHER_SERVICE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <scr:component xmlns:scr="http://www.osgi.org/xmlns/scr/v1.4.0" name="x.Rule">
              <property name="concord.command" type="String" value="not-a-command"/>
              <service><provide interface="io.concord.api.conflict.ConflictRule"/></service>
              <implementation class="x.Rule"/>
            </scr:component>
            """;

    private Path jar(String name, Map<String, String> entries, String serviceComponent) throws IOException {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (serviceComponent != null) {
            m.getMainAttributes().putValue("Service-Component", serviceComponent);
        }
        Path jar = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, m)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                j.putNextEntry(new JarEntry(e.getKey()));
                j.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                j.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void readsCommandsFromTheDescriptorsOfABundle() throws IOException {
        Path jar = jar("stats.jar", Map.of("OSGI-INF/a.xml", COMMAND, "OSGI-INF/b.xml", OTHER_SERVICE),
                "OSGI-INF/a.xml, OSGI-INF/b.xml");
        assertEquals(Map.of("stats", new CommandCatalog.Described("Count annotations", "--by-type --json")),
                CommandCatalog.commandsOf(jar, CommandCatalog.documentBuilder()));
    }

    @Test
    void skipsWhatCannotBeReadWithoutFailing() throws IOException {
        Path broken = jar("broken.jar", Map.of("OSGI-INF/a.xml", "<scr:component"), "OSGI-INF/a.xml, OSGI-INF/missing.xml");
        Path plain = jar("plain.jar", Map.of("x.txt", "x"), null);
        Path notAJar = Files.writeString(dir.resolve("nonsense.jar"), "not a zip");
        for (Path p : new Path[] {broken, plain, notAJar, dir.resolve("absent.jar")}) {
            assertTrue(CommandCatalog.commandsOf(p, CommandCatalog.documentBuilder()).isEmpty(), p.toString());
        }
    }

    @Test
    void refusesDoctypesInThirdPartyDescriptors() throws IOException {
        String hostile = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<component><property name=\"concord.command\" value=\"&e;\"/>"
                + "<service><provide interface=\"io.concord.command.Command\"/></service></component>";
        Path jar = jar("hostile.jar", Map.of("OSGI-INF/a.xml", hostile), "OSGI-INF/a.xml");
        assertTrue(CommandCatalog.commandsOf(jar, CommandCatalog.documentBuilder()).isEmpty());
    }

    @Test
    void listsTheCommandsOfTheFeaturesAndOfDeploy() throws IOException {
        Files.createDirectories(dir.resolve("features"));
        Files.createDirectories(dir.resolve("system"));
        Files.createDirectories(dir.resolve("deploy"));
        Files.writeString(dir.resolve("features/core.json"), """
                {"feature-resource-version": "1.0", "id": "g:core:osgifeature:1",
                 "bundles": [{"id": "g:cli:1"}]}
                """);
        Files.writeString(dir.resolve("features/ui.json"), """
                {"feature-resource-version": "1.0", "id": "g:ui:osgifeature:1", "description": "The browser workbench",
                 "extensions": {"concord.commands": {"kind": "optional", "type": "text", "text": ["workbench"]}},
                 "bundles": []}
                """);
        Files.move(jar("cli-1.jar", Map.of("OSGI-INF/a.xml", COMMAND.replace("stats", "annotate")), "OSGI-INF/a.xml"),
                dir.resolve("system/cli-1.jar"));
        Files.move(jar("third.jar", Map.of("OSGI-INF/a.xml", COMMAND), "OSGI-INF/a.xml"), dir.resolve("deploy/third.jar"));
        Map<String, String> commands = CommandCatalog.read(dir);
        assertEquals(java.util.List.of("annotate", "stats", "workbench"), java.util.List.copyOf(commands.keySet()));
        assertEquals("The browser workbench", commands.get("workbench"));
    }
}
