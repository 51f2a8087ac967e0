package io.concord.workbench.curation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.concord.workbench.store.Annotations;
import io.concord.workbench.store.Database;
import io.concord.workbench.store.Documents;
import io.concord.workbench.store.StoreException;
import io.concord.workbench.store.StoredAnnotation;

/**
 * People and places across a project's documents: the mentions that stand, grouped by type and canonical
 * name (the mention's text where there is none). Merging gives several entities one canonical name;
 * splitting gives some mentions a new one; both are corrections of {@code canonical}, logged per mention.
 */
public final class Entities {
    public record Mention(long document, String documentName, long annotation, int begin, int end, String text) {}

    public record Entity(String key, String type, String name, List<Mention> mentions, int documents, int conflicts) {}

    private static final Set<String> TYPES = Set.of("person", "place");

    private final Database db;
    private final Curation curation;
    private final ConflictView conflicts;

    public Entities(Database db, Curation curation, ConflictView conflicts) {
        this.db = db;
        this.curation = curation;
        this.conflicts = conflicts;
    }

    public List<Entity> list(long projectId, String onlyType) {
        Map<String, List<Mention>> byKey = new TreeMap<>();
        Map<String, String[]> typeAndName = new LinkedHashMap<>();
        Map<String, List<int[]>> claimSpans = new LinkedHashMap<>();
        for (ConflictView.ConflictEntry e : conflicts.report(projectId).conflicts()) {
            for (ConflictView.ClaimView cl : e.claims()) {
                claimSpans.computeIfAbsent(cl.document(), k -> new ArrayList<>()).add(new int[] {cl.begin(), cl.end(), e.key().hashCode()});
            }
        }
        db.transaction(c -> {
            for (Documents.DocumentInfo d : Documents.ofProject(c, projectId)) {
                String text = Documents.text(c, d.id());
                for (StoredAnnotation a : Annotations.ofDocument(c, d.id())) {
                    if (!a.stands() || !TYPES.contains(a.type()) || onlyType != null && !onlyType.equals(a.type())) {
                        continue;
                    }
                    String name = name(a, text);
                    String key = key(a.type(), name);
                    typeAndName.putIfAbsent(key, new String[] {a.type(), name});
                    byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new Mention(d.id(), d.name(), a.id(), a.begin(), a.end(),
                            text.substring(a.begin(), a.end())));
                }
            }
            return null;
        });
        List<Entity> out = new ArrayList<>();
        byKey.forEach((key, mentions) -> {
            long docs = mentions.stream().map(Mention::document).distinct().count();
            long involved = mentions.stream().flatMap(m -> claimSpans.getOrDefault(String.valueOf(m.document()), List.of()).stream()
                    .filter(s -> s[0] < m.end() && m.begin() < s[1]).map(s -> s[2])).distinct().count();
            out.add(new Entity(key, typeAndName.get(key)[0], typeAndName.get(key)[1], mentions, (int) docs, (int) involved));
        });
        out.sort((a, b) -> b.mentions().size() != a.mentions().size() ? b.mentions().size() - a.mentions().size() : a.key().compareTo(b.key()));
        return out;
    }

    /** Gives every mention of the entities {@code keys} (all of {@code type}) the canonical name {@code name}. */
    public Entity merge(long projectId, String type, List<String> keys, String name, String user) {
        checkType(type);
        if (keys == null || keys.size() < 2) {
            throw StoreException.badRequest("choose at least two entities to merge");
        }
        String target = name == null || name.isBlank() ? null : name.strip();
        List<Long> ids = new ArrayList<>();
        for (Entity e : list(projectId, type)) {
            if (keys.contains(e.key())) {
                target = target == null ? e.name() : target;
                e.mentions().forEach(m -> ids.add(m.annotation()));
            }
        }
        if (ids.isEmpty()) {
            throw StoreException.notFound("none of those entities exists any more (reload the list)");
        }
        curation.setAttribute(projectId, type, ids, "canonical", target, "merge", user);
        return find(projectId, type, target);
    }

    /** Gives the mentions {@code annotationIds} the canonical name {@code name}: a new entity. */
    public Entity split(long projectId, String type, List<Long> annotationIds, String name, String user) {
        checkType(type);
        if (annotationIds == null || annotationIds.isEmpty() || name == null || name.isBlank()) {
            throw StoreException.badRequest("choose the mentions to split off and give the new entity a name");
        }
        curation.setAttribute(projectId, type, annotationIds, "canonical", name.strip(), "split", user);
        return find(projectId, type, name.strip());
    }

    private Entity find(long projectId, String type, String name) {
        String key = key(type, name);
        return list(projectId, type).stream().filter(e -> e.key().equals(key)).findFirst()
                .orElseThrow(() -> StoreException.notFound("the entity " + name + " has no mentions"));
    }

    private static void checkType(String type) {
        if (!TYPES.contains(type)) {
            throw StoreException.badRequest("entities are of type person or place");
        }
    }

    private static String name(StoredAnnotation a, String text) {
        Object canonical = a.attributes().get("canonical");
        return canonical instanceof String s && !s.isBlank() ? s : text.substring(a.begin(), a.end());
    }

    static String key(String type, String name) {
        return type + ":" + name.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
