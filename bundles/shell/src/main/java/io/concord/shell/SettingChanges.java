package io.concord.shell;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.TreeSet;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;

/**
 * {@code concord:set PID KEY VALUE}: checks the setting against what its bundle declares (the metatype bnd
 * writes from the component's typed configuration), writes it into the file File Install reads that PID from
 * (or the Concord home's {@code conf/PID.cfg}), and waits until Configuration Admin has it.
 */
final class SettingChanges {
    /** The property File Install gives each configuration it made from a file: that file's URI. */
    private static final String FILE_PROPERTY = "felix.fileinstall.filename";

    private final BundleContext context;
    private final MetaTypeService metaTypes;
    private final ConfigurationAdmin configurations;
    private final Path userConf;

    SettingChanges(BundleContext context, MetaTypeService metaTypes, ConfigurationAdmin configurations, Path userConf) {
        this.context = context;
        this.metaTypes = metaTypes;
        this.configurations = configurations;
        this.userConf = userConf;
    }

    /** Sets the value and says what changed, where, and whether it is in force yet. */
    String set(String pid, String key, String value, long settleMillis) throws IOException {
        AttributeDefinition setting = declared(pid, key);
        String problem = setting.validate(value);
        if (problem != null && !problem.isEmpty()) {
            throw new IllegalArgumentException(pid + " " + key + " cannot be '" + value + "': " + problem);
        }
        Path file = fileOf(pid);
        String previous = SettingsFile.set(file, key, value, setting.getDescription());
        boolean inForce = ConcordCommands.settle(() -> value.equals(inForce(file, key)));
        return pid + " " + key + ": " + (previous == null ? "(default)" : previous) + " -> " + value + " in " + file
                + (inForce ? "; in force" : "; not in force yet (File Install polls conf/ every second)");
    }

    /** The declaration of {@code key} for {@code pid}, or of a factory PID's instance {@code factoryPid-name}. */
    private AttributeDefinition declared(String pid, String key) {
        TreeSet<String> known = new TreeSet<>();
        for (Bundle b : context.getBundles()) {
            MetaTypeInformation info = metaTypes.getMetaTypeInformation(b);
            if (info == null) {
                continue;
            }
            List<String> candidates = new ArrayList<>(Arrays.asList(info.getPids()));
            for (String factory : info.getFactoryPids()) {
                candidates.add(factory);
                known.add(factory + "-NAME");
            }
            known.addAll(Arrays.asList(info.getPids()));
            for (String candidate : candidates) {
                boolean factory = !Arrays.asList(info.getPids()).contains(candidate);
                if (candidate.equals(pid) && !factory || factory && pid.startsWith(candidate + "-")) {
                    return attribute(info.getObjectClassDefinition(candidate, null), pid, key);
                }
            }
        }
        throw new NoSuchElementException("no bundle declares settings for " + pid + "; PIDs: " + String.join(", ", known));
    }

    private static AttributeDefinition attribute(ObjectClassDefinition ocd, String pid, String key) {
        AttributeDefinition[] all = ocd.getAttributeDefinitions(ObjectClassDefinition.ALL);
        List<String> keys = new ArrayList<>();
        for (AttributeDefinition a : all == null ? new AttributeDefinition[0] : all) {
            if (a.getID().equals(key)) {
                return a;
            }
            keys.add(a.getID());
        }
        throw new NoSuchElementException(pid + " has no setting " + key + "; its settings: " + String.join(", ", keys));
    }

    /** The file File Install read this PID from, else the Concord home's {@code conf/PID.cfg}. */
    private Path fileOf(String pid) throws IOException {
        for (Configuration c : fromFiles()) {
            Path file = Path.of(URI.create(c.getProperties().get(FILE_PROPERTY).toString()));
            String name = file.getFileName().toString();
            if (name.equals(pid + ".cfg") || name.equals(pid + ".config")) {
                return file;
            }
        }
        return userConf.resolve(pid + ".cfg");
    }

    private String inForce(Path file, String key) {
        try {
            for (Configuration c : fromFiles()) {
                Dictionary<String, Object> properties = c.getProperties();
                if (Path.of(URI.create(properties.get(FILE_PROPERTY).toString())).equals(file)) {
                    return Objects.toString(properties.get(key), null);
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    private List<Configuration> fromFiles() throws IOException {
        try {
            Configuration[] all = configurations.listConfigurations("(" + FILE_PROPERTY + "=*)");
            return all == null ? List.of() : List.of(all);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
