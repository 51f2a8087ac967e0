package io.concord.bench.conflicts;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import io.concord.api.model.AnnotationRecord;
import io.concord.api.model.DocumentRecord;

/**
 * Generates collections of news-like annotated documents: stories of 2-8 reports of one event, each
 * report rendering the story's people (with roles), places, figures, quotes and date in its own words
 * (other units, number words, hedges, excerpts, synonyms), with filler sentences in between. A share of
 * reports carries an injected contradiction (another figure, date, role or wording). Some people appear
 * in many stories, as famous people do, so that blocking is exercised. Deterministic for a seed.
 */
public final class NewsGenerator {
    private static final String[] FIRST = {"Anna", "Boris", "Carla", "David", "Elena", "Farid", "Grace", "Hugo",
            "Irina", "James", "Karin", "Luis", "Maria", "Nikolai", "Olga", "Pedro", "Quinn", "Rosa", "Samuel", "Tara",
            "Umar", "Vera", "Walter", "Xenia", "Yusuf", "Zara", "Alan", "Beatriz", "Conor", "Dina"};
    private static final String[] SYLLABLES = {"ka", "ro", "mi", "vel", "tor", "san", "lin", "dor", "bra", "ne", "shi",
            "ko", "var", "mos", "ten", "gal", "ri", "pol", "zen", "dak", "mur", "sel", "ban", "tes", "hol", "fer"};
    private static final String[] CITIES = {"Geneva", "Nairobi", "Lima", "Oslo", "Hanoi", "Accra", "Quito", "Riga",
            "Doha", "Perth", "Porto", "Kyoto", "Dakar", "Tunis", "Turin", "Lyon", "Cork", "Bergen", "Bilbao", "Gdansk",
            "Mombasa", "Cusco", "Da Nang", "Tbilisi", "Almaty", "Medellin", "Recife", "Cebu", "Izmir", "Kraków"};
    private static final String[] COUNTRIES = {"Kenya", "Peru", "Norway", "Vietnam", "Ghana", "Ecuador", "Latvia",
            "Qatar", "Australia", "Portugal", "Japan", "Senegal", "Tunisia", "Italy", "France", "Ireland", "Spain",
            "Poland", "Georgia", "Colombia", "Brazil", "Turkey", "Chile", "Morocco", "Canada"};
    private static final String[] EVENTS = {"talks", "summit", "strike", "flood", "election", "trade deal", "wildfire",
            "trial", "merger", "protest", "budget vote", "drought", "ceasefire", "port dispute", "rail strike"};
    private static final String[][] ROLES = {{"Foreign Minister", "foreign minister", "Ukrainian Foreign Minister"},
            {"Prime Minister", "prime minister", "Premier"}, {"special envoy", "envoy", "special envoy"},
            {"Secretary General", "Secretary-General", "Secretary General"}, {"adviser", "aide", "senior adviser"},
            {"Energy Commissioner", "EU Energy Commissioner", "Energy Commissioner"}, {"President", "President", "President"},
            {"union leader", "union chief", "union leader"}, {"mayor", "Mayor", "mayor"}, {"governor", "Governor", "governor"}};
    private static final String[] COUNTED = {"people", "homes", "schools", "workers", "children", "vehicles", "farms",
            "families", "soldiers", "bridges", "flights", "ships"};
    private static final String[] WORDS = {"government", "officials", "region", "plan", "report", "crisis", "market",
            "support", "pressure", "security", "economy", "agreement", "process", "funding", "policy", "leaders",
            "response", "investigation", "community", "infrastructure", "supplies", "negotiators", "parliament",
            "committee", "analysts", "residents", "schedule", "prices", "energy", "transport", "court", "measures",
            "dispute", "network", "reform", "exports", "inflation", "budget", "evidence", "hearing", "statement",
            "delegation", "coalition", "campaign", "border", "coast", "harvest", "storm", "factory", "hospital"};
    private static final String[] VERBS = {"said", "warned", "argued", "noted", "insisted", "added", "stressed",
            "suggested", "confirmed", "claimed"};
    private static final String[][] QUOTE_WORDS = {{"end", "stop"}, {"ready", "prepared"}, {"real", "genuine"},
            {"beginning", "dawn"}, {"chance", "opportunity"}, {"serious", "earnest"}, {"help", "support"},
            {"global", "world"}, {"rebuild", "restore"}, {"protect", "defend"}, {"quickly", "swiftly"},
            {"problem", "issue"}, {"deal", "agreement"}, {"plan", "proposal"}, {"nonsense", "rubbish"}};
    private static final String[] QUOTE_FILL = {"we", "will", "the", "our", "people", "this", "is", "a", "for",
            "not", "must", "now", "all", "of", "to", "and", "with", "every", "country", "time", "future", "together"};

