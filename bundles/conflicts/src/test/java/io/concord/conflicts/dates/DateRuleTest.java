package io.concord.conflicts.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.concord.api.model.Conflict;
import io.concord.api.model.Story;
import io.concord.conflicts.Configs;
import io.concord.conflicts.TestDocs;
import io.concord.conflicts.TestViews;
import org.junit.jupiter.api.Test;

class DateRuleTest {
    private final DateRule rule = new DateRule(Configs.defaults(DateRule.Config.class), TestViews.views());

    private static TestDocs summit(String id, String text) {
        return TestDocs.doc(id, text).place("Geneva", "Geneva").person("Lammy", "David Lammy");
    }

    @Test
    void flagsAWeekdayThatDoesNotFitTheCalendarDate() {
        Story story = new Story("s", List.of(
                summit("a", "Envoys will meet in Geneva on Tuesday to discuss the ceasefire, with Lammy attending.")
                        .date("Tuesday", "XXXX-WXX-2").build(),
                summit("b", "Envoys are due to meet in Geneva on June 6, 2025 to discuss the ceasefire, with Lammy attending.")
                        .date("June 6, 2025", "2025-06-06").build()));
        List<Conflict> out = rule.apply(story);
        assertEquals(1, out.size(), out.toString());
        assertEquals("date", out.get(0).kind());
        assertTrue(out.get(0).summary().contains("a Friday"), out.get(0).summary());
    }

    @Test
    void flagsTheSameEventToldAsAnotherNumberOfYearsAgo() {
        Story story = new Story("s", List.of(
                TestDocs.doc("a", "The dam above the lake town last burst 14 years ago, flooding every street.")
                        .figure("14 years", "duration", 14L, "year", "exact").build(),
                TestDocs.doc("b", "Residents recall that the dam above the town last burst 16 years ago, flooding the streets.")
                        .figure("16 years", "duration", 16L, "year", "exact").build(),
                TestDocs.doc("c", "The dam above the lake town last burst 14 years ago. A new one opened in 2016.")
                        .figure("14 years", "duration", 14L, "year", "exact").date("2016", "2016").build()));
        List<Conflict> out = rule.apply(story);
        assertEquals(1, out.size(), out.toString());
        assertEquals("date", out.get(0).kind());
        assertTrue(out.get(0).claims().stream().noneMatch(c -> c.text().equals("2016")), out.toString());
        assertEquals(3, out.get(0).claims().size(), out.toString());
    }

    @Test
    void leavesAnAmountOfYearsThatIsNoTimeAgoToTheFigures() {
        Story story = new Story("s", List.of(
                TestDocs.doc("a", "The dam took 14 years to build after a storm destroyed the old one.")
                        .figure("14 years", "duration", 14L, "year", "exact").build(),
                TestDocs.doc("b", "The dam took 16 years to build after a storm destroyed the old one.")
                        .figure("16 years", "duration", 16L, "year", "exact").build()));
        assertEquals(List.of(), rule.apply(story));
    }

    @Test
    void readsUntilBeforeADateAsItsPrepositionNotAsAnotherEvent() {
        Story story = new Story("s", List.of(
                TestDocs.doc("a", "The Harbour Road bridge in Hull will stay closed until 14 September while crews repair it.")
                        .add("place", "Hull", "canonical", "Hull", "kind", "city").date("14 September", "XXXX-09-14").build(),
                TestDocs.doc("b", "The Harbour Road bridge in Hull will not reopen until 21 September, the council said.")
                        .add("place", "Hull", "canonical", "Hull", "kind", "city").date("21 September", "XXXX-09-21").build()));
        List<Conflict> out = rule.apply(story);
        assertEquals(1, out.size(), out.toString());
        assertEquals("date", out.get(0).kind());
    }

    @Test
    void theDatelinesDateIsTheFilingsNotAnEventsAndTakesNoWords() {
        Story story = new Story("s", List.of(
                TestDocs.doc("a", "HULL, July 22 - The Harbour Road bridge will stay closed until 14 September while crews repair it.")
                        .date("July 22", "XXXX-07-22").date("14 September", "XXXX-09-14").build(),
                TestDocs.doc("b", "Drivers face weeks of delays: the Harbour Road bridge will not reopen until 21 September.")
                        .date("21 September", "XXXX-09-21").build()));
        List<Conflict> out = rule.apply(story);
        assertEquals(1, out.size(), out.toString());
        assertTrue(out.get(0).claims().stream().noneMatch(c -> c.text().equals("July 22")), out.toString());
    }

