package io.concord.language;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WordListsTest {
    @Test
    void abbreviationsByWhatFollowsThem() {
        assertTrue(Abbreviations.isTitle("Gen"));
        assertTrue(Abbreviations.isBeforeNumber("No"));
        assertTrue(Abbreviations.isBeforeNumber("Sept"));
        assertTrue(Abbreviations.isAbbreviation("Inc"));
        assertFalse(Abbreviations.isAbbreviation("May"), "a month that is never abbreviated");
        assertFalse(Abbreviations.isAbbreviation("mr"), "case matters");
    }

    @Test
    void functionWordsInAnyCase() {
        assertTrue(FunctionWords.contains("The"));
        assertTrue(FunctionWords.contains("however"));
        assertFalse(FunctionWords.contains("Treasury"));
    }

    @Test
    void calendarWordsFromJavaTimeInAnyCase() {
        org.junit.jupiter.api.Assertions.assertEquals(5, CalendarWords.month("MAY"));
        org.junit.jupiter.api.Assertions.assertEquals(0, CalendarWords.monthAbbreviation("May"));
        org.junit.jupiter.api.Assertions.assertEquals(9, CalendarWords.monthAbbreviation("Sept"));
        org.junit.jupiter.api.Assertions.assertEquals(9, CalendarWords.monthAbbreviation("sep"));
        org.junit.jupiter.api.Assertions.assertEquals(7, CalendarWords.weekday("Sunday"));
        assertTrue(CalendarWords.isCalendarWord("Thu"));
        assertFalse(CalendarWords.isCalendarWord("Marchers"));
    }

    @Test
    void honorificsWithOrWithoutTheirStopAndAbbreviatedRanksOnlyWithIt() {
        assertTrue(Honorifics.is("Mr"));
        assertTrue(Honorifics.is("Mr."));
        assertTrue(Honorifics.is("Sen."));
        assertFalse(Honorifics.is("Sen"), "a name, written without the stop");
        assertTrue(Honorifics.isKey("sheikh"));
        assertTrue(Honorifics.isKey("gen"));
        assertFalse(Honorifics.isKey("president"));
    }

    @Test
    void countriesWithDemonymsAndPlacesThatDoNotSpeak() {
        Countries.Country uk = Countries.all().stream().filter(c -> c.aliases().contains("UK")).findFirst().orElseThrow();
        assertTrue(uk.sovereign());
        assertFalse(uk.demonyms().isEmpty());
        assertTrue(Countries.all().stream().anyMatch(c -> c.name().equals("Scotland") && !c.sovereign()));
    }
}
