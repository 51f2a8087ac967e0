package io.concord.cli;

import java.io.PrintStream;
import java.util.List;

import io.concord.api.AnnotationService;
import io.concord.api.Exporter;
import io.concord.api.conflict.ConflictDetector;
import io.concord.command.Command;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** {@code bin/concord annotate}: the headless batch. */
@Component(service = Command.class, property = {Command.NAME + "=annotate",
        Command.SUMMARY + "=Annotate documents and report where they disagree"})
public final class AnnotateCommand implements Command {
    private final AnnotationService annotation;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<Exporter> exporters;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ConflictDetector detector;

    @Activate
    public AnnotateCommand(@Reference AnnotationService annotation) {
        this.annotation = annotation;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        AnnotateOptions options = new AnnotateOptions();
        ParsedArgs parsed = ParsedArgs.parse("annotate", options, args, out, err);
        if (parsed.exitCode() != null) {
            return parsed.exitCode();
        }
        options.formatsGiven = parsed.commandLine().getParseResult().hasMatchedOption("--format");
        return new BatchRun(options, annotation, exporters, options.noConflicts ? null : detector, err).run();
    }
}
