package io.concord.conflicts.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.concord.api.model.AnnotationRecord;
import io.concord.api.model.DocumentRecord;
import io.concord.api.model.PersonIdentity;
import io.concord.conflicts.text.Names;

/**
 * Who the person mentions of a collection are. The annotators name a person once per document (the fullest
 * form in that document); across documents the same person is written differently ({@code Zelensky},
 * {@code Zelenskyy}, {@code Volodymyr Zelensky}). Names are compared by their words with honorifics dropped
 * and transliteration folded ({@link Names}):
 * <ul>
 * <li>full names agree when their surnames agree and their first words do: equal, or one an initial of the
 * other when no other first word of that surname has that initial;</li>
 * <li>a surname alone joins the one full name of that surname in its own document, else the one full name of
 * that surname in the collection; when there are several, it stays a person of its own in its document, as
 * a reader could not tell either.</li>
 * </ul>
 * The canonical name of a person is the fullest form used: most words, then the most frequent spelling.
 */
public final class PersonIdentities {
    private final List<PersonIdentity> identities;
    /** Identity index by document id and the document's own name key. */
    private final Map<String, Map<String, Integer>> byDocumentName;

    private PersonIdentities(List<PersonIdentity> identities, Map<String, Map<String, Integer>> byDocumentName) {
        this.identities = identities;
        this.byDocumentName = byDocumentName;
    }

    /** The people of {@code documents}, ids in order of first mention. */
    public static PersonIdentities of(List<DocumentRecord> documents) {
        return new Resolver(documents).resolve();
    }

    /** Every identity, in order of first mention. */
    public List<PersonIdentity> all() {
        return identities;
    }

    /**
     * The collection's canonical name for {@code name} as written in {@code document} (a person's canonical
     * name there, or a quote's speaker), or null when that document names no such person.
     */
    public String canonical(String document, String name) {
        Map<String, Integer> names = byDocumentName.get(document);
        if (names == null || name == null) {
            return null;
        }
        String key = key(name);
        Integer i = names.get(key);
        if (i == null && !key.isEmpty() && key.indexOf(' ') < 0) {
            // a speaker by surname alone: the document's one person of that surname
            for (Map.Entry<String, Integer> e : names.entrySet()) {
                if (e.getKey().endsWith(" " + key) || e.getKey().equals(key)) {
                    if (i != null && !i.equals(e.getValue())) {
                        return null;
                    }
                    i = e.getValue();
                }
            }
        }
        return i == null ? null : identities.get(i).canonical();
    }

    /**
     * {@code document} with the collection's canonical names on its person annotations and on the speakers of its
     * quotes that name one of its people; the same record when nothing changes.
     */
    public DocumentRecord withCollectionNames(DocumentRecord document) {
        List<AnnotationRecord> out = null;
        List<AnnotationRecord> in = document.annotations();
        for (int k = 0; k < in.size(); k++) {
            AnnotationRecord a = in.get(k);
            String attribute = "person".equals(a.type()) ? "canonical" : "quote".equals(a.type()) ? "speaker" : null;
            String written = attribute == null ? null
                    : attribute.equals("canonical") ? nameOf(a) : a.string("speaker");
            String collection = written == null ? null : canonical(document.id(), written);
            if (collection != null && !collection.equals(a.string(attribute))) {
                if (out == null) {
                    out = new ArrayList<>(in);
                }
                Map<String, Object> attributes = new LinkedHashMap<>(a.attributes());
                attributes.put(attribute, collection);
                out.set(k, new AnnotationRecord(a.type(), a.begin(), a.end(), a.text(), attributes));
            }
        }
        return out == null ? document : document.withAnnotations(out);
    }

    /** The name a person annotation has in its document: its canonical name, else its text. */
    public static String nameOf(AnnotationRecord person) {
        String canonical = person.string("canonical");
        return canonical != null && !canonical.isBlank() ? canonical : person.text();
    }

    static String key(String name) {
        return String.join(" ", Names.words(name));
    }

    /** The passes over the collection's names; kept apart from the finished, immutable index. */
    private static final class Resolver {
        private final List<DocumentRecord> documents;
        /** Full names (two words or more) by surname key. */
        private final Map<String, List<Person>> fullBySurname = new LinkedHashMap<>();
        /** The persons of a surname written alone without one full name to join: by surname, or surname and document. */
        private final Map<String, Person> alone = new HashMap<>();
        /** Per document, its name keys and their persons. */
        private final Map<String, Map<String, Person>> byDocumentName = new HashMap<>();

