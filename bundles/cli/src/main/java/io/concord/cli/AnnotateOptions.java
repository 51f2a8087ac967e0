package io.concord.cli;

import java.nio.file.Path;
import java.util.List;

import io.concord.api.ExportOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options of {@code bin/concord annotate}; picocli parses them and renders {@code --help}. */
@Command(name = "annotate", sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "Annotates documents (people, places, figures, quotes) and reports where they disagree.",
            "",
            "Writes one file per document and format into the output folder, plus the collection files "
                    + "(conflicts.json, conflicts.html) and run.json, a summary with every failure and its reason. "
                    + "A document that cannot be read (empty, binary, wrongly encoded, too large) is skipped and "
                    + "reported; the others are still annotated."},
        // one string per paragraph: picocli wraps each to the terminal (80 columns when not one)
        footer = {"", "Exit status: 0 all documents annotated, 1 some documents failed (or a collection file such as "
                    + "conflicts.json could not be made; see run.json), 2 bad usage.",
            "Example: bin/concord annotate seeds --out out --format json,xmi --threads 2"})
final class AnnotateOptions {
    @Parameters(paramLabel = "FILE|FOLDER", arity = "1..*",
            description = "Documents to annotate: files, folders (searched recursively for files matching --include), "
                    + "JSON Lines files ({\"id\", \"text\"} per line), zip archives, or - for standard input.")
    List<Path> inputs;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR",
            description = "Output folder (created if missing; existing files of the same name are replaced).")
    Path out;

    @Option(names = {"-f", "--format"}, split = ",", paramLabel = "FORMAT", defaultValue = "json,html",
            description = "Output formats, comma-separated (default: ${DEFAULT-VALUE}; installed formats are listed "
                    + "by 'bin/concord bundles'). A default format that is not installed is skipped.")
    List<String> formats;

    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "Documents annotated at once (default: the number of processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--include", split = ",", paramLabel = "GLOB", defaultValue = "*.txt,*.text,*.html,*.htm",
            description = "File name patterns picked up in folders (default: ${DEFAULT-VALUE}); other files are "
                    + "counted and listed as skipped. A web page is read as its article's text, headline first; Markdown (--include '*.md') as its "
                    + "words without the markup; UIMA XMI (--include '*.xmi': Concord's, or curated in INCEpTION) keeps "
                    + "the annotations it brings, of each type it carries. "
                    + "Files named explicitly are always read.")
    List<String> include;

    @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8",
            description = "Encoding of the documents (default: ${DEFAULT-VALUE}); decoding is strict.")
    String encoding;

    @Option(names = "--max-size", paramLabel = "SIZE", defaultValue = "50MB",
            description = "Largest document accepted (default: ${DEFAULT-VALUE}).")
    String maxSize;

    @Option(names = "--offsets", paramLabel = "UNIT", defaultValue = "utf16",
            description = "How the JSON files count offsets: utf16 (string indices of Java and JavaScript; the "
                    + "default) or codepoint (string indices of Python). Formats that fix their unit keep it: brat "
                    + "and Web Annotation count code points, XMI and WebAnno TSV UTF-16 units.")
    String offsets = "utf16";

    @Option(names = "--with-text",
            description = "Put each document's text into its JSON file, so that its offsets can be used without "
                    + "the input files.")
    boolean withText;

    @Option(names = "--no-conflicts", description = "Do not run conflict detection.")
    boolean noConflicts;

    @Option(names = "--strict",
            description = "Count a document as failed when an annotator failed or timed out on it.")
    boolean strict;

    @Option(names = {"-q", "--quiet"}, description = "No progress lines on standard error.")
    boolean quiet;

    @Option(names = "--resume", description = "Keep what an earlier run into the same --out annotated with the same "
            + "annotators from the same text (its run.json says which), and annotate only the rest; conflicts are "
            + "looked for over all documents again (needs the json format).")
    boolean resume;

    /** Whether --format was given (an unknown explicit format is an error; a missing default one is skipped). */
    boolean formatsGiven;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    /** What the exporters are told ({@code --offsets}, {@code --with-text}); an unknown unit is a usage error. */
    ExportOptions exportOptions() {
        try {
            return new ExportOptions(ExportOptions.OffsetUnit.of(offsets), withText);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown --offsets '" + offsets + "' (utf16 or codepoint)");
        }
    }

    /** {@code --encoding} as a charset; an unknown name is a usage error that says what is meant. */
    java.nio.charset.Charset charset() {
        try {
            return java.nio.charset.Charset.forName(encoding);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown --encoding '" + encoding
                    + "' (for example UTF-8, windows-1252, ISO-8859-1, UTF-16)");
        }
    }

    /** The command whose name the run's messages carry (evaluate runs a batch too). Not an option. */
    String command = "annotate";

    /** Whether --out is a temporary folder the user never sees, so the summary does not name it. Not an option. */
    boolean temporaryOut;
}
