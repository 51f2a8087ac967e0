package io.concord.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Documents' ids, which name their output files: the file name without its extension
 * ({@code seeds/a.txt} is {@code a}); where two files share a name (the same story filed in two folders),
 * their paths below the input folders tell them apart ({@code monday__a}, {@code tuesday__a}), so neither
 * is refused nor overwritten.
 */
final class DocumentIds {
    private DocumentIds() {}

    /** The id of each file, in the files' order; {@code sources} holds each file's path below its input folder. */
    static Map<Path, String> of(List<Path> files, Map<Path, String> sources) {
        Map<String, Integer> names = new HashMap<>();
        for (Path f : files) {
            names.merge(stem(f.getFileName().toString()), 1, Integer::sum);
        }
        Map<Path, String> ids = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (Path f : files) {
            String name = stem(f.getFileName().toString());
            String id = names.get(name) == 1 ? name : fromPath(sources.getOrDefault(f, f.toString()));
            String unique = id;
            for (int n = 2; !taken.add(unique); n++) {
                unique = id + "-" + n; // the same path twice (a file named twice on the command line)
            }
            ids.put(f, unique);
        }
        return ids;
    }

    /** {@code monday/report.txt} -> {@code monday__report}: one file name, no folders in --out. */
    private static String fromPath(String source) {
        String s = stem(source.replace('\\', '/'));
        int root = s.indexOf('/');
        // the input folder's own name leads each source; the part below it tells the files apart
        String below = root > 0 && s.indexOf('/', root + 1) > 0 ? s.substring(root + 1) : s;
        return below.replace("/", "__");
    }

    private static String stem(String name) {
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        return dot > slash + 1 ? name.substring(0, dot) : name;
    }
}