    private final Random random;
    private final List<String> famous = new ArrayList<>();

    /** A generated collection; {@code injected} maps a report to the kind of contradiction put into it. */
    public record Collection(List<DocumentRecord> documents, int stories, Map<String, String> injected) {}

    private int reportsPerStory;

    /** Every story gets this many reports (0: between 2 and 8), to try large stories. */
    public NewsGenerator withReportsPerStory(int reports) {
        this.reportsPerStory = reports;
        return this;
    }

    public NewsGenerator(long seed) {
        this.random = new Random(seed);
        for (int i = 0; i < 20; i++) {
            famous.add(person());
        }
    }

    /** About {@code documents} reports, in stories of 2-8 reports each, in shuffled order. */
    public Collection generate(int documents) {
        List<DocumentRecord> out = new ArrayList<>(documents);
        int stories = 0;
        Map<String, String> injected = new LinkedHashMap<>();
        while (out.size() < documents) {
            Story s = story(stories++);
            int reports = Math.min(documents - out.size(), reportsPerStory > 0 ? reportsPerStory : 2 + random.nextInt(7));
            for (int r = 0; r < reports; r++) {
                boolean contradict = random.nextDouble() < 0.25;
                out.add(render(s, "s" + s.number + "-r" + r, contradict, injected));
            }
        }
        Collections.shuffle(out, random);
        return new Collection(out, stories, injected);
    }

    private record Person(String name, String surname, String[] roles) {}

    private record Figure(String counted, double value, String kind, String unit) {}

    private record Quote(Person speaker, List<String> words) {}

    private record Story(int number, String event, String city, String country, List<Person> people,
                         List<Figure> figures, List<Quote> quotes, LocalDate date, List<String> vocabulary) {}

