package io.concord.conflicts.roles;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

import io.concord.api.conflict.ConflictRule;
import io.concord.api.model.AnnotationRecord;
import io.concord.api.model.Claim;
import io.concord.api.model.Conflict;
import io.concord.api.model.DocumentRecord;
import io.concord.api.model.Story;
import io.concord.conflicts.claims.Versions;
import io.concord.conflicts.text.DocumentViews;
import io.concord.conflicts.text.Names;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Incompatible roles of one person across reports: a current against a former office ({@code President}
 * vs {@code former President}), a deputy against the office itself, different portfolios of one office
 * ({@code Foreign Minister} vs {@code Defence Minister}), or two top offices ({@code President} vs
 * {@code Prime Minister}), two posts that run an organisation ({@code chief executive} vs {@code chairman}), or a
 * ministry's civil servant against its minister ({@code permanent secretary} vs {@code minister}), or the head of a
 * body against one of its staff ({@code director of the institute} vs {@code researcher at the institute},
 * {@code jury president} vs {@code a member of the jury}) or the head of one field of it against its head or its
 * staff ({@code race director} vs {@code the race's medical director}: {@link RoleBodies}), or two ranks of deputy
 * ({@code first deputy governor} vs {@code second deputy governor}), a mayor against a councillor, or two
 * generations of kin of one forebear ({@code grandson} vs {@code great-grandson}: {@link RoleKin}).
 * Wording that names one office is tolerated ({@code Secretary-General} /
 * {@code Secretary General}, {@code adviser} / {@code aide}, with or without the country). People are
 * matched by surname, told apart by first initial when a story has two of one surname.
 */
@Component(service = ConflictRule.class, configurationPid = RoleRule.PID)
@Designate(ocd = RoleRule.Config.class)
public final class RoleRule implements ConflictRule {
    static final String PID = "io.concord.conflicts.roles";
    private static final int ROLE_SEARCH = 160;
    /** Steps from a scientist of a discipline up to "scientist" (archaeologist, anthropologist, social scientist). */
    private static final int DISCIPLINE_LEVELS = 4;
    /** The offices of a local council: its head and its members, one person holding one of them. */
    private static final Set<String> COUNCIL_OFFICES = Set.of("mayor", "councillor");
    private static final Set<String> PORTFOLIO_OFFICES = Set.of("minister", "secretary", "commissioner", "adviser",
            "spokesperson");

    @ObjectClassDefinition(name = "Concord conflict rule: roles")
    public @interface Config {
        @AttributeDefinition(description = "Report different portfolios of one office (Foreign vs Defence Minister).")
        boolean portfolios() default true;

        @AttributeDefinition(description = "Report two different top offices (President vs Prime Minister).")
        boolean topOffices() default true;
    }

    private final Config config;
    private final DocumentViews views;

    /** Roles as the annotations give them only. */
    public RoleRule(Config config) {
        this(config, null);
    }

    /** Roles as the annotations give them and as {@code views} find them elsewhere in a report ({@link RoleStatements}). */
    @Activate
    public RoleRule(Config config, @Reference DocumentViews views) {
        this.config = config;
        this.views = views;
    }

    @Override
    public String id() {
        return "roles";
    }

    /**
     * A mention of a person with the role the text gives at that mention; {@code statement} is where the text
     * states it when that is not next to the name ({@code null}: found around the name).
     */
    record Mention(int doc, DocumentRecord record, AnnotationRecord person, String name, RoleTitle title,
                   int[] statement) {
        Claim claim() {
            int[] span = statement != null ? statement : span(record.text(), person, title.written());
            return new Claim(record.id(), span[0], span[1], record.text().substring(span[0], span[1]), null);
        }

        int position() {
            return statement != null ? statement[0] : person.begin();
        }
    }

    @Override
    public List<Conflict> apply(Story story) {
        List<Conflict> out = new ArrayList<>();
        for (List<Mention> person : people(story)) {
            String name = longestName(person);
            Set<String> offices = new HashSet<>();
            person.forEach(m -> offices.addAll(m.title().offices()));
            for (String office : offices) {
                List<Mention> holding = person.stream().filter(m -> m.title().offices().contains(office)).toList();
                add(out, versions(holding, m -> m.title().status(), (x, y) -> x.equals(y)), name,
                        RoleTitle.TOP_OFFICES.contains(office) ? "high" : "medium", "status", office);
                // a first deputy is not a second one; a deputy whose rank a report leaves out may be either
                List<Mention> ranked = holding.stream().filter(m -> m.title().ordinal() > 0).toList();
                add(out, versions(ranked, Mention::title, (x, y) -> !x.status().equals(y.status())
                        || x.ordinal() == y.ordinal()), name, "medium", "rank", office);
                List<Mention> withCountry = holding.stream().filter(m -> !m.title().countries().isEmpty()).toList();
                add(out, versions(withCountry, m -> m.title().countries(), RoleRule::intersect), name, "medium",
                        "country", office);
                // a regional commissioner is not a district commissioner; a level left out may be either
                List<Mention> withLevel = holding.stream().filter(m -> m.title().level() != null).toList();
                add(out, versions(withLevel, m -> m.title().level(), String::equals), name, "medium", "level", office);
                if (config.portfolios() && PORTFOLIO_OFFICES.contains(office)) {
                    List<Mention> withPortfolio = holding.stream()
                            .filter(m -> !m.title().portfolios().isEmpty()).toList();
                    add(out, versions(withPortfolio, m -> m.title().portfolios(), RoleRule::intersect), name, "medium",
                            "portfolio", office);
                }
            }
            if (config.topOffices()) {
                List<Mention> top = person.stream()
                        .filter(m -> m.title().status().equals("current") && !m.title().institutional()
                                && m.title().offices().stream().anyMatch(RoleTitle.TOP_OFFICES::contains))
                        .toList();
                add(out, versions(top, m -> topOf(m.title()), RoleRule::intersect), name, "medium", "office", null);
            }
            // an organisation's posts are compared whatever institution the titles name ("the company's chairman")
            List<Mention> posts = person.stream().filter(m -> m.title().status().equals("current")
                    && !m.title().posts().isEmpty()).toList();
            add(out, versions(posts, m -> m.title().posts(), RoleRule::intersect), name, "medium",
                    "post", null);
            // the head of a body against one of its staff ("director of the institute" vs "researcher at the institute")
            Map<Mention, RoleBodies.Body> bodies = new IdentityHashMap<>();
            person.forEach(m -> bodies.put(m, body(m)));
            List<RoleTitle> titles = person.stream().map(Mention::title).toList();
            person.stream().filter(m -> bodies.get(m) == null)
                    .forEach(m -> bodies.put(m, RoleBodies.borrowed(m.title(), titles)));
            List<Mention> inBodies = person.stream().filter(m -> bodies.get(m) != null).toList();
            add(out, versions(inBodies, bodies::get, RoleBodies::compatible), name, "medium", "body", null);
            // a ministry's civil servant against its minister ("permanent secretary" vs "Ports Minister")
            List<Mention> service = person.stream().filter(m -> RoleTitle.service(m.title().offices()) != null).toList();
            add(out, versions(service, m -> RoleTitle.service(m.title().offices()), String::equals), name, "medium",
                    "service", null);
            // the mayor against one of the councillors of the council she heads; a council of another level may be
            // another council ("county councillor")
            List<Mention> council = person.stream().filter(m -> m.title().status().equals("current")
                    && m.title().level() == null && !council(m.title()).isEmpty()).toList();
            add(out, versions(council, m -> council(m.title()), RoleRule::intersect), name, "medium", "council", null);
            // one person is one generation from a given forebear ("great-grandson" vs "grandson" of one painter)
            List<Mention> related = person.stream().filter(m -> RoleKin.of(m.title()) != null).toList();
            add(out, versions(related, m -> RoleKin.of(m.title()), RoleKin::compatible), name, "medium", "kin", null);
        }
        return out;
    }

    /** The body a mention's title places the person in, scientists told by the views' word senses. */
    private RoleBodies.Body body(Mention m) {
        return RoleBodies.of(m.title(), views == null ? w -> false : w -> views.synonyms().isKindOf(w, "scientist",
                DISCIPLINE_LEVELS));
    }

    /** Mentions with a role, grouped by person; mentions of one surname with unclear first name are left out. */
    private List<List<Mention>> people(Story story) {
        Map<String, List<Mention>> bySurname = new LinkedHashMap<>();
        List<DocumentRecord> docs = story.documents();
        for (int d = 0; d < docs.size(); d++) {
            List<Mention> inDoc = new ArrayList<>();
            for (AnnotationRecord a : docs.get(d).annotations("person")) {
                mention(inDoc, d, docs.get(d), a, a.string("role"), null);
            }
            if (views != null) {
                for (RoleStatements.Statement s : RoleStatements.find(views.of(docs.get(d)))) {
                    mention(inDoc, d, docs.get(d), s.person(), s.role(), new int[] {s.begin(), s.end()});
                }
            }
            inDoc.sort((a, b) -> Integer.compare(a.position(), b.position()));
            for (Mention m : inDoc) {
                bySurname.computeIfAbsent(Names.surname(m.name()), k -> new ArrayList<>()).add(m);
            }
        }
        List<List<Mention>> out = new ArrayList<>();
        for (List<Mention> group : bySurname.values()) {
            Map<Character, List<Mention>> byInitial = new LinkedHashMap<>();
            for (Mention m : group) {
                List<String> w = Names.words(m.name());
                if (w.size() > 1) {
                    byInitial.computeIfAbsent(w.get(0).charAt(0), k -> new ArrayList<>()).add(m);
                }
            }
            if (byInitial.size() <= 1) {
                out.add(group);
            } else {
                out.addAll(byInitial.values());
            }
        }
        return out;
    }

    private static void mention(List<Mention> out, int doc, DocumentRecord record, AnnotationRecord a, String role,
                                int[] statement) {
        if (role == null || role.isBlank()) {
            return;
        }
        String name = a.string("canonical") != null ? a.string("canonical") : a.text();
        RoleTitle title = RoleTitle.parse(role);
        if (Names.surname(name) == null || title.offices().isEmpty()) {
            return;
        }
        out.add(new Mention(doc, record, a, name, title, statement));
    }

    /**
     * Per document, the first mention of the given kind of value; documents grouped into versions whose
     * values are compatible. Fewer than two versions means no conflict.
     */
    private static <V> List<List<Mention>> versions(List<Mention> mentions, Function<Mention, V> value,
                                                    BiPredicate<V, V> compatible) {
        Map<Integer, Mention> firstPerDoc = new LinkedHashMap<>();
        for (Mention m : mentions) {
            firstPerDoc.putIfAbsent(m.doc(), m);
        }
        List<List<Mention>> versions = new ArrayList<>();
        for (Mention m : firstPerDoc.values()) {
            List<Mention> home = null;
            for (List<Mention> v : versions) {
                if (v.stream().allMatch(o -> compatible.test(value.apply(o), value.apply(m)))) {
                    home = v;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                versions.add(home);
            }
            home.add(m);
        }
        return versions;
    }

    private static void add(List<Conflict> out, List<List<Mention>> versions, String name, String severity,
                            String aspect, String office) {
        if (versions.size() < 2) {
            return;
        }
        versions.sort((a, b) -> b.size() - a.size());
        List<List<Claim>> groups = new ArrayList<>();
        StringBuilder summary = new StringBuilder(name).append("’s role: ");
        for (int i = 0; i < versions.size(); i++) {
            List<Claim> g = versions.get(i).stream().map(Mention::claim).toList();
            groups.add(g);
            summary.append(i > 0 ? " vs " : "").append('“').append(versions.get(i).get(0).title().written())
                    .append("” (").append(Versions.reports(g)).append(')');
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("person", name);
        details.put("aspect", aspect);
        if (office != null) {
            details.put("office", office);
        }
        details.put("roles", versions.stream().map(v -> v.get(0).title().written()).toList());
        out.add(new Conflict("role", summary.toString(), severity, false, Versions.label(groups), details));
    }

    private static boolean intersect(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> council(RoleTitle t) {
        Set<String> out = new HashSet<>(t.offices());
        out.retainAll(COUNCIL_OFFICES);
        return out;
    }

    private static Set<String> topOf(RoleTitle t) {
        Set<String> out = new HashSet<>();
        for (String o : t.offices()) {
            if (RoleTitle.TOP_OFFICES.contains(o)) {
                out.add(o);
            }
        }
        return out;
    }

    private static String longestName(List<Mention> person) {
        String best = person.get(0).name();
        for (Mention m : person) {
            if (m.name().length() > best.length()) {
                best = m.name();
            }
        }
        return best;
    }

    /**
     * The mention together with its role where the text writes the role right next to the name
     * ({@code US President Trump}, {@code Ana Ruiz, the head of ...}); the name alone otherwise.
     */
    static int[] span(String text, AnnotationRecord person, String role) {
        int begin = person.begin();
        int end = person.end();
        if (role == null || role.isBlank()) {
            return new int[] {begin, end};
        }
        String lower = text.toLowerCase(Locale.ROOT);
        String r = role.toLowerCase(Locale.ROOT).strip();
        int from = Math.max(0, begin - ROLE_SEARCH);
        int to = Math.min(text.length(), end + ROLE_SEARCH);
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = lower.indexOf(r, from); i >= 0 && i + r.length() <= to; i = lower.indexOf(r, i + 1)) {
            int distance = i + r.length() <= begin ? begin - (i + r.length()) : i >= end ? i - end : 0;
            if (distance < bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
        if (best < 0 || bestDistance > 8) {
            return new int[] {begin, end};
        }
        return new int[] {Math.min(begin, best), Math.max(end, best + r.length())};
    }
}
