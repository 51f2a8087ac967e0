package io.concord.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import io.concord.types.ConcordTypeSystem;
import io.concord.types.Person;
import io.concord.types.Place;
import io.concord.types.Sentence;
import io.concord.types.Token;
import io.concord.api.text.Word;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.jcas.JCas;
import org.apache.uima.util.CasCreationUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated project's sources compile against what a third party compiles against (the API, the types,
 * UIMA, the OSGi annotations, JUnit), and its annotator finds its list's names in a real CAS. The whole
 * project built by Maven and deployed into the distribution is NewAnnotatorIT's.
 */
class GeneratedAnnotatorTest {
    @TempDir
    Path dir;

    @Test
    void aPlaceAnnotatorCompilesWithItsTestsAndMarksItsNames() throws Exception {
        Path project = generate("harbour-names", "com.example.harbours", "Place");
        ClassLoader loader = compile(project);
        JCas jcas = segmented("Cranes idled at the Port of Antwerp-Bruges and at Jebel Ali.");

        run(loader.loadClass("com.example.harbours.HarbourNamesAnnotator"), jcas);

        List<String> found = jcas.select(Place.class).map(p -> p.getCoveredText() + "/" + p.getCanonical() + "/" + p.getKind()).toList();
        assertEquals(List.of("Port of Antwerp-Bruges/Port of Antwerp-Bruges/other", "Jebel Ali/Jebel Ali Port/other"), found);
        assertEquals(0.9, jcas.select(Place.class).get(0).getConfidence());
    }

    @Test
    void aPersonAnnotatorGivesTheCanonicalNameAndRole() throws Exception {
        Path project = generate("one-name-people", "org.acme.people", "Person");
        ClassLoader loader = compile(project);
        JCas jcas = segmented("A mural by Banksy appeared, and Madonna sang.");

        run(loader.loadClass("org.acme.people.OneNamePeopleAnnotator"), jcas);

        List<String> found = jcas.select(Person.class)
                .map(p -> p.getCoveredText() + "/" + p.getCanonical() + "/" + p.getRole()).toList();
        assertEquals(List.of("Banksy/Banksy/artist", "Madonna/Madonna Louise Ciccone/singer"), found);
    }

    @Test
    void theProjectNamesTheBuildsVersionAndTheDistributionsRepository() throws Exception {
        Path project = generate("harbour-names", "com.example.harbours", "Place");
        String pom = Files.readString(project.resolve("pom.xml"));
        assertTrue(pom.contains("<artifactId>concord-bundle-parent</artifactId>"), pom);
        assertTrue(pom.contains("<version>" + NewCommand.concordVersion() + "</version>"), pom);
        assertTrue(pom.contains("<url>file:///opt/concord/sdk/repository</url>"), pom);
        assertTrue(Files.readString(project.resolve("README.md")).contains("cp target/harbour-names-1.0.0.jar /home/me/.concord/deploy/"));
        try (Stream<Path> files = Files.walk(project)) {
            assertFalse(files.anyMatch(f -> Files.isRegularFile(f) && read(f).contains("__")),
                    "every placeholder is replaced");
        }
    }

    @Test
    void aFolderThatHoldsFilesIsLeftAsItWas() throws Exception {
        Path taken = Files.createDirectories(dir.resolve("taken"));
        Files.writeString(taken.resolve("notes.txt"), "mine");
        Map<String, String> files = new ProjectTemplate("annotator").render(
                AnnotatorProject.of("taken", null, null, null).placeholders("1.0", "/opt/concord", "/home/me/.concord/deploy"));

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ProjectTemplate.write(files, taken));

        assertTrue(e.getMessage().contains("exists and is not an empty folder"), e.getMessage());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(taken), left.toList(), "no staging folder is left behind");
        }
        assertEquals(List.of(taken.resolve("notes.txt")), Files.list(taken).toList());
    }

    private Path generate(String id, String pkg, String type) throws Exception {
        Path target = dir.resolve(id);
        ProjectTemplate.write(new ProjectTemplate("annotator").render(
                AnnotatorProject.of(id, pkg, null, type).placeholders(NewCommand.concordVersion(), "/opt/concord", "/home/me/.concord/deploy")), target);
        return target;
    }

    /** Compiles the project's main and test sources on this test's class path; main resources beside them. */
    private ClassLoader compile(Path project) throws Exception {
        Path classes = Files.createDirectories(dir.resolve("classes-" + project.getFileName()));
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-proc:none",
                "-cp", System.getProperty("java.class.path")));
        try (Stream<Path> sources = Files.walk(project.resolve("src"))) {
            sources.filter(p -> p.toString().endsWith(".java")).forEach(p -> args.add(p.toString()));
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        int status = javac.getTask(diagnostics, null, null, args.subList(0, 5), null,
                javac.getStandardFileManager(null, null, null).getJavaFileObjectsFromStrings(args.subList(5, args.size())))
                .call() ? 0 : 1;
        assertEquals(0, status, diagnostics.toString());
        Path resources = project.resolve("src/main/resources");
        try (Stream<Path> files = Files.walk(resources)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Path to = classes.resolve(resources.relativize(f).toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to);
            }
        }
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
    }

    @SuppressWarnings("unchecked")
    private static void run(Class<?> annotator, JCas jcas) throws Exception {
        // UIMA loads the annotator by its name through the context class loader, as Concord's engine sets it
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(annotator.getClassLoader());
        try {
            AnalysisEngine engine = AnalysisEngineFactory.createEngine(AnalysisEngineFactory.createEngineDescription(
                    (Class<? extends JCasAnnotator_ImplBase>) annotator, ConcordTypeSystem.description()));
            engine.process(jcas);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private static JCas segmented(String text) throws Exception {
        JCas jcas = CasCreationUtils.createCas(ConcordTypeSystem.description(), null, null).getJCas();
        jcas.setDocumentText(text);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\p{L}+|\\p{N}+|\\S").matcher(text);
        while (m.find()) {
            Token t = new Token(jcas, m.start(), m.end());
            t.setShape(Word.shapeOf(m.group()));
            t.addToIndexes();
        }
        new Sentence(jcas, 0, text.length()).addToIndexes();
        return jcas;
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
