package io.concord.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnnotatorProjectTest {
    @ParameterizedTest
    @CsvSource({
            "harbour-names, , , , HarbourNames, com.example.harbournames, com.example, Place",
            "ships, org.acme.nlp.ships, , person, Ships, org.acme.nlp.ships, org.acme.nlp, Person",
            "x2, single, , PLACE, X2, single, single, Place",
            "court-names-v2, com.example.courts, com.example.group, Person, CourtNamesV2, com.example.courts, com.example.group, Person",
    })
    void fillsTheDefaultsAndTheClassName(String id, String pkg, String group, String type, String className,
                                         String expectedPackage, String expectedGroup, String expectedType) {
        AnnotatorProject p = AnnotatorProject.of(id, pkg, group, type);
        assertEquals(className, p.className());
        assertEquals(expectedPackage, p.packageName());
        assertEquals(expectedGroup, p.groupId());
        assertEquals(expectedType, p.type());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Harbour; ; ; must be lower case",
            "harbour--names; ; ; must be lower case",
            "2harbours; ; ; must be lower case",
            "../escape; ; ; must be lower case",
            "harbours; com.example.class; ; is not a Java package name",
            "harbours; com..example; ; is not a Java package name",
            "harbours; ; Figure; --type must be one of Person, Place",
    })
    void refusesWhatCannotBuild(String id, String pkg, String type, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AnnotatorProject.of(id, pkg, null, type));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }
}
