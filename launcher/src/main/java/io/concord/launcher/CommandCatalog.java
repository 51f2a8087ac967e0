package io.concord.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import io.concord.command.Command;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The commands the installed bundles offer, read from their Declarative Services descriptors without
 * starting the framework, so that {@code bin/concord --help} answers at once. A command is a component
 * that provides {@link Command} with the {@value Command#NAME} property; bnd writes such a descriptor for
 * every bundle, ours and third parties' in {@code deploy/} alike.
 */
final class CommandCatalog {
    private static final String COMMAND_INTERFACE = Command.class.getName();

    private CommandCatalog() {}

    /** What a command's descriptor says of it. */
    record Described(String summary, String completions) {}

    /** Command name to summary, from the bundles of the features and of {@code deploy/}. */
    static Map<String, String> read(Path home) throws IOException {
        Map<String, String> out = new TreeMap<>(Features.commandFeatures(home.resolve("features")));
        scan(home).forEach((name, d) -> out.putIfAbsent(name, d.summary()));
        return out;
    }

    /** Command name to the words it completes ({@link Command#COMPLETIONS}), for those that declare them. */
    static Map<String, String> completions(Path home) throws IOException {
        Map<String, String> out = new TreeMap<>();
        scan(home).forEach((name, d) -> {
            if (!d.completions().isBlank()) {
                out.put(name, d.completions());
            }
        });
        return out;
    }

    private static Map<String, Described> scan(Path home) throws IOException {
        Map<String, Described> out = new TreeMap<>();
        List<Path> jars = new ArrayList<>();
        for (Features.BundleEntry b : Features.read(home.resolve("features"), home.resolve("system"), new ArrayList<>())) {
            jars.add(b.jar());
        }
        Path deploy = home.resolve("deploy");
        if (Files.isDirectory(deploy)) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(deploy, "*.jar")) {
                ds.forEach(jars::add);
            }
        }
        DocumentBuilder xml = documentBuilder();
        for (Path jar : jars) {
            commandsOf(jar, xml).forEach(out::putIfAbsent);
        }
        return out;
    }

    /** The commands a bundle's descriptors declare; none when the jar cannot be read (start-up will say why). */
    static Map<String, Described> commandsOf(Path jar, DocumentBuilder xml) {
        Map<String, Described> out = new TreeMap<>();
        if (!Files.isRegularFile(jar)) {
            return out;
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            String header = file.getManifest() == null ? null
                    : file.getManifest().getMainAttributes().getValue("Service-Component");
            if (header == null) {
                return out;
            }
            for (String path : header.split(",")) {
                ZipEntry entry = file.getEntry(path.trim());
                if (entry == null) {
                    continue;
                }
                try (InputStream in = file.getInputStream(entry)) {
                    readComponent(xml.parse(in), out);
                } catch (SAXException e) {
                    // a broken descriptor: the framework reports it when it starts the bundle
                }
            }
        } catch (IOException e) {
            // not a readable jar: the framework reports it when it installs the bundle
        }
        return out;
    }

    private static void readComponent(Document doc, Map<String, Described> out) {
        Element component = doc.getDocumentElement();
        boolean command = false;
        NodeList provides = component.getElementsByTagName("provide");
        for (int i = 0; i < provides.getLength(); i++) {
            command |= COMMAND_INTERFACE.equals(((Element) provides.item(i)).getAttribute("interface"));
        }
        if (!command) {
            return;
        }
        String name = null;
        String summary = "";
        String completions = "";
        NodeList properties = component.getElementsByTagName("property");
        for (int i = 0; i < properties.getLength(); i++) {
            Element p = (Element) properties.item(i);
            String value = p.hasAttribute("value") ? p.getAttribute("value") : p.getTextContent().strip();
            if (Command.NAME.equals(p.getAttribute("name"))) {
                name = value;
            } else if (Command.SUMMARY.equals(p.getAttribute("name"))) {
                summary = value;
            } else if (Command.COMPLETIONS.equals(p.getAttribute("name"))) {
                completions = value.strip();
            }
        }
        if (name != null && !name.isBlank()) {
            out.putIfAbsent(name, new Described(summary, completions));
        }
    }

    static DocumentBuilder documentBuilder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            // descriptors come from third-party jars: no DTDs, no external entities
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setNamespaceAware(false);
            DocumentBuilder builder = f.newDocumentBuilder();
            // a broken descriptor is skipped quietly (the parse still fails), not printed on the screen
            builder.setErrorHandler(new DefaultHandler());
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
