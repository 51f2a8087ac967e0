package io.concord.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad bundles and bad documents get one clear message each, and everything else still works. */
class RobustnessIT {
    @TempDir
    static Path dir;
    static Distribution dist;

    @BeforeAll
    static void copyDistribution() throws Exception {
        dist = Distribution.copyTo(dir);
    }

    @Test
    void keepsWorkingWithBrokenAndUnresolvableJarsInDeploy(@TempDir Path tmp) throws Exception {
        Distribution own = Distribution.copyTo(tmp);
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        Files.write(own.deploy().resolve("broken.jar"), garbage);
        Manifest mf = new Manifest();
        mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        mf.getMainAttributes().putValue("Bundle-ManifestVersion", "2");
        mf.getMainAttributes().putValue("Bundle-SymbolicName", "example.needs.missing");
        mf.getMainAttributes().putValue("Import-Package", "com.example.missing;version=\"[1,2)\"");
        try (OutputStream os = Files.newOutputStream(own.deploy().resolve("unresolvable.jar")); JarOutputStream j = new JarOutputStream(os, mf)) {
            j.flush();
        }
        Path out = tmp.resolve("out");

        Distribution.Run run = own.run("annotate", Distribution.SEEDS.toString(), "--out", out.toString());

        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(Files.isRegularFile(out.resolve("000_dde6b549911dd594.json")));
        JsonObject doc = Distribution.json(out.resolve("000_dde6b549911dd594.json"));
        assertTrue(doc.getAsJsonArray("annotations").size() > 20, "annotators still run");
        String err = run.stderr();
        assertTrue(err.lines().anyMatch(l -> l.contains("broken.jar")), err);
        assertTrue(err.lines().anyMatch(l -> l.contains("unresolvable.jar") && l.contains("com.example.missing")
                || l.contains("example.needs.missing") && l.contains("com.example.missing")), err);
    }

    @Test
    void skipsAndReportsUnreadableDocumentsAndAnnotatesTheRest() throws Exception {
        Path in = Files.createDirectories(dir.resolve("bad-input"));
        Files.writeString(in.resolve("good.txt"), "Chancellor Olaf Scholz met Emmanuel Macron in Paris on Monday.\n");
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("binary.txt"), new byte[]{'%', 'P', 'D', 'F', 0, 1, 2, 3});
        Files.write(in.resolve("latin1.txt"), "Caf\u00e9 owners in Li\u00e8ge".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(in.resolve("huge.txt"), "word ".repeat(300_000).getBytes(StandardCharsets.UTF_8));
        Path out = dir.resolve("bad-input-out");

        Distribution.Run run = dist.run("annotate", in.toString(), "--out", out.toString(), "--max-size", "1MB");

        assertEquals(1, run.exitCode(), run.stderr());
        assertTrue(Files.isRegularFile(out.resolve("good.json")));
        String err = run.stderr();
        assertTrue(err.contains("empty.txt: empty file"), err);
        assertTrue(err.contains("binary.txt: binary file"), err);
        assertTrue(err.contains("latin1.txt: not valid UTF-8") && err.contains("--encoding"), err);
        assertTrue(err.contains("huge.txt: too large"), err);
        JsonObject summary = Distribution.json(out.resolve("run.json"));
        assertEquals(4, summary.getAsJsonArray("failed").size());
        assertEquals(1, summary.get("annotated").getAsInt());
    }

    @Test
    void refusesBadUsageWithExitCodeTwo() throws Exception {
        assertEquals(2, dist.run("annotate").exitCode());
        Distribution.Run unknownFormat = dist.run("annotate", Distribution.SEEDS.toString(), "--out", dir.resolve("x").toString(), "--format", "docx");
        assertEquals(2, unknownFormat.exitCode());
        assertTrue(unknownFormat.stderr().contains("unknown format 'docx'"), unknownFormat.stderr());
        Distribution.Run missing = dist.run("annotate", dir.resolve("nope").toString(), "--out", dir.resolve("y").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.stderr().contains("no such file or folder"), missing.stderr());
        assertEquals(2, dist.run("frobnicate").exitCode());

        // errors that say what is wrong, not only a name, and before any annotation work
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Distribution.Run outIsFile = dist.run("annotate", Distribution.SEEDS.toString(), "--out", file.toString());
        assertEquals(2, outIsFile.exitCode());
        assertTrue(outIsFile.stderr().contains("--out " + file + " is a file, not a folder"), outIsFile.stderr());
        Distribution.Run badEncoding = dist.run("annotate", Distribution.SEEDS.toString(), "--out", dir.resolve("z").toString(),
                "--encoding", "klingon-8");
        assertEquals(2, badEncoding.exitCode());
        assertTrue(badEncoding.stderr().contains("unknown --encoding 'klingon-8'"), badEncoding.stderr());
    }

