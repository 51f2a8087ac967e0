package io.concord.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import io.concord.api.AnnotationService;
import io.concord.api.Exporter;
import io.concord.command.Command;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bin/concord evaluate}: annotates documents with the pipeline of the moment, inside the runtime, and
 * scores the result against gold in the exchange format as {@code seeds/gold/score.py} does, so that a
 * contributor can compare two versions of an annotator (or one annotator's share, {@code --annotator}).
 */
@Component(service = Command.class, property = {Command.NAME + "=evaluate",
        Command.SUMMARY + "=Score the pipeline (or one annotator) against gold annotations"})
public final class EvaluateCommand implements Command {
    private final AnnotationService annotation;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<Exporter> exporters;

    @Activate
    public EvaluateCommand(@Reference AnnotationService annotation) {
        this.annotation = annotation;
    }

    /** With these exporters instead of the services' (tests). */
    EvaluateCommand(AnnotationService annotation, List<Exporter> exporters) {
        this.annotation = annotation;
        this.exporters = exporters;
    }

    @CommandLine.Command(name = "evaluate", sortOptions = false,
            description = "Annotate documents and score the annotations against gold (the exchange format of "
                    + "GUIDELINES.md, one <id>.json per document): per type, strict (same span) and lenient "
                    + "(overlapping span) precision, recall and F1, and the accuracy of each attribute.")
    static final class Options {
        @Parameters(arity = "1..*", paramLabel = "DOCS", description = "Documents or folders to annotate, as for annotate.")
        List<Path> inputs;

        @Option(names = {"-g", "--gold"}, required = true, paramLabel = "DIR",
                description = "Folder of gold annotation files, <id>.json per document.")
        Path gold;

        @Option(names = {"-a", "--annotator"}, paramLabel = "ID",
                description = "Score only the annotations of this annotator (its id in 'bin/concord bundles').")
        String annotator;

        @Option(names = {"-o", "--out"}, paramLabel = "DIR",
                description = "Keep the predicted annotations in DIR (default: a temporary folder, removed after).")
        Path out;

        @Option(names = "--json", description = "Print the scores as JSON.")
        boolean json;

        @Option(names = {"-t", "--threads"}, paramLabel = "N", description = "Documents annotated at once.")
        int threads = Runtime.getRuntime().availableProcessors();

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
        boolean help;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Options options = new Options();
        ParsedArgs parsed = ParsedArgs.parse("evaluate", options, args, out, err);
        if (parsed.exitCode() != null) {
            return parsed.exitCode();
        }
        if (!Files.isDirectory(options.gold)) {
            err.println("concord evaluate: --gold " + options.gold + " is not a folder of gold annotation files");
            return USAGE;
        }
        Path predictions = options.out;
        try {
            if (predictions == null) {
                predictions = Files.createTempDirectory("concord-evaluate-");
            }
            AnnotateOptions annotate = new AnnotateOptions();
            annotate.inputs = options.inputs;
            annotate.out = predictions;
            annotate.formats = List.of("json");
            annotate.formatsGiven = true;
            annotate.noConflicts = true;
            annotate.quiet = true;
            annotate.threads = options.threads;
            annotate.include = List.of("*.txt", "*.text", "*.html", "*.htm");
            annotate.encoding = "UTF-8";
            annotate.maxSize = "50MB";
            annotate.command = "evaluate";
            annotate.temporaryOut = options.out == null;
            // gold kept beside the documents (DOCS/gold) is not a document, nor a file of another kind to list
            Path goldFolder = options.gold.toAbsolutePath().normalize();
            int rc = new BatchRun(annotate, annotation, exporters, null, err).listingFoldersWith(folder ->
                    InputFolders.Lister.FILE_SYSTEM.list(folder).stream()
                            .filter(p -> !p.toAbsolutePath().normalize().equals(goldFolder)).toList()).run();
            if (rc == USAGE) {
                return USAGE;
            }
            String only = options.annotator;
            GoldScorer.Result result = GoldScorer.score(options.gold, predictions,
                    a -> only == null || (a.has("annotator") && only.equals(a.get("annotator").getAsString())));
            if (options.json) {
                out.println(new GsonBuilder().setPrettyPrinting().serializeNulls().create().toJson(asJson(result)));
            } else {
                print(result, only, out);
            }
            return result.missingDocuments().isEmpty() ? OK : PARTIAL_FAILURE;
        } catch (IOException e) {
            err.println("concord evaluate: " + e.getMessage());
            return PARTIAL_FAILURE;
        } finally {
            if (options.out == null && predictions != null) {
                deleteQuietly(predictions);
            }
        }
    }

    private static void print(GoldScorer.Result r, String annotator, PrintStream out) {
        out.printf(Locale.ROOT, "documents: %d  missing predictions: %d%s%n", r.documents(), r.missingDocuments().size(),
                annotator == null ? "" : "  (annotations of " + annotator + " only)");
        out.printf(Locale.ROOT, "%-8s %5s %5s | %8s %6s %6s | %9s %6s %6s | attributes (lenient matches)%n",
                "type", "gold", "pred", "strict P", "R", "F1", "lenient P", "R", "F1");
        r.types().forEach((type, t) -> {
            StringBuilder attrs = new StringBuilder();
            t.lenient().attributes().forEach((a, v) -> attrs.append(attrs.length() == 0 ? "" : " ").append(a)
                    .append('=').append(v == null ? "-" : String.format(Locale.ROOT, "%.2f", v)));
            out.printf(Locale.ROOT, "%-8s %5d %5d | %8.3f %6.3f %6.3f | %9.3f %6.3f %6.3f | %s%n", type, t.gold(),
                    t.predicted(), t.strict().precision(), t.strict().recall(), t.strict().f1(),
                    t.lenient().precision(), t.lenient().recall(), t.lenient().f1(), attrs);
        });
    }

    /** The result in score.py's JSON shape (types, strict/lenient, precision/recall/f1, tp/fp/fn, attributes). */
    static JsonObject asJson(GoldScorer.Result r) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("documents", r.documents());
        root.put("missing_documents", r.missingDocuments());
        Map<String, Object> types = new LinkedHashMap<>();
        r.types().forEach((type, t) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("gold", t.gold());
            m.put("pred", t.predicted());
            m.put("strict", counts(t.strict()));
            m.put("lenient", counts(t.lenient()));
            types.put(type, m);
        });
        root.put("types", types);
        return new GsonBuilder().serializeNulls().create().toJsonTree(root).getAsJsonObject();
    }

    private static Map<String, Object> counts(GoldScorer.Counts c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("precision", round(c.precision()));
        m.put("recall", round(c.recall()));
        m.put("f1", round(c.f1()));
        m.put("tp", c.tp());
        m.put("fp", c.fp());
        m.put("fn", c.fn());
        Map<String, Object> attributes = new LinkedHashMap<>();
        c.attributes().forEach((a, v) -> attributes.put(a, v == null ? null : round(v)));
        m.put("attributes", attributes);
        return m;
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> all = new ArrayList<>(walk.toList());
            all.sort(Comparator.reverseOrder());
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
