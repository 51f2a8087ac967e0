package io.concord.conflicts.votes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.concord.api.conflict.ConflictRule;
import io.concord.api.model.Claim;
import io.concord.api.model.Conflict;
import io.concord.api.model.DocumentRecord;
import io.concord.api.model.Story;
import io.concord.conflicts.claims.Versions;
import io.concord.conflicts.text.Bag;
import io.concord.conflicts.text.DocumentView;
import io.concord.conflicts.text.DocumentViews;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A vote reported with different splits ({@code voted 5-2} vs {@code voted 4-3}), and the same split told in
 * other words ({@code five to two} = {@code 5-2}) as consistent. A committee's, a court's or a council's vote is
 * news in itself, and annotators leave its tally out of the figures. A report's only split joins the story's other
 * only splits when their words have anything in common; a report with several joins each by its context.
 */
@Component(service = ConflictRule.class)
public final class VoteRule implements ConflictRule {
    private static final int WINDOW = 12;
    private static final double DECAY = 4.0;
    private static final double ENTITY_WEIGHT = 1.5;
    /** Context similarity (0-1) for a report's only split to join the story's vote; any shared word will do. */
    private static final double LONE_SIMILARITY = 0.05;
    /** Context similarity for one of several splits of a report to join a vote. */
    private static final double MIN_SIMILARITY = 0.3;
    /** Members of a vote that a new split is compared with: enough to judge, bounded for stories of many copies. */
    private static final int COMPARED = 8;

    private final DocumentViews views;

    @Activate
    public VoteRule(@Reference DocumentViews views) {
        this.views = views;
    }

    @Override
    public String id() {
        return "votes";
    }

    /** A split vote of one report, with the words around it. */
    record Item(int doc, DocumentView view, VoteSplits.Split split, Bag context, boolean lone) {}

    @Override
    public List<Conflict> apply(Story story) {
        List<Item> items = items(story);
        List<List<Item>> votes = new ArrayList<>();
        // a report's only split first: they make the story's votes, which the others then join
        items.stream().filter(Item::lone).forEach(it -> join(it, votes, LONE_SIMILARITY));
        items.stream().filter(it -> !it.lone()).forEach(it -> join(it, votes, MIN_SIMILARITY));
        List<Conflict> out = new ArrayList<>();
        for (List<Item> vote : votes) {
            Conflict c = compare(vote);
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    private List<Item> items(Story story) {
        List<Item> out = new ArrayList<>();
        List<DocumentRecord> docs = story.documents();
        for (int d = 0; d < docs.size(); d++) {
            DocumentView view = views.of(docs.get(d));
            List<VoteSplits.Split> splits = new ArrayList<>(VoteSplits.find(view.text(), o -> view.sentenceSpan(o, o)));
            splits.removeIf(s -> view.inDateline(s.begin(), s.end()));
            for (VoteSplits.Split s : splits) {
                Bag context = view.nearBag(s.begin(), s.end(), WINDOW, DECAY, ENTITY_WEIGHT);
                out.add(new Item(d, view, s, context, splits.size() == 1));
            }
        }
        return out;
    }

    /** Adds the split to the vote whose members' words are most like its own, or starts a vote. */
    private static void join(Item it, List<List<Item>> votes, double bar) {
        List<Item> best = null;
        double bestScore = bar;
        for (List<Item> vote : votes) {
            if (vote.stream().anyMatch(m -> m.doc() == it.doc())) {
                continue;
            }
            for (Item m : vote.subList(0, Math.min(COMPARED, vote.size()))) {
                double s = 0.5 * it.context().overlap(m.context()) + 0.5 * it.context().jaccard(m.context());
                if (s >= bestScore) {
                    bestScore = s;
                    best = vote;
                }
            }
        }
        if (best == null) {
            best = new ArrayList<>();
            votes.add(best);
        }
        best.add(it);
    }

    private static Conflict compare(List<Item> vote) {
        if (vote.size() < 2) {
            return null;
        }
        Map<String, List<Claim>> byKey = new LinkedHashMap<>();
        for (Item it : vote) {
            VoteSplits.Split s = it.split();
            byKey.computeIfAbsent(s.key(), k -> new ArrayList<>()).add(new Claim(it.view().id(), s.begin(), s.end(), s.text(), null));
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("splits", List.copyOf(byKey.keySet()));
        if (byKey.size() == 1) {
            List<Claim> claims = byKey.values().iterator().next();
            if (claims.stream().map(c -> c.text().toLowerCase(Locale.ROOT)).distinct().count() < 2) {
                return null;
            }
            return new Conflict("figure", "Same vote: " + String.join(" = ", claims.stream().map(c -> "“" + c.text() + "”")
                    .distinct().toList()), "low", true, claims, details);
        }
        List<List<Claim>> groups = new ArrayList<>(byKey.values());
        groups.sort((x, y) -> Integer.compare(y.size(), x.size()));
        StringBuilder summary = new StringBuilder("Vote splits differ: ");
        for (int g = 0; g < groups.size(); g++) {
            summary.append(g > 0 ? " vs " : "").append('“').append(groups.get(g).get(0).text()).append("” (")
                    .append(Versions.reports(groups.get(g))).append(')');
        }
        return new Conflict("figure", summary.toString(), "high", false, Versions.label(groups), details);
    }
}