    @Test
    void aCountryAndACityInItAreNotDifferentPlaces() {
        Story story = new Story("s", List.of(
                TestDocs.doc("a", "The wildfire broke out on Monday in Portugal and has burned 9,000 hectares of forest.")
                        .add("place", "Portugal", "canonical", "Portugal", "kind", "country").date("Monday", "XXXX-WXX-1").build(),
                TestDocs.doc("b", "The wildfire broke out on Tuesday near Coimbra and has burned 9,000 hectares of forest.")
                        .add("place", "Coimbra", "canonical", "Coimbra", "kind", "city").date("Tuesday", "XXXX-WXX-2").build()));
        List<Conflict> out = rule.apply(story);
        assertEquals(1, out.size(), out.toString());
    }

    @Test
    void skipsDatesOfReporting() {
        Story story = new Story("s", List.of(
                summit("a", "Lammy said on Monday that envoys will meet in Geneva to discuss the ceasefire.")
                        .date("Monday", "XXXX-WXX-1").build(),
                summit("b", "Lammy said on Wednesday that envoys will meet in Geneva to discuss the ceasefire.")
                        .date("Wednesday", "XXXX-WXX-3").build()));
        assertTrue(rule.apply(story).isEmpty());
    }

    @Test
    void takesMeetingsInDifferentPlacesAsDifferentEvents() {
        Story story = new Story("s", List.of(
                summit("a", "Envoys will meet in Geneva on Tuesday to discuss the ceasefire, with Lammy attending.")
                        .date("Tuesday", "XXXX-WXX-2").build(),
                TestDocs.doc("b", "Envoys will meet in Riyadh on Thursday to discuss the ceasefire, with Lammy attending.")
                        .place("Riyadh", "Riyadh").person("Lammy", "David Lammy").date("Thursday", "XXXX-WXX-4").build()));
        assertTrue(rule.apply(story).isEmpty());
    }

    @Test
    void takesMeetingsOfOtherParticipantsAsDifferentEvents() {
        Story story = new Story("s", List.of(
                summit("a", "Lammy and Wang Yi will meet in Geneva on Tuesday to discuss the ceasefire.")
                        .person("Wang Yi", "Wang Yi").date("Tuesday", "XXXX-WXX-2").build(),
                summit("b", "Lammy and Sergei Lavrov will meet in Geneva on Thursday to discuss the ceasefire.")
                        .person("Sergei Lavrov", "Sergei Lavrov").date("Thursday", "XXXX-WXX-4").build()));
        assertTrue(rule.apply(story).isEmpty());
    }

    @Test
    void takesTheStartAndTheEndOfTalksAsDifferentEvents() {
        Story story = new Story("s", List.of(
                summit("a", "The ceasefire talks in Geneva began on Monday, with Lammy attending.")
                        .date("Monday", "XXXX-WXX-1").build(),
                summit("b", "The ceasefire talks in Geneva ended on Wednesday, with Lammy attending.")
                        .date("Wednesday", "XXXX-WXX-3").build()));
        assertTrue(rule.apply(story).isEmpty());
    }

    @Test
    void listsAMonthWithAndWithoutYearAsTheSameDate() {
        Story story = new Story("s", List.of(
                summit("a", "The Geneva deal bans new drilling licences from January, Lammy's office confirmed.")
                        .date("January", "XXXX-01").build(),
                summit("b", "The Geneva deal bans new drilling licences from January 2026, Lammy's office confirmed.")
                        .date("January 2026", "2026-01").build()));
        List<Conflict> out = rule.apply(story);
        assertEquals(1, out.size());
        assertTrue(out.get(0).consistent());
    }
    @Test
    void aDateBeforeACommaAndAVerbOfSayingDatesTheEventNotTheReport() {
        Story story = new Story("s", List.of(
                TestDocs.doc("a", "A lorry left the road near Cusco and fell into a river late on Friday, police said.")
                        .place("Cusco", "Cusco").date("Friday", "XXXX-WXX-5").build(),
                TestDocs.doc("b", "The lorry fell into a river near Cusco late on Thursday, according to the police.")
                        .place("Cusco", "Cusco").date("Thursday", "XXXX-WXX-4").build()));
        List<Conflict> out = rule.apply(story);
        assertEquals(1, out.size(), out.toString());
    }
    @Test
    void takesADeadlineAndTheStartOfAPeriodAsDifferentDates() {
        Story story = new Story("s", List.of(
                TestDocs.doc("a", "The carmaker will shut its plant near Kecskemet by the end of 2028, the company said.")
                        .place("Kecskemet", "Kecskemet").date("2028", "2028").build(),
                TestDocs.doc("b", "The plant near Kecskemet, which has made gearboxes since 2004, will shut, the carmaker said.")
                        .place("Kecskemet", "Kecskemet").date("2004", "2004").build()));
        assertTrue(rule.apply(story).stream().noneMatch(c -> !c.consistent()), rule.apply(story).toString());
    }
}