    private String person() {
        StringBuilder s = new StringBuilder();
        int n = 2 + random.nextInt(2);
        for (int i = 0; i < n; i++) {
            s.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        s.setCharAt(0, Character.toUpperCase(s.charAt(0)));
        return FIRST[random.nextInt(FIRST.length)] + " " + s;
    }

    private String town() {
        StringBuilder s = new StringBuilder();
        int n = 2 + random.nextInt(2);
        for (int i = 0; i < n; i++) {
            s.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        s.setCharAt(0, Character.toUpperCase(s.charAt(0)));
        return s.toString();
    }

    private Story story(int number) {
        List<Person> people = new ArrayList<>();
        int n = 3 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            String name = i == 0 && random.nextDouble() < 0.3 ? famous.get(random.nextInt(famous.size())) : person();
            people.add(new Person(name, name.substring(name.indexOf(' ') + 1), ROLES[random.nextInt(ROLES.length)]));
        }
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure(COUNTED[random.nextInt(COUNTED.length)], 10 + random.nextInt(5000), "count", null));
        figures.add(new Figure("of the budget", 5 + random.nextInt(60) + random.nextInt(10) / 10.0, "percent", "%"));
        figures.add(new Figure("for reconstruction", (1 + random.nextInt(90)) * 1e9, "money", "EUR"));
        figures.add(new Figure("of farmland", 50 + random.nextInt(900), "measure", "km2"));
        List<Quote> quotes = new ArrayList<>();
        int q = 2 + random.nextInt(3);
        for (int i = 0; i < q; i++) {
            quotes.add(new Quote(people.get(random.nextInt(people.size())), quoteWords()));
        }
        List<String> vocabulary = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            vocabulary.add(WORDS[random.nextInt(WORDS.length)]);
        }
        LocalDate date = LocalDate.of(2020 + random.nextInt(6), 1 + random.nextInt(12), 1 + random.nextInt(28));
        // half the stories happen in a town of their own: a few dozen real cities would make unrelated
        // stories share their place far more often than news does
        String city = random.nextBoolean() ? CITIES[random.nextInt(CITIES.length)] : town();
        return new Story(number, EVENTS[random.nextInt(EVENTS.length)], city,
                COUNTRIES[random.nextInt(COUNTRIES.length)], people, figures, quotes, date, vocabulary);
    }

    private List<String> quoteWords() {
        List<String> w = new ArrayList<>();
        int n = 5 + random.nextInt(8);
        for (int i = 0; i < n; i++) {
            w.add(random.nextDouble() < 0.35 ? QUOTE_WORDS[random.nextInt(QUOTE_WORDS.length)][0]
                    : QUOTE_FILL[random.nextInt(QUOTE_FILL.length)]);
        }
        return w;
    }

    /** Writes text and records annotations at the offsets where their text lands. */
    private static final class Builder {
        final StringBuilder text = new StringBuilder();
        final List<AnnotationRecord> annotations = new ArrayList<>();

        Builder add(String s) {
            text.append(s);
            return this;
        }

        Builder mark(String type, String covered, Object... attrs) {
            int begin = text.length();
            text.append(covered);
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i + 1 < attrs.length; i += 2) {
                m.put((String) attrs[i], attrs[i + 1]);
            }
            annotations.add(new AnnotationRecord(type, begin, text.length(), covered, m));
            return this;
        }
    }

    private DocumentRecord render(Story s, String id, boolean contradict, Map<String, String> injected) {
        Builder b = new Builder();
        int twist = contradict ? random.nextInt(4) : -1;
        b.add(capital(s.event) + " in " + s.city + " draws reactions\n\n");
        // the lead: event, place, date, first person
        Person lead = s.people.get(0);
        b.add(capital(s.event) + " in ").mark("place", s.city, "canonical", s.city, "kind", "city").add(", ")
                .mark("place", s.country, "canonical", s.country, "kind", "country").add(", will take place on ");
        LocalDate date = twist == 0 ? s.date.plusDays(1 + random.nextInt(3)) : s.date;
        if (twist == 0 || twist == 1) {
            injected.put(id, twist == 0 ? "date" : "role");
        }
        if (random.nextBoolean()) {
            String weekday = date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            b.mark("figure", weekday, "kind", "date", "value", "XXXX-WXX-" + date.getDayOfWeek().getValue(),
                    "unit", null, "qualifier", "exact");
        } else {
            String written = date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date.getDayOfMonth()
                    + ", " + date.getYear();
            b.mark("figure", written, "kind", "date", "value", date.toString(), "unit", null, "qualifier", "exact");
        }
        b.add(", ");
        personWithRole(b, lead, twist == 1);
        b.add(" confirmed.\n\n");
        List<Object> parts = new ArrayList<>();
        parts.addAll(s.figures);
        parts.addAll(s.quotes);
        Collections.shuffle(parts, random);
        for (Object part : parts) {
            if (random.nextDouble() < 0.15) {
                continue; // not every report carries every fact
            }
            filler(b, s);
            if (part instanceof Figure f) {
                boolean change = twist == 2 && f == s.figures.get(0);
                figure(b, s, f, change);
                if (change) {
                    injected.put(id, "figure");
                }
            } else if (quote(b, (Quote) part, twist == 3 && part == s.quotes.get(0))) {
                injected.put(id, "quote");
            }
            b.add("\n\n");
        }
        filler(b, s);
        return new DocumentRecord(id, b.text.toString(), sorted(b.annotations), List.of());
    }

    private static List<AnnotationRecord> sorted(List<AnnotationRecord> a) {
        List<AnnotationRecord> out = new ArrayList<>(a);
        out.sort((x, y) -> x.begin() != y.begin() ? Integer.compare(x.begin(), y.begin()) : Integer.compare(y.end(), x.end()));
        return out;
    }

    private void personWithRole(Builder b, Person p, boolean former) {
        String role = p.roles[random.nextInt(p.roles.length)];
        if (former) {
            role = "former " + role;
        }
        b.add(role + " ").mark("person", p.name, "canonical", p.name, "role", role);
    }

    private void filler(Builder b, Story s) {
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            String w1 = s.vocabulary.get(random.nextInt(s.vocabulary.size()));
            String w2 = s.vocabulary.get(random.nextInt(s.vocabulary.size()));
            String w3 = WORDS[random.nextInt(WORDS.length)];
            Person p = s.people.get(random.nextInt(s.people.size()));
            b.add("The " + w1 + " around the " + s.event + " in ").mark("place", s.city, "canonical", s.city, "kind", "city")
                    .add(" " + VERBS[random.nextInt(VERBS.length)] + " the " + w2 + ", and ")
                    .mark("person", p.surname, "canonical", p.name).add(" met " + w3 + " from ")
                    .mark("place", s.country, "canonical", s.country, "kind", "country").add(". ");
        }
    }

    private void figure(Builder b, Story s, Figure f, boolean contradict) {
        double v = contradict ? f.value * (1.3 + random.nextDouble()) : f.value;
        String hedge = random.nextDouble() < 0.3 ? "about " : "";
        String qualifier = hedge.isEmpty() ? "exact" : "approx";
        b.add("Officials in ").mark("place", s.city, "canonical", s.city, "kind", "city").add(" reported " + hedge);
        switch (f.kind) {
            case "count" -> {
                long n = Math.round(v);
                b.mark("figure", String.format(Locale.ROOT, "%,d", n), "kind", "count", "value", n, "unit", null,
                        "qualifier", qualifier).add(" " + f.counted + " affected by the " + s.event + ".");
            }
            case "percent" -> {
                double p = Math.round(v * 10) / 10.0;
                b.mark("figure", p + "%", "kind", "percent", "value", p, "unit", "%", "qualifier", qualifier)
                        .add(" " + f.counted + " spent on the " + s.event + ".");
            }
            case "money" -> {
                long bn = Math.round(v / 1e9);
                String written = random.nextBoolean() ? "€" + bn + "bn" : "€" + bn + " billion";
                b.mark("figure", written, "kind", "money", "value", bn * 1_000_000_000L, "unit", "EUR",
                        "qualifier", qualifier).add(" " + f.counted + " after the " + s.event + ".");
            }
            default -> {
                if (random.nextBoolean()) {
                    long km = Math.round(v);
                    b.mark("figure", km + " sq km", "kind", "measure", "value", km, "unit", "km2", "qualifier", qualifier,
                            "normalizedValue", km, "normalizedUnit", "km2");
                } else {
                    long mi = Math.round(v / 2.589988);
                    b.mark("figure", mi + " square miles", "kind", "measure", "value", mi, "unit", "mi2",
                            "qualifier", qualifier, "normalizedValue", mi * 2.589988, "normalizedUnit", "km2");
                }
                b.add(" " + f.counted + " damaged by the " + s.event + ".");
            }
        }
    }

    /** Writes a quote; true when it was reworded. */
    private boolean quote(Builder b, Quote q, boolean reword) {
        List<String> words = new ArrayList<>(q.words);
        double r = random.nextDouble();
        boolean changed = false;
        if (reword) {
            // a misquote: one quote word swapped for its synonym
            for (int i = 0; i < words.size(); i++) {
                for (String[] pair : QUOTE_WORDS) {
                    if (words.get(i).equals(pair[0])) {
                        words.set(i, pair[1]);
                        changed = true;
                        i = words.size();
                        break;
                    }
                }
            }
        } else if (r < 0.3 && words.size() > 6 && !words.subList(0, 2).contains("not")) {
            words = words.subList(2, words.size() - 1); // an excerpt
        }
        String text = String.join(" ", words);
        text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        b.add("“").mark("quote", text, "speaker", q.speaker.name, "cue", "said").add(",” said ")
                .mark("person", q.speaker.surname, "canonical", q.speaker.name).add(".");
        return changed;
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
