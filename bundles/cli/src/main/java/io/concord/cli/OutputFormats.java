package io.concord.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.concord.api.Exporter;

/** The installed exporters that write the formats a run asks for ({@code --format}). */
final class OutputFormats {
    private OutputFormats() {}

    /**
     * The exporters of {@code options.formats}, in that order. A format nobody installed is an error when the
     * user named it, and left out when it is a default; no exporter at all is an error.
     */
    static List<Exporter> choose(AnnotateOptions options, List<Exporter> installed) {
        List<Exporter> chosen = new ArrayList<>();
        for (String format : options.formats) {
            String f = format.trim().toLowerCase(Locale.ROOT);
            if (f.isEmpty()) {
                continue;
            }
            Exporter e = installed.stream().filter(x -> x.format().equalsIgnoreCase(f)).findFirst().orElse(null);
            if (e != null) {
                chosen.add(e);
            } else if (options.formatsGiven) {
                throw new IllegalArgumentException("unknown format '" + f + "'; installed formats: "
                        + String.join(", ", installed.stream().map(Exporter::format).sorted().toList()));
            }
        }
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("no output format is installed; see 'bin/concord bundles'");
        }
        return chosen;
    }
}
