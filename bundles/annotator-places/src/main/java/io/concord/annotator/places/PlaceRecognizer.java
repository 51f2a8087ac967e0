package io.concord.annotator.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.concord.annotator.places.Tokens.Token;
import io.concord.api.Interruption;
import io.concord.api.text.Segmentation;
import io.concord.api.text.TitleCaseLines;

/**
 * Finds named places in English news text: gazetteer names (longest match first) and water bodies named
 * with a generic word ({@code Lake Chad}, {@code Dnipro River}), filtered by the context that tells a place
 * from a part of a longer name ({@code Washington Post}, {@code Lloyd Austin}, {@code Bank of England}).
 * Thread-safe once built; holds no per-document state.
 *
 * <p>This class walks the tokens and asks the finders in turn: {@link DatelineReader} at a line start (or at a
 * run of capitals that an agency's credit ends), {@link StateAbbreviations} after a place and a comma (or alone
 * after a locative word), then {@link GazetteerMatcher}, {@link WaterNames}, {@link LandformNames} (a feature
 * followed by a known area is a town: {@link TownApposition#settlement}), {@link CuedPlaces} (names that
 * {@link PlaceCues} make places), {@link UnlistedRegions}, {@link SmallTowns} and {@link TownApposition} (a name
 * before a comma and a {@link KnownAreas known area}); {@link PlaceJudge} decides on each candidate and
 * {@link CoordinatedTowns} and {@link NestedTowns} add unknown names listed with a found place or inside a found
 * province, {@link RepeatedTowns} adds the bare later mentions of cued towns and of features named with their
 * generic word, {@link PersonSurnames} drops towns that stand for a person named in full, {@link SportsClubs}
 * drops towns that a match report uses as clubs, and {@link AlternativeReadings} settles names with two readings
 * once the whole document is read; {@link PlainSpellings} and {@link CountyNames} write the canonical names as
 * English news does ({@code Amravati}, {@code Kern County}).
 */
public final class PlaceRecognizer {

    /** A place mention: offsets into the text, canonical name, kind and confidence. */
    public record Match(int begin, int end, String canonical, String kind, double confidence) {}

    private final DatelineReader datelines;
    private final GazetteerMatcher matcher;
    private final SmallTowns smallTowns;
    private final CuedPlaces cuedPlaces;
    private final TownApposition appositions;
    private final PlaceJudge judge;
    private final AlternativeReadings readings;
    private final CoordinatedTowns coordinated;
    private final PersonSurnames surnames;
    private final NestedTowns nested;
    private final Gazetteer gazetteer;

