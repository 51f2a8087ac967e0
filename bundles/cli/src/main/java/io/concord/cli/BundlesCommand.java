package io.concord.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.GsonBuilder;
import io.concord.api.AnnotationService;
import io.concord.api.Exporter;
import io.concord.api.conflict.ConflictRule;
import io.concord.api.model.AnnotatorInfo;
import io.concord.command.Command;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.metatype.MetaTypeService;

/** {@code bin/concord bundles}: what is installed, in which version and state, and the annotator pipeline. */
@Component(service = Command.class, property = {Command.NAME + "=bundles",
        Command.SUMMARY + "=List installed bundles, annotators (in pipeline order), exporters and conflict rules"})
public final class BundlesCommand implements Command {
    private final BundleContext context;
    private final AnnotationService annotation;
    private final MetaTypeService metaTypes;
    private final ConfigurationAdmin configurations;

    @Activate
    public BundlesCommand(BundleContext context, @Reference AnnotationService annotation,
                          @Reference(cardinality = ReferenceCardinality.OPTIONAL) MetaTypeService metaTypes,
                          @Reference(cardinality = ReferenceCardinality.OPTIONAL) ConfigurationAdmin configurations) {
        this.context = context;
        this.annotation = annotation;
        this.metaTypes = metaTypes;
        this.configurations = configurations;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        boolean json = args.contains("--json");
        boolean settings = args.contains("--settings");
        // --settings may name one PID: the argument after it that is no option
        int pidAt = args.indexOf("--settings") + 1;
        String onlyPid = settings && pidAt < args.size() && !args.get(pidAt).startsWith("-") ? args.get(pidAt) : null;
        List<String> unknown = new ArrayList<>(args);
        unknown.removeAll(List.of("--json", "--settings"));
        if (onlyPid != null) {
            unknown.remove(onlyPid);
        }
        if (args.contains("-h") || args.contains("--help") || !unknown.isEmpty()) {
            (args.contains("-h") || args.contains("--help") ? out : err).println(
                    "Usage: bin/concord bundles [--settings [PID]] [--json]\n"
                            + "  Lists bundles with id, state and version, the annotators in pipeline order\n"
                            + "  (and why any is left out), the exporters and the conflict rules.\n"
                            + "  --settings  every setting of every bundle instead (or of one PID): its PID\n"
                            + "              (the file in conf/), default, meaning and the value in force");
            return args.contains("-h") || args.contains("--help") ? OK : USAGE;
        }
        if (settings) {
            if (metaTypes == null) {
                err.println("concord bundles: the metatype service is not running, so settings cannot be listed");
                return PARTIAL_FAILURE;
            }
            List<SettingsReport.Pid> pids = new ArrayList<>(SettingsReport.of(context.getBundles(), metaTypes, configurations));
            if (onlyPid != null) {
                // a factory's instance (io.concord.annotator.remote-NAME) is shown by its factory PID
                pids.removeIf(p -> !p.pid().equals(onlyPid) && !(p.factory() && onlyPid.startsWith(p.pid() + "-")));
                if (pids.isEmpty()) {
                    err.println("concord bundles: no bundle declares settings for " + onlyPid
                            + " (bin/concord bundles --settings lists every PID)");
                    return USAGE;
                }
            }
            if (json) {
                out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(Map.of("settings", pids)));
            } else {
                SettingsReport.print(pids, out);
            }
            return OK;
        }
        List<Map<String, Object>> bundles = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", b.getBundleId());
            m.put("state", state(b.getState()));
            m.put("symbolicName", b.getSymbolicName());
            m.put("version", b.getVersion().toString());
            m.put("location", b.getLocation());
            bundles.add(m);
        }
        List<AnnotatorInfo> annotators = annotation.annotators();
        List<Map<String, Object>> exporters = describe(Exporter.class, (e, m) -> {
            m.put("format", e.format());
            m.put("extension", e.fileExtension());
            m.put("mediaType", e.mediaType());
        });
        List<Map<String, Object>> rules = describe(ConflictRule.class, (r, m) -> m.put("id", r.id()));

        if (json) {
            Map<String, Object> all = new LinkedHashMap<>();
            all.put("bundles", bundles);
            all.put("annotators", annotators);
            all.put("exporters", exporters);
            all.put("conflictRules", rules);
            out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(all));
            return OK;
        }
        out.println("Bundles:");
        out.printf("  %4s  %-11s %-48s %s%n", "id", "state", "symbolic name", "version");
        for (Map<String, Object> b : bundles) {
            out.printf("  %4s  %-11s %-48s %s%n", b.get("id"), b.get("state"), b.get("symbolicName"), b.get("version"));
        }
        out.println();
        out.println("Annotators (in pipeline order):");
        if (annotators.isEmpty()) {
            out.println("  (none installed: drop annotator bundles into deploy/)");
        }
        int id = Math.max(10, annotators.stream().mapToInt(a -> a.id().length()).max().orElse(0));
        int version = Math.max(26, annotators.stream().mapToInt(a -> String.valueOf(a.version()).length()).max().orElse(0));
        for (AnnotatorInfo a : annotators) {
            out.printf("  %-" + id + "s %-" + version + "s %-8s %s%n", a.id(), a.version(), a.active() ? "active" : "LEFT OUT",
                    a.active() ? "needs " + shortNames(a.inputs()) + ", produces " + shortNames(a.outputs()) : a.problem());
        }
        out.println();
        out.println("Exporters:");
        // columns as wide as their longest entry: third-party formats have longer names than ours
        int format = width(exporters, "format");
        int extension = width(exporters, "extension") + 1;
        int mediaType = width(exporters, "mediaType");
        for (Map<String, Object> e : exporters) {
            out.printf("  %-" + format + "s %-" + extension + "s %-" + mediaType + "s %s %s%n", e.get("format"),
                    "." + e.get("extension"), e.get("mediaType"), e.get("bundle"), e.get("version"));
        }
        out.println();
        out.println("Conflict rules:");
        if (rules.isEmpty()) {
            out.println("  (none)");
        }
        for (Map<String, Object> r : rules) {
            out.printf("  %-14s %s %s%n", r.get("id"), r.get("bundle"), r.get("version"));
        }
        return OK;
    }

    private <S> List<Map<String, Object>> describe(Class<S> type, java.util.function.BiConsumer<S, Map<String, Object>> fill) {
        List<Map<String, Object>> out = new ArrayList<>();
        try {
            for (ServiceReference<S> ref : context.getServiceReferences(type, null)) {
                S service = context.getService(ref);
                if (service == null) {
                    continue;
                }
                try {
                    Map<String, Object> m = new LinkedHashMap<>();
                    fill.accept(service, m);
                    m.put("bundle", ref.getBundle().getSymbolicName());
                    m.put("version", ref.getBundle().getVersion().toString());
                    out.add(m);
                } finally {
                    context.ungetService(ref);
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private static String shortNames(List<String> types) {
        if (types.isEmpty()) {
            return "nothing";
        }
        return String.join(", ", types.stream().map(t -> t.substring(t.lastIndexOf('.') + 1)).toList());
    }

    private static String state(int state) {
        return switch (state) {
            case Bundle.ACTIVE -> "active";
            case Bundle.RESOLVED -> "resolved";
            case Bundle.INSTALLED -> "installed";
            case Bundle.STARTING -> "starting";
            case Bundle.STOPPING -> "stopping";
            default -> "uninstalled";
        };
    }

    private static int width(List<Map<String, Object>> rows, String column) {
        int w = 1;
        for (Map<String, Object> r : rows) {
            w = Math.max(w, String.valueOf(r.get(column)).length());
        }
        return w;
    }
}
