package io.concord.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
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
import picocli.CommandLine;

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
        CommandLine cl = new CommandLine(options).setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        try {
            cl.parseArgs(args.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            err.println("concord annotate: " + e.getMessage());
            err.println("Run 'bin/concord annotate --help' for the options.");
            return USAGE;
        }
        options.formatsGiven = cl.getParseResult().hasMatchedOption("--format");
        if (cl.isUsageHelpRequested()) {
            cl.usage(out);
            return OK;
        }
        return new BatchRun(options, annotation, exporters, options.noConflicts ? null : detector, err).run();
    }
}