    public PlaceRecognizer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.matcher = new GazetteerMatcher(gazetteer);
        KnownAreas areas = new KnownAreas(gazetteer, matcher);
        this.datelines = new DatelineReader(gazetteer, areas);
        this.appositions = new TownApposition(gazetteer, areas);
        this.smallTowns = new SmallTowns(gazetteer);
        this.cuedPlaces = new CuedPlaces(gazetteer);
        this.judge = new PlaceJudge(matcher);
        this.readings = new AlternativeReadings(gazetteer);
        this.coordinated = new CoordinatedTowns(gazetteer);
        this.surnames = new PersonSurnames(gazetteer);
        this.nested = new NestedTowns(gazetteer);
    }

    /** The places named in a segmented text. */
    public List<Match> find(Segmentation segmentation) {
        String text = segmentation.text();
        List<Token> tokens = Tokens.of(segmentation);
        boolean[] headline = headlineTokens(segmentation, tokens);
        List<Found> found = new ArrayList<>();
        List<Found> unconfirmed = new ArrayList<>(); // names that are places only if the text confirms them
        int matchedUntil = -1; // index of the last token of the previous accepted match
        int i = 0;
        while (i < tokens.size()) {
            if ((i & 255) == 0) {
                Interruption.check();
            }
            Token t = tokens.get(i);
            if (!t.capitalised()) {
                i++;
                continue;
            }
            if (Tokens.lineStart(text, tokens, i) || Tokens.allCaps(t)) {
                int next = Tokens.lineStart(text, tokens, i) ? datelines.read(text, tokens, i, found)
                        : datelines.readInline(text, tokens, i, found);
                if (next > i) {
                    matchedUntil = next - 1;
                    i = next;
                    continue;
                }
            }
            Found state = StateAbbreviations.at(text, tokens, i, found, unconfirmed);
            if (state != null) {
                found.add(state);
                matchedUntil = state.last();
                i = state.last() + 1;
                continue;
            }
            Candidate c = candidate(text, tokens, i);
            if (c == null) {
                i++;
                continue;
            }
            if (!c.entry().blocked() && !currencyPrefix(text, tokens, c.last())) {
                PlaceJudge.Judged j = judge.judge(text, tokens, c, headline[i], matchedUntil);
                if (j != null && (!j.unconfirmed() || appositions.areaAfter(text, tokens, c.last()))) {
                    // "Eden, Victoria": a known area after the name confirms a word or personal name as a town
                    found.add(new Found(j.match(), c.entry(), c.first(), c.last()));
                    matchedUntil = c.last();
                } else if (j != null) {
                    unconfirmed.add(new Found(j.match(), c.entry(), c.first(), c.last()));
                }
            }
            i = c.last() + 1;
        }
        // a personal name or everyday word that the text uses as this place elsewhere: "Victoria has been ..."
        Set<String> confirmed = new HashSet<>();
        for (Found f : found) {
            confirmed.add(f.match().canonical());
        }
        for (Found f : unconfirmed) {
            if (confirmed.contains(f.match().canonical())) {
                found.add(f);
            }
        }
        found.addAll(RepeatedTowns.mentions(gazetteer, text, tokens, found)); // "near Llanwddyn ... in Llanwddyn"
        found.addAll(coordinated.neighbours(text, tokens, found)); // "in Kisumu and Ombeyi"
        found.addAll(nested.inside(text, tokens, found)); // "at Kapikoy in Van province"
        surnames.removePeople(text, tokens, found); // "Viana said" after "Carla Viana"
        SportsClubs.removeClubs(text, tokens, found); // "Swindon beat Crawley 2-1"
        found.sort(Comparator.comparingInt(f -> f.match().begin()));
        List<Match> out = new ArrayList<>(found.size());
        for (int k = 0; k < found.size(); k++) {
            out.add(PlainSpellings.of(text, readings.reading(text, tokens, found, k)));
        }
        return CountyNames.named(tokens, found, out);
    }

    /**
     * The candidate at token {@code i}, or null: a gazetteer name (with its hyphenated or connected continuation,
     * or a compass word or county word before one, or a compass compound) with its administrative head, unless a
     * water name, landform or name with a place cue reaches further; failing all an unlisted region, then a small
     * town.
     */
    private Candidate candidate(String text, List<Token> tokens, int i) {
        Candidate c = matcher.longestName(text, tokens, i);
        if (c != null) {
            c = matcher.withConnectedTail(text, tokens, c);
            c = matcher.withCompassPart(text, tokens, c);
        }
        Candidate d = matcher.directionalRegion(text, tokens, i); // "Central Java" although "Central" is listed
        if (d != null && (c == null || d.last() > c.last())) {
            c = d;
        }
        if (c == null) {
            c = matcher.countyFirst(text, tokens, i);
        }
        Candidate compound = matcher.compassCompound(text, tokens, i);
        if (compound != null && (c == null || compound.last() > c.last())) {
            c = compound; // "the Central Highlands" although "Central" is listed
        }
        if (c != null) {
            c = matcher.withAdministrativeHead(text, tokens, c);
            c = midRegion(text, tokens, c);
        }
        Candidate w = WaterNames.at(text, tokens, i);
        boolean coordinatedWater = WaterNames.coordinated(text, tokens, i) != null;
        if (w != null && c != null && !coordinatedWater && c.first() == w.first() && c.last() == w.last()
                && i + 1 < tokens.size() && WaterNames.lowerGeneric(tokens.get(i + 1))) {
            // "the Zambezi river" where the gazetteer lists the name as a region or city: the bare name would
            // denote that place, so the lower-case generic word belongs to the name of the water
            w = new Candidate(i, i + 1, new Gazetteer.Entry(text.substring(tokens.get(i).begin(), tokens.get(i + 1).end()),
                    w.entry().canonical(), "water", -1, false, false));
        }
        if (w != null && (c == null || w.last() > c.last() || namedByGenericWord(tokens, w, c)
                || coordinatedWater && !"country".equals(c.entry().kind()))) {
            // "the Banda and Arafura seas": the plural generic word names both, whatever else the gazetteer lists
            c = w;
        }
        Candidate land = LandformNames.at(text, tokens, i);
        if (land != null && LandformNames.forestAfterTown(tokens, land, c)) {
            land = null;
        }
        if (land != null && (c == null || land.last() > c.last() || namedByGenericWord(tokens, land, c))) {
            c = land;
        }
        if (c != null && ("water".equals(c.entry().kind()) || "other".equals(c.entry().kind()))) {
            c = smallTowns.namedLikeFeature(text, tokens, appositions.settlement(text, tokens, c));
        }
        Candidate cued = cuedPlaces.at(text, tokens, i);
        if (cued != null && (c == null || cued.last() > c.last())) {
            c = cued;
        }
        Candidate unlisted = UnlistedRegions.at(text, tokens, i);
        if (unlisted != null && (c == null || unlisted.last() > c.last())) {
            c = unlisted; // "Rampur Kalan and Sitapur districts" although "Rampur" is listed
        }
        if (c == null) {
            c = smallTowns.at(text, tokens, i);
        }
        if (c == null) {
            c = appositions.at(text, tokens, i);
        }
        return c;
    }

    /**
     * The feature reads the same words as the gazetteer's name, which is not a feature of that kind, and a
     * lower-case generic word after it tells ({@code the Luangwa river}, {@code the Hunza valley}). A listed
     * town named like a feature ({@code Crystal Lake}) stays the town.
     */
    private static boolean namedByGenericWord(List<Token> tokens, Candidate feature, Candidate listed) {
        int next = feature.last() + 1;
        return feature.first() == listed.first() && feature.last() == listed.last() && next < tokens.size()
                && (WaterNames.lowerGeneric(tokens.get(next)) || LandformNames.lowerGeneric(tokens.get(next)))
                && !feature.entry().kind().equals(listed.entry().kind()) && !"country".equals(listed.entry().kind());
    }

    /**
     * {@code mid Wales}-style: the lower-case {@code mid} before a country or region names its middle part, a
     * region of its own, so it belongs to the span.
     */
    private static Candidate midRegion(String text, List<Token> tokens, Candidate c) {
        int k = c.first() - 1;
        String kind = c.entry().kind();
        if (k < 0 || !tokens.get(k).is("mid") || !Tokens.adjacent(text, tokens.get(k), tokens.get(c.first()))
                || !"country".equals(kind) && !"region".equals(kind)) {
            return c;
        }
        String name = text.substring(tokens.get(k).begin(), tokens.get(c.last()).end());
        String canonical = "Mid " + c.entry().canonical();
        return new Candidate(k, c.last(), new Gazetteer.Entry(name, canonical, "region", -1, false, false));
    }

    /** {@code US$2 billion}, {@code HK$}, {@code A$}: the letters name a currency, not the place. */
    private static boolean currencyPrefix(String text, List<Token> tokens, int last) {
        int end = tokens.get(last).end();
        return end < text.length() && text.charAt(end) == '$';
    }

    /** Whether each token stands in a title-case line (a headline), where capitalisation says nothing. */
    private static boolean[] headlineTokens(Segmentation segmentation, List<Token> tokens) {
        return TitleCaseLines.atOffsets(segmentation, tokens.stream().mapToInt(Token::begin).toArray());
    }
}
