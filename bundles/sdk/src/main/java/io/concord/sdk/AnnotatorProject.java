package io.concord.sdk;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

import javax.lang.model.SourceVersion;

/**
 * What a new annotator project is called and what it produces, checked, and the template's placeholders
 * filled from it.
 *
 * @param id          the annotator's id and the project's artifactId ({@code harbour-names})
 * @param packageName the Java package of its classes, also its configuration PID
 * @param groupId     the project's Maven groupId
 * @param type        the Concord type it produces: {@code Person} or {@code Place}
 */
record AnnotatorProject(String id, String packageName, String groupId, String type) {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    /** The types a list of names can produce; figures and quotes need more than a name. */
    static final Map<String, String> DETAIL_SETTERS = Map.of(
            "Place", "annotation.setKind(m.detail() == null ? \"other\" : m.detail());",
            "Person", "annotation.setRole(m.detail());");
    private static final Map<String, String> DETAIL_DESCRIPTIONS = Map.of(
            "Place", "the place's kind: country, city, region, continent, water or other",
            "Person", "the person's role");

    /**
     * @throws IllegalArgumentException saying what is wrong with a name, package, group or type
     */
    AnnotatorProject {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("the name '" + id + "' must be lower case letters and digits, words"
                    + " joined by hyphens, starting with a letter (for example harbour-names)");
        }
        if (!SourceVersion.isName(packageName)) {
            throw new IllegalArgumentException("'" + packageName + "' is not a Java package name");
        }
        if (!groupId.matches("[A-Za-z0-9_.-]+")) {
            throw new IllegalArgumentException("'" + groupId + "' is not a Maven groupId");
        }
        if (!DETAIL_SETTERS.containsKey(type)) {
            throw new IllegalArgumentException("--type must be one of " + String.join(", ",
                    new TreeSet<>(DETAIL_SETTERS.keySet())) + ", not '" + type + "'");
        }
    }

    /** A project with the defaults: package {@code com.example.<name without hyphens>}, its parent as group. */
    static AnnotatorProject of(String id, String packageName, String groupId, String type) {
        String pkg = packageName != null ? packageName : "com.example." + id.replace("-", "");
        String group = groupId != null ? groupId
                : pkg.contains(".") ? pkg.substring(0, pkg.lastIndexOf('.')) : pkg;
        String t = type == null ? "Place" : type.isEmpty() ? type
                : type.substring(0, 1).toUpperCase(Locale.ROOT) + type.substring(1).toLowerCase(Locale.ROOT);
        return new AnnotatorProject(id, pkg, group, t);
    }

    /** {@code harbour-names} → {@code HarbourNames}: the prefix of the project's class names. */
    String className() {
        StringBuilder b = new StringBuilder();
        for (String part : id.split("-")) {
            b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return b.toString();
    }

    /** The template's placeholders and their values, longest first so none is a prefix of one replaced later. */
    Map<String, String> placeholders(String concordVersion, String concordDist, String deploy) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("__PACKAGE_PATH__", packageName.replace('.', '/'));
        p.put("__PACKAGE__", packageName);
        p.put("__CLASS__", className());
        p.put("__GROUP__", groupId);
        p.put("__TYPE__", type);
        p.put("__SET_DETAIL__", DETAIL_SETTERS.get(type));
        p.put("__DETAIL_DESCRIPTION__", DETAIL_DESCRIPTIONS.get(type));
        p.put("__CONCORD_VERSION__", concordVersion);
        p.put("__CONCORD_DIST__", concordDist);
        p.put("__DEPLOY__", deploy);
        p.put("__ID__", id);
        return p;
    }
}
