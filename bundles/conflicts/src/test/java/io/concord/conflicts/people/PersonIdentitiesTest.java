package io.concord.conflicts.people;

import static io.concord.conflicts.TestDocs.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import io.concord.api.model.DocumentRecord;
import io.concord.api.model.PersonIdentity;
import org.junit.jupiter.api.Test;

class PersonIdentitiesTest {

    @Test
    void transliterationsAndASurnameAloneAreOnePersonUnderTheFullestForm() {
        PersonIdentities people = PersonIdentities.of(List.of(
                doc("a", "Dovzhenskyy left. Oleksandr Dovzhenskyy spoke first.")
                        .person("Dovzhenskyy", "Oleksandr Dovzhenskyy")
                        .person("Oleksandr Dovzhenskyy", "Oleksandr Dovzhenskyy").build(),
                doc("b", "Dovzhensky said so.").person("Dovzhensky", "Dovzhensky").build(),
                doc("c", "President Oleksandr Dovzhensky arrived.").person("Oleksandr Dovzhensky", "Oleksandr Dovzhensky")
                        .build()));
        assertEquals(1, people.all().size(), "one person: " + people.all());
        PersonIdentity p = people.all().get(0);
        assertEquals("p1", p.id());
        assertEquals(4, p.mentions().size());
        assertEquals(p.canonical(), people.canonical("b", "Dovzhensky"));
        assertEquals(List.of("a", "a", "b", "c"), p.mentions().stream().map(PersonIdentity.Mention::document).toList());
    }

    @Test
    void peopleOfOneSurnameStayApartAndASurnameAloneStaysWithItsDocument() {
        PersonIdentities people = PersonIdentities.of(List.of(
                doc("a", "Velde spoke to Maren Velde and Tobias Velde.")
                        .person("Velde", "Velde").person("Maren Velde", "Maren Velde").person("Tobias Velde", "Tobias Velde")
                        .build(),
                doc("b", "Maren Velde spoke. Velde left.")
                        .person("Maren Velde", "Maren Velde").person("Velde", "Maren Velde").build(),
                doc("c", "Velde said no.").person("Velde", "Velde").build()));
        assertEquals("Maren Velde", people.canonical("b", "Velde"));
        assertEquals("Velde", people.canonical("a", "Velde"), "two Veldes in the document: a reader cannot tell");
        assertEquals("Velde", people.canonical("c", "Velde"), "two Veldes in the collection");
        assertEquals("Tobias Velde", people.canonical("a", "Tobias Velde"));
        List<String> canonicals = people.all().stream().map(PersonIdentity::canonical).toList();
        assertEquals(List.of("Velde", "Maren Velde", "Tobias Velde", "Velde"), canonicals, "in order of first mention");
    }

    @Test
    void anInitialJoinsTheOneFirstNameItCanStandFor() {
        PersonIdentities people = PersonIdentities.of(List.of(
                doc("a", "R. Okafor-Bello spoke.").person("R. Okafor-Bello", "R. Okafor-Bello").build(),
                doc("b", "Rotimi Okafor-Bello spoke.").person("Rotimi Okafor-Bello", "Rotimi Okafor-Bello").build()));
        assertEquals(1, people.all().size());
        assertEquals("Rotimi Okafor-Bello", people.canonical("a", "R. Okafor-Bello"));
    }

    @Test
    void theDetectorSeesSpeakersAndPeopleUnderTheCollectionsNames() {
        DocumentRecord b = doc("b", "“We will rebuild,” Dovzhensky said.")
                .person("Dovzhensky", "Dovzhensky").quote("We will rebuild,", "Dovzhensky").build();
        PersonIdentities people = PersonIdentities.of(List.of(
                doc("a", "Oleksandr Dovzhensky spoke.").person("Oleksandr Dovzhensky", "Oleksandr Dovzhensky").build(), b));
        DocumentRecord named = people.withCollectionNames(b);
        assertEquals("Oleksandr Dovzhensky", named.annotations("person").get(0).string("canonical"));
        assertEquals("Oleksandr Dovzhensky", named.annotations("quote").get(0).string("speaker"));
        DocumentRecord nobody = doc("n", "No people here.").build();
        assertSame(nobody, people.withCollectionNames(nobody));
        assertNull(people.canonical("a", "Someone Else"));
    }
}
