package io.concord.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;

/**
 * Every setting a bundle declares (its metatype, which bnd generates from the component's typed configuration),
 * with its default, its meaning and the value in force, so an operator sees what {@code conf/PID.cfg} can hold
 * without reading the code.
 */
final class SettingsReport {
    /** One setting of one configuration: its default, and the values the configurations in force give it. */
    record Setting(String id, String description, List<String> defaults, Map<String, Object> values) {}

    /** A configuration PID (one file) or factory PID (one file per instance), with its settings. */
    record Pid(String pid, boolean factory, String name, String description, String bundle, List<String> instances,
               List<Setting> settings) {}

    private SettingsReport() {}

    static List<Pid> of(Bundle[] bundles, MetaTypeService metaTypes, ConfigurationAdmin configurations) {
        List<Pid> out = new ArrayList<>();
        for (Bundle b : bundles) {
            MetaTypeInformation info = metaTypes.getMetaTypeInformation(b);
            if (info == null) {
                continue;
            }
            for (String pid : info.getPids()) {
                out.add(pid(b, info, pid, false, configurations));
            }
            for (String pid : info.getFactoryPids()) {
                out.add(pid(b, info, pid, true, configurations));
            }
        }
        out.sort((x, y) -> x.pid().compareTo(y.pid()));
        return out;
    }

    private static Pid pid(Bundle b, MetaTypeInformation info, String pid, boolean factory, ConfigurationAdmin admin) {
        ObjectClassDefinition ocd = info.getObjectClassDefinition(pid, null);
        Map<String, Dictionary<String, Object>> inForce = inForce(admin, pid, factory);
        List<Setting> settings = new ArrayList<>();
        AttributeDefinition[] attributes = ocd.getAttributeDefinitions(ObjectClassDefinition.ALL);
        for (AttributeDefinition a : attributes == null ? new AttributeDefinition[0] : attributes) {
            Map<String, Object> values = new LinkedHashMap<>();
            inForce.forEach((instance, props) -> {
                Object v = props.get(a.getID());
                if (v != null) {
                    values.put(instance, v instanceof Object[] many
                            ? String.join(", ", Arrays.stream(many).map(String::valueOf).toList()) : v);
                }
            });
            String[] defaults = a.getDefaultValue();
            settings.add(new Setting(a.getID(), a.getDescription(), defaults == null ? List.of() : List.of(defaults), values));
        }
        return new Pid(pid, factory, ocd.getName(), ocd.getDescription(), b.getSymbolicName(),
                List.copyOf(inForce.keySet()), settings);
    }

    /** The configurations in force for a PID, by instance: the PID itself, or each factory instance's name. */
    private static Map<String, Dictionary<String, Object>> inForce(ConfigurationAdmin admin, String pid, boolean factory) {
        Map<String, Dictionary<String, Object>> out = new LinkedHashMap<>();
        if (admin == null) {
            return out;
        }
        try {
            Configuration[] found = admin.listConfigurations("(" + (factory ? "service.factoryPid" : "service.pid") + "="
                    + pid + ")");
            for (Configuration c : found == null ? new Configuration[0] : found) {
                if (c.getProperties() != null) {
                    out.put(factory ? instanceName(c) : pid, c.getProperties());
                }
            }
        } catch (IOException | InvalidSyntaxException e) {
            // no configuration to show beside the defaults
        }
        return out;
    }

    /** A factory instance by its file's NAME ({@code PID-NAME.cfg}), else by its PID. */
    private static String instanceName(Configuration c) {
        Object file = c.getProperties().get("felix.fileinstall.filename");
        if (file == null) {
            return c.getPid();
        }
        String name = file.toString().substring(file.toString().lastIndexOf('/') + 1);
        name = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        return name.startsWith(c.getFactoryPid() + "-") ? name.substring(c.getFactoryPid().length() + 1) : name;
    }

    static void print(List<Pid> pids, PrintStream out) {
        out.println("Settings (conf/PID.cfg, or conf/PID-NAME.cfg for each instance of a factory; applied while Concord runs):");
        for (Pid p : pids) {
            out.println();
            out.println(p.pid() + (p.factory() ? " (factory)" : "") + "  " + p.name() + "  [" + p.bundle() + "]");
            if (p.description() != null && !p.description().isBlank()) {
                wrap(p.description(), "  ", out);
            }
            if (p.factory()) {
                out.println("  instances: " + (p.instances().isEmpty() ? "none" : String.join(", ", p.instances())));
            }
            int width = p.settings().stream().mapToInt(s -> s.id().length()).max().orElse(0);
            for (Setting s : p.settings()) {
                String dflt = s.defaults().isEmpty() ? "(required)"
                        : s.defaults().stream().allMatch(String::isBlank) ? "(empty)" : String.join(", ", s.defaults());
                StringBuilder line = new StringBuilder(String.format("  %-" + width + "s  %s", s.id(), dflt));
                s.values().forEach((instance, v) -> {
                    if (!String.valueOf(v).equals(dflt)) {
                        line.append(p.factory() ? "  [" + instance + ": " + v + "]" : "  [now " + v + "]");
                    }
                });
                out.println(line);
                if (s.description() != null && !s.description().isBlank()) {
                    wrap(s.description(), "  " + " ".repeat(width) + "  ", out);
                }
            }
        }
    }

    /** {@code text} in lines of at most 100 columns, each after {@code indent}. */
    private static void wrap(String text, String indent, PrintStream out) {
        StringBuilder line = new StringBuilder(indent);
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > indent.length() && line.length() + 1 + word.length() > 100) {
                out.println(line);
                line = new StringBuilder(indent);
            }
            line.append(line.length() > indent.length() ? " " : "").append(word);
        }
        out.println(line);
    }
}
