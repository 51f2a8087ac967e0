package io.concord.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A third-party bundle that brings its own annotation type (examples/annotator-organisations: Organisation, a
 * subtype of ConcordAnnotation with features of its own) joins the pipeline by being copied into deploy/; the
 * engine merges its types into the CASes, the JSON, the XMI and the HTML report carry them, and removing the bundle while a batch
 * runs takes the type out again without a failed document.
 */
class NewAnnotationTypeIT {
    private static final Path EXAMPLE = Path.of(System.getProperty("concord.example.orgs.jar",
            "../examples/annotator-organisations/target/annotator-organisations-1.0.0.jar"));

    @TempDir
    Path dir;

    @Test
    void aTypeFromABundleIsAnnotatedAndExported() throws Exception {
        Distribution dist = Distribution.copyTo(dir);
        Files.copy(EXAMPLE, dist.deploy().resolve(EXAMPLE.getFileName()));
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("who.txt"), "GENEVA (Reuters) - The World Health Organization (WHO) said on"
                + " Monday that measles cases rose. The European Commission pledged 40 million euros, WHO said.\n",
                StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        Distribution.Run run = dist.run("annotate", docs.toString(), "--out", out.toString(), "--format", "json,xmi,html");

        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains("organisations 1.0.0"), run.stderr());
        List<String> organisations = new ArrayList<>();
        for (JsonElement e : Distribution.json(out.resolve("who.json")).getAsJsonArray("annotations")) {
            JsonObject a = e.getAsJsonObject();
            if (a.get("type").getAsString().equals("organisation")) {
                organisations.add(a.get("text").getAsString() + "/" + a.get("canonical").getAsString() + "/"
                        + a.get("kind").getAsString() + "/" + a.get("annotator").getAsString());
            }
        }
        assertEquals(List.of("World Health Organization/World Health Organization/international/organisations",
                "European Commission/European Commission/international/organisations",
                "WHO/World Health Organization/international/organisations"), organisations);
        String xmi = Files.readString(out.resolve("who.xmi"));
        assertTrue(xmi.contains("xmlns:orgs=\"http:///com/example/concord/orgs.ecore\""), xmi);
        assertTrue(xmi.contains("canonical=\"World Health Organization\" kind=\"international\""), xmi);
        String html = Files.readString(out.resolve("conflicts.html"));
        assertTrue(html.contains("<tr class=\"type-organisation\"><th scope=\"row\">organisation</th><td>3</td><td>1</td>"
                + "<td>organisations</td><td>World Health Organization <small>×2</small> · European Commission <small>×1</small>"), html);
    }

    @Test
    void removingTheBundleWhileABatchRunsTakesItsTypeOut() throws Exception {
        Distribution dist = Distribution.copyTo(dir);
        Files.writeString(dist.home.resolve("conf/concord.properties"), "felix.fileinstall.poll=200\n");
        Path jar = dist.deploy().resolve(EXAMPLE.getFileName());
        Files.copy(EXAMPLE, jar);
        Path corpus = HotDeployIT.corpus(dir.resolve("corpus"), 800);
        Path out = dir.resolve("out");
        Distribution.Run run = dist.start("annotate", corpus.toString(), "--out", out.toString(), "--threads", "2",
                "--format", "json", "--no-conflicts");

        HotDeployIT.awaitNewDocument(out, run, Set.of(), NewAnnotationTypeIT::ranOrganisations);
        Set<String> before = HotDeployIT.written(out);
        Files.delete(jar);
        HotDeployIT.awaitNewDocument(out, run, before, doc -> !ranOrganisations(doc));
        Set<String> afterRemoval = HotDeployIT.written(out);
        Files.copy(EXAMPLE, jar.resolveSibling("orgs.tmp"));
        Files.move(jar.resolveSibling("orgs.tmp"), jar);
        HotDeployIT.awaitNewDocument(out, run, afterRemoval, NewAnnotationTypeIT::ranOrganisations);
        run.await(300);
        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals(800, Distribution.json(out.resolve("run.json")).get("annotated").getAsInt(), run.stderr());

        for (String name : HotDeployIT.written(out)) {
            JsonObject doc = Distribution.json(out.resolve(name));
            for (JsonElement e : doc.getAsJsonArray("annotators")) {
                assertEquals("OK", e.getAsJsonObject().get("status").getAsString(), name + ": " + e);
            }
        }
    }

    private static boolean ranOrganisations(JsonObject doc) {
        return doc.getAsJsonArray("annotators").toString().contains("\"organisations\"");
    }
}