    @Test
    void documentsEveryOptionInHelp() throws Exception {
        Distribution.Run help = dist.run("annotate", "--help");
        assertEquals(0, help.exitCode());
        for (String option : new String[]{"--out", "--format", "--threads", "--include", "--encoding", "--max-size", "--strict", "Exit status"}) {
            assertTrue(help.stdout().contains(option), option + " in\n" + help.stdout());
        }
    }

    @Test
    void answersHelpAndVersionWithoutStartingTheRuntime() throws Exception {
        // a temporary folder that does not exist: the framework cannot even make its storage
        java.util.Map<String, String> noRuntime = java.util.Map.of("CONCORD_JAVA_OPTS",
                "-Djava.io.tmpdir=" + dir.resolve("no-such-folder"));
        Distribution.Run help = dist.start(noRuntime, "--help").await(60);
        assertEquals(0, help.exitCode(), help.stderr());
        for (String command : new String[]{"annotate", "bundles", "import", "workbench", "help <command>"}) {
            assertTrue(help.stdout().contains(command), command + " in\n" + help.stdout());
        }
        Distribution.Run version = dist.start(noRuntime, "--version").await(60);
        assertEquals(0, version.exitCode(), version.stderr());
        assertTrue(version.stdout().matches("(?s)Concord \\d+\\.\\d+\\.\\d+.*"), version.stdout());
        Distribution.Run needsRuntime = dist.start(noRuntime, "annotate", "--help").await(60);
        assertTrue(needsRuntime.exitCode() != 0 && needsRuntime.stderr().contains("cannot start"), "a command needs the runtime");
        Distribution.Run commandHelp = dist.run("help", "annotate");
        assertEquals(0, commandHelp.exitCode(), commandHelp.stderr());
        assertTrue(commandHelp.stdout().contains("--out"), commandHelp.stdout());
    }

    @Test
    void listsAnnotatorsWithVersionsAndStates() throws Exception {
        Distribution.Run bundles = dist.run("bundles");
        assertEquals(0, bundles.exitCode(), bundles.stderr());
        String out = bundles.stdout();
        for (String annotator : new String[]{"segmenter", "people", "places", "figures", "quotes"}) {
            assertTrue(out.lines().anyMatch(l -> l.trim().startsWith(annotator + " ") && l.contains("active")), annotator + " in\n" + out);
        }
        assertTrue(out.contains("concord-engine") && out.contains("json"), out);
    }

    @Test
    void documentsNamedLikeTheRunFilesKeepTheirAnnotations() throws Exception {
        Path in = Files.createDirectories(dir.resolve("reserved-in"));
        String text = "The minister said 40 people were hurt in Lyon on Monday.";
        for (String name : List.of("run.txt", "conflicts.txt", "typesystem.txt")) {
            Files.writeString(in.resolve(name), text);
        }
        Path out = dir.resolve("reserved-out");
        Distribution.Run run = dist.run("annotate", in.toString(), "--out", out.toString(), "--format", "json,xmi,html");
        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals("concord.annotations/1", Distribution.json(out.resolve("docs/run.json")).get("schema").getAsString());
        assertEquals("concord.annotations/1", Distribution.json(out.resolve("docs/conflicts.json")).get("schema").getAsString());
        assertTrue(Files.exists(out.resolve("typesystem.xmi")), "a name no run file takes stays where it is");
        assertTrue(Files.readString(out.resolve("typesystem.xml")).contains("<typeSystemDescription"), "typesystem.xml is the type system");
        assertTrue(run.stderr().contains("docs/run.json"), run.stderr());
        assertTrue(Distribution.json(out.resolve("run.json")).has("documents"), "run.json is the run summary");
        assertEquals("concord.conflicts/1", Distribution.json(out.resolve("conflicts.json")).get("schema").getAsString());
    }