        Resolver(List<DocumentRecord> documents) {
            this.documents = documents;
        }

        PersonIdentities resolve() {
            // full names first, those with a first name before those with an initial, so that the order of
            // the documents does not decide which person an initial joins
            List<List<String>> initialled = new ArrayList<>();
            Map<String, List<Person>> fullInDocument = new HashMap<>();
            for (DocumentRecord d : documents) {
                for (AnnotationRecord a : d.annotations("person")) {
                    List<String> words = Names.words(nameOf(a));
                    if (words.size() > 1 && words.get(0).length() == 1) {
                        initialled.add(words);
                    } else if (words.size() > 1) {
                        fullName(words);
                    }
                }
            }
            initialled.forEach(this::fullName);
            for (DocumentRecord d : documents) {
                List<Person> full = fullInDocument.computeIfAbsent(d.id(), k -> new ArrayList<>());
                for (AnnotationRecord a : d.annotations("person")) {
                    List<String> words = Names.words(nameOf(a));
                    if (words.size() > 1) {
                        full.add(fullName(words));
                    }
                }
            }
            for (DocumentRecord d : documents) {
                Map<String, Person> names = byDocumentName.computeIfAbsent(d.id(), k -> new HashMap<>());
                for (AnnotationRecord a : d.annotations("person")) {
                    String name = nameOf(a);
                    List<String> words = Names.words(name);
                    if (words.isEmpty()) {
                        continue;
                    }
                    Person p = words.size() > 1 ? fullName(words)
                            : surnameAlone(d.id(), words.get(0), fullInDocument.get(d.id()));
                    p.add(name, words, new PersonIdentity.Mention(d.id(), a.begin(), a.end(), a.text()));
                    names.put(String.join(" ", words), p);
                }
            }
            return finish();
        }

        /** The person of a full name; its first word may be an initial of one already known, or the reverse. */
        private Person fullName(List<String> words) {
            String first = words.get(0);
            List<Person> known = fullBySurname.computeIfAbsent(words.get(words.size() - 1), k -> new ArrayList<>());
            for (Person p : known) {
                if (p.hasFirstWord(first)) {
                    return p;
                }
            }
            if (first.length() == 1) {
                List<Person> byInitial = known.stream().filter(p -> p.hasInitial(first.charAt(0))).toList();
                if (byInitial.size() == 1) {
                    byInitial.get(0).addFirstWord(first);
                    return byInitial.get(0);
                }
            }
            Person p = new Person();
            p.addFirstWord(first);
            known.add(p);
            return p;
        }

        /** The person a surname alone stands for in a document with the persons {@code full} named in full. */
        private Person surnameAlone(String document, String surname, List<Person> full) {
            List<Person> known = fullBySurname.getOrDefault(surname, List.of());
            List<Person> inDocument = known.stream().filter(full::contains).distinct().toList();
            if (inDocument.size() == 1) {
                return inDocument.get(0);
            }
            if (inDocument.isEmpty() && known.size() == 1) {
                return known.get(0);
            }
            // no full name of it anywhere, or several: one person per surname, kept to its document when ambiguous
            String key = known.isEmpty() ? surname : surname + "\u0000" + document;
            return alone.computeIfAbsent(key, k -> new Person());
        }

        private PersonIdentities finish() {
            List<PersonIdentity> identities = new ArrayList<>();
            Map<Person, Integer> index = new HashMap<>();
            for (DocumentRecord d : documents) {
                Map<String, Person> names = byDocumentName.get(d.id());
                for (AnnotationRecord a : d.annotations("person")) {
                    Person p = names.get(key(nameOf(a)));
                    if (p != null && !index.containsKey(p)) {
                        index.put(p, identities.size());
                        identities.add(p.identity("p" + (identities.size() + 1)));
                    }
                }
            }
            Map<String, Map<String, Integer>> byName = new HashMap<>();
            byDocumentName.forEach((document, names) -> {
                Map<String, Integer> m = new HashMap<>();
                names.forEach((name, p) -> m.put(name, index.get(p)));
                byName.put(document, m);
            });
            return new PersonIdentities(List.copyOf(identities), byName);
        }
    }
}