    @Test
    void neverWritesAnOutputFileOverAnInputFile() throws Exception {
        // --out is the input folder, and brat-txt writes <id>.txt: the input documents must stay as they were
        Path in = Files.createDirectories(dir.resolve("in-is-out"));
        String text = "\uFEFFThe mayor said 40 homes were flooded in Leeds on Monday.\r\nRoads stayed shut.\r\n";
        Files.writeString(in.resolve("flood.txt"), text);
        Distribution.Run run = dist.run("annotate", in.toString(), "--out", in.toString(), "--format", "json,brat,brat-txt");
        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals(text, Files.readString(in.resolve("flood.txt")), "the input document is unchanged");
        assertTrue(Files.readString(in.resolve("docs/flood.txt")).startsWith("The mayor said"), "brat's text went under docs/");
        assertTrue(run.stderr().contains("docs/flood.txt"), run.stderr());
    }

    @Test
    void resumesWhereAnEarlierRunLeftOff() throws Exception {
        Path in = Files.createDirectories(dir.resolve("resume-in"));
        Files.writeString(in.resolve("a.txt"), "The mayor of Leeds said 40 homes were flooded on Monday.");
        Files.writeString(in.resolve("b.txt"), "Leeds council said 45 homes were flooded on Monday.");
        Files.writeString(in.resolve("c.txt"), "Rescuers in Leeds said the river rose by 2 metres.");
        Path out = dir.resolve("resume-out");
        Distribution.Run first = dist.run("annotate", in.toString(), "--out", out.toString(), "--format", "json,html");
        assertEquals(0, first.exitCode(), first.stderr());
        assertEquals(3, Distribution.json(out.resolve("run.json")).getAsJsonArray("states").size());
        long aWritten = Files.getLastModifiedTime(out.resolve("a.json")).toMillis();

        // b changed since, c's output is gone (as if the run had been killed before it): only a is kept
        Files.writeString(in.resolve("b.txt"), "Leeds council said 48 homes were flooded on Monday.");
        Files.delete(out.resolve("c.json"));
        Thread.sleep(20);
        Distribution.Run second = dist.run("annotate", in.toString(), "--out", out.toString(), "--format", "json,html", "--resume");
        assertEquals(0, second.exitCode(), second.stderr());
        assertTrue(second.stderr().contains("(1 kept from the earlier run)"), second.stderr());
        assertEquals(aWritten, Files.getLastModifiedTime(out.resolve("a.json")).toMillis(), "a was not written again");
        assertTrue(Files.exists(out.resolve("c.json")));
        com.google.gson.JsonObject run = Distribution.json(out.resolve("run.json"));
        assertEquals(1, run.get("resumed").getAsInt());
        assertEquals("finished", run.get("state").getAsString());
        assertTrue(Files.readString(out.resolve("conflicts.json")).contains("concord.conflicts/1"));

        Distribution.Run third = dist.run("annotate", in.toString(), "--out", out.toString(), "--format", "json,html", "--resume");
        assertTrue(third.stderr().contains("(3 kept from the earlier run)"), third.stderr());
        assertEquals(Files.readString(out.resolve("conflicts.json")).length() > 0, true);

        Distribution.Run other = dist.run("annotate", in.toString(), "--out", dir.resolve("resume-fresh").toString(), "--resume");
        assertEquals(0, other.exitCode(), other.stderr());
        assertTrue(other.stderr().contains("--resume: no run.json of an earlier run"), other.stderr());
    }

    @Test
    void readsWebPagesAndListsOtherFilesAsSkipped() throws Exception {
        Path in = Files.createDirectories(dir.resolve("web-in"));
        Files.writeString(in.resolve("leeds.html"), "<html><head><title>Floods | Example News</title>"
                + "<meta property='article:published_time' content='2026-11-30T08:15:00Z'></head><body>"
                + "<nav><a>Home</a> <a>Sport</a> <a>Paris</a></nav><article><h1>Floods close roads in Leeds</h1>"
                + "<div class='share-bar'><p>Share on X</p></div><p>The mayor of Leeds, Jane Holt, said 40 homes were "
                + "flooded on Monday.</p></article><footer>London office</footer></body></html>");
        Files.writeString(in.resolve("report.pdf"), "%PDF-1.4");
        Path out = dir.resolve("web-out");
        Distribution.Run run = dist.run("annotate", in.toString(), "--out", out.toString(), "--format", "json");
        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains("1 file(s) of other kinds skipped") && run.stderr().contains("report.pdf"), run.stderr());
        com.google.gson.JsonObject doc = Distribution.json(out.resolve("leeds.json"));
        String places = doc.getAsJsonArray("annotations").toString();
        assertTrue(places.contains("\"Jane Holt\"") && places.contains("\"Leeds\""), places);
        assertFalse(places.contains("Paris") || places.contains("London"), "menus and footers are not the story: " + places);
        assertEquals(1, Distribution.json(out.resolve("run.json")).getAsJsonArray("skipped").size());
        // the page's headline and date travel as the document's metadata, its location without a local path
        com.google.gson.JsonObject meta = doc.getAsJsonObject("document");
        assertEquals("Floods close roads in Leeds", meta.get("title").getAsString(), meta.toString());
        assertEquals("2026-11-30T08:15:00Z", meta.get("published").getAsString(), meta.toString());
        assertEquals("web-in/leeds.html", meta.get("source").getAsString(), meta.toString());
    }

    @Test
    void annotatesDocumentsOfTheSameNameInTwoFoldersBoth() throws Exception {
        Path first = Files.createDirectories(dir.resolve("same-name/monday"));
        Path second = Files.createDirectories(dir.resolve("same-name/tuesday"));
        Files.writeString(first.resolve("report.txt"), "The mayor of Leeds said 40 homes were flooded on Monday.");
        Files.writeString(second.resolve("report.txt"), "The mayor of Leeds said 45 homes were flooded on Tuesday.");
        Files.writeString(second.resolve("other.txt"), "Rescuers in York said the river rose by 2 metres.");
        Path out = dir.resolve("same-name-out");
        Distribution.Run run = dist.run("annotate", first.toString(), second.toString(), "--out", out.toString(), "--format", "json");
        assertEquals(0, run.exitCode(), run.stderr());
        // the ids of the clashing names come from their folders; a name that clashes with none keeps its own
        assertEquals("monday__report", Distribution.json(out.resolve("monday__report.json"))
                .getAsJsonObject("document").get("id").getAsString());
        assertTrue(Files.exists(out.resolve("tuesday__report.json")));
        assertTrue(Files.exists(out.resolve("other.json")));
        assertFalse(Files.exists(out.resolve("report.json")));
    }

    @Test
    void readsJsonLinesAndStandardInput() throws Exception {
        Path in = Files.createDirectories(dir.resolve("lines-in"));
        Files.writeString(in.resolve("wire.jsonl"), "{\"id\": \"leeds\", \"text\": \"The mayor of Leeds said 40 homes were flooded.\"}\n"
                + "{broken\n{\"text\": \"Rescuers in York said the river rose by 2 metres.\"}\n");
        Path out = dir.resolve("lines-out");
        Distribution.Run run = dist.run("annotate", in.resolve("wire.jsonl").toString(), "--out", out.toString(), "--format", "json");
        assertEquals(1, run.exitCode(), "one line holds no document: " + run.stderr());
        assertTrue(run.stderr().contains("line 2 is not a JSON object"), run.stderr());
        assertTrue(Distribution.json(out.resolve("leeds.json")).getAsJsonArray("annotations").toString().contains("Leeds"));
        assertTrue(Files.exists(out.resolve("wire-3.json")));

        Distribution.Run piped = dist.start("annotate", "-", "--out", dir.resolve("stdin-out").toString(), "--format", "json");
        try (java.io.OutputStream stdin = piped.process().getOutputStream()) {
            stdin.write("The minister of Kenya said 12 schools closed in Nairobi.".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        piped.await(120);
        assertEquals(0, piped.exitCode(), piped.stderr());
        assertTrue(Distribution.json(dir.resolve("stdin-out/stdin.json")).getAsJsonArray("annotations").toString().contains("Nairobi"));
    }

    @Test
    void cleansUpTheFrameworkStorageOfKilledRuns() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Path stale = Files.createTempDirectory(tmp, "concord-felix-");
        Files.writeString(stale.resolve("concord.pid"), "2147483000"); // no such process
        Files.createDirectories(stale.resolve("bundle1"));
        Path alive = Files.createTempDirectory(tmp, "concord-felix-");
        Files.writeString(alive.resolve("concord.pid"), Long.toString(ProcessHandle.current().pid()));
        try {
            assertEquals(0, dist.run("bundles").exitCode());
            assertTrue(Files.notExists(stale), "the storage of a dead run is removed");
            assertTrue(Files.exists(alive), "the storage of a live run is left alone");
        } finally {
            Files.deleteIfExists(alive.resolve("concord.pid"));
            Files.deleteIfExists(alive);
        }
    }

    @Test
    void theStorageOfARunKilledForReallyIsRemovedByTheNextRun() throws Exception {
        // a real run's folder, not a made-up one: Felix empties its storage when it starts, and once took the
        // run's process id with it, so that no later run knew the folder as left over
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Set<Path> before = storageFolders(tmp);
        Distribution.Run shell = dist.start("shell");
        try {
            long deadline = System.currentTimeMillis() + 60_000;
            while (!shell.stdout().contains("g!") && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            Set<Path> started = storageFolders(tmp);
            started.removeAll(before);
            assertEquals(1, started.size(), "one storage folder for the run: " + started);
            Path storage = started.iterator().next();
            assertTrue(Files.isRegularFile(storage.resolve("concord.pid")), "the running run's folder names its process");
            shell.process().destroyForcibly().waitFor();
            assertTrue(Files.exists(storage), "SIGKILL leaves the folder behind");

            assertEquals(0, dist.run("bundles").exitCode());
            assertTrue(Files.notExists(storage), "the next run removes the killed run's folder");
        } finally {
            shell.process().destroyForcibly();
        }
    }

    private static Set<Path> storageFolders(Path tmp) throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.filter(p -> p.getFileName().toString().startsWith("concord-felix-")).collect(Collectors.toCollection(HashSet::new));
        }
    }

    @Test
    void aKilledRunLeavesARunJsonThatSaysSoNotThePreviousRuns() throws Exception {
        Path out = Files.createDirectories(dir.resolve("rerun-out"));
        Files.writeString(out.resolve("run.json"), "{\"state\": \"finished\", \"documents\": 1}");
        Files.writeString(out.resolve("conflicts.json"), "{\"schema\": \"concord.conflicts/1\", \"previous\": true}");
        Path in = Files.createDirectories(dir.resolve("rerun-in"));
        String text = Files.readString(Files.list(Distribution.SEEDS).filter(p -> p.toString().endsWith(".txt")).findFirst().orElseThrow());
        for (int i = 0; i < 3000; i++) {
            Files.writeString(in.resolve("d" + i + ".txt"), text);
        }
        Distribution.Run run = dist.start("annotate", in.toString(), "--out", out.toString(), "--threads", "1");
        long deadline = System.currentTimeMillis() + 60_000;
        while (!Files.readString(out.resolve("run.json")).contains("running") && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        run.process().destroyForcibly();
        run.process().waitFor();

        assertTrue(Files.readString(out.resolve("run.json")).contains("\"state\": \"running\""), "run.json marks the unfinished run");
        assertTrue(Files.notExists(out.resolve("conflicts.json")), "the previous run's conflicts are not left beside the new documents");
    }

    @Test
    void aDocumentTooLargeForTheHeapFailsAloneAndTheRunIsRecorded() throws Exception {
        Path in = Files.createDirectories(dir.resolve("oom-in"));
        Files.writeString(in.resolve("a-small.txt"), "The minister said 40 people were hurt in Lyon on Monday.");
        StringBuilder huge = new StringBuilder();
        while (huge.length() < 40_000_000) {
            huge.append("Officials in Lyon said 40 people were hurt on Monday, and Marie Dubois said \"we will rebuild\". ");
        }
        Files.writeString(in.resolve("b-huge.txt"), huge);
        Path out = dir.resolve("oom-out");
        Distribution.Run run = dist.start(java.util.Map.of("CONCORD_JAVA_OPTS", "-Xmx160m"), "annotate", in.toString(),
                "--out", out.toString(), "--format", "json").await(600);

        assertEquals(1, run.exitCode(), run.stderr());
        assertTrue(Files.exists(out.resolve("a-small.json")), "the other document is annotated");
        JsonObject summary = Distribution.json(out.resolve("run.json"));
        assertEquals("finished", summary.get("state").getAsString());
        assertTrue(summary.get("failed").toString().contains("out of memory"), summary.get("failed").toString());
    }
    @Test
    void anAnnotatorPastItsTimeLimitStopsInsteadOfRunningOn(@TempDir Path tmp) throws Exception {
        // a soup of capitalised words: the places annotator takes several times the segmenter's time on it;
        // before annotators heeded the engine's interrupt, places ran on past the grace ("did not stop")
        // (whole: in sections of the default length each would finish within the limit)
        Distribution own = Distribution.copyTo(tmp);
        Files.writeString(own.deploy().getParent().resolve("conf/io.concord.engine.cfg"),
                "annotatorTimeoutMillis=2500\noverrunGraceMillis=300\nsectionChars=0\n");
        Path in = Files.createDirectories(tmp.resolve("slow-in"));
        String[] words = {"Ana", "Ruiz", "Tomas", "Berg", "Lyon", "Oslo", "Geneva", "Mayor", "Paris", "Envoy", "Mr.",
            "Kim", "Sato", "Perth", "Lagos", "Minister", "Said", "The"};
        java.util.Random random = new java.util.Random(3);
        StringBuilder soup = new StringBuilder();
        for (int i = 0; i < 450_000; i++) {
            soup.append(words[random.nextInt(words.length)]).append(' ');
        }
        Files.writeString(in.resolve("soup.txt"), soup);
        Path out = tmp.resolve("slow-out");
        Distribution.Run run = own.run("annotate", in.toString(), "--out", out.toString(), "--format", "json",
                "--no-conflicts", "--quiet");
        String problems = Distribution.json(out.resolve("run.json")).get("annotatorProblems").toString();
        assertTrue(problems.contains("places") && problems.contains("was stopped"), problems + run.stderr());
        assertFalse(problems.contains("did not stop"), problems);
    }

    /**
     * One long document of ordinary news (a book-length dump, a day's wire in one file) is annotated whole (not
     * in sections), each annotator within the default time limit: passes over the whole document that each candidate
     * repeated made a 10 MB file cost the figures annotator over a minute (its work dropped) and places 35 s.
     */
    @Test
    void aLongDocumentOfNewsIsAnnotatedWholeWithinTheDefaultTimeLimit(@TempDir Path tmp) throws Exception {
        Distribution own = Distribution.copyTo(tmp);
        Files.writeString(own.deploy().getParent().resolve("conf/io.concord.engine.cfg"), "sectionChars=0\n");
        Path in = Files.createDirectories(tmp.resolve("long-in"));
        Files.writeString(in.resolve("day.txt"), newsOfLength(6_000_000));
        Path out = tmp.resolve("long-out");

        Distribution.Run run = own.run("annotate", in.toString(), "--out", out.toString(), "--format", "json",
                "--no-conflicts", "--quiet");

        assertEquals(0, run.exitCode(), run.stderr());
        JsonObject summary = Distribution.json(out.resolve("run.json"));
        assertEquals("[]", summary.get("annotatorProblems").toString(), run.stderr());
    }

    /**
     * A document larger than the heap can hold annotated whole (12 MB of news in 600 MB: the CAS with its
     * tokens and each annotator's working data ran out of memory) is annotated section by section at paragraph
     * breaks, each section within the time limits, and written as one document with offsets into the whole text.
     */
    @Test
    void aDocumentTooLargeToAnnotateWholeIsAnnotatedInSections() throws Exception {
        Path in = Files.createDirectories(dir.resolve("sections-in"));
        String text = newsOfLength(12_000_000);
        Files.writeString(in.resolve("archive.txt"), text);
        Path out = dir.resolve("sections-out");

        Distribution.Run run = dist.start(java.util.Map.of("CONCORD_JAVA_OPTS", "-Xmx600m"), "annotate", in.toString(),
                "--out", out.toString(), "--format", "json", "--no-conflicts", "--quiet").await(900);

        assertEquals(0, run.exitCode(), run.stderr());
        JsonObject doc = Distribution.json(out.resolve("archive.json"));
        for (var e : doc.getAsJsonArray("annotators")) {
            assertEquals("OK", e.getAsJsonObject().get("status").getAsString(), e.toString());
        }
        int checked = 0;
        int last = 0;
        for (var e : doc.getAsJsonArray("annotations")) {
            JsonObject a = e.getAsJsonObject();
            int begin = a.get("begin").getAsInt();
            assertEquals(text.substring(begin, a.get("end").getAsInt()), a.get("text").getAsString(), a.toString());
            last = Math.max(last, begin);
            checked++;
        }
        assertTrue(checked > 10_000, "annotations: " + checked);
        assertTrue(last > 11_000_000, "the last section is annotated too: " + last);
    }

    /** Ordinary news of at least {@code chars} characters: the generalisation sets' texts over and over. */
    private static String newsOfLength(int chars) throws Exception {
        StringBuilder all = new StringBuilder();
        try (var texts = Files.walk(Path.of("src/test/resources/generalisation"))) {
            for (Path p : texts.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                all.append(Files.readString(p)).append("\n\n");
            }
        }
        StringBuilder doc = new StringBuilder();
        while (doc.length() < chars) {
            doc.append(all);
        }
        return doc.toString();
    }
}
