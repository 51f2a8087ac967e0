package io.concord.annotator.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.concord.types.ConcordTypeSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RemoteSettingsTest {
    static ExchangeTypes types;

    @BeforeAll
    static void readTypeSystem() throws Exception {
        types = ExchangeTypes.of(ConcordTypeSystem.description());
    }

    @Test
    void readsACfgFileAsDsGivesIt() {
        RemoteSettings s = RemoteSettings.of(Configs.of("url", "http://localhost:8090/annotate", "produces", "Place, person",
                "needs", "quote", "timeoutMillis", "2500", "retries", "0"), "capitals", types);

        assertEquals("capitals", s.id(), "the id defaults to the file's NAME");
        assertEquals("localhost", s.url().getHost());
        assertEquals(List.of("place", "person"), List.copyOf(s.produces()));
        assertEquals(Set.of("quote"), s.needs());
        assertEquals(2500, s.timeoutMillis());
        assertEquals(0, s.retries());
        assertEquals(5, s.failuresBeforePause());
        assertEquals(30000, s.pauseMillis());
    }

    @Test
    void mapsExchangeTypesToConcordTypes() {
        assertEquals("io.concord.types.Place", types.uimaType("place"));
        assertEquals("io.concord.types.Figure", types.uimaType("figure"));
        assertEquals(null, types.uimaType("token"), "segments are not exchanged");
    }

    @Test
    void namesTheFileForTheFallbackId() {
        assertEquals("capitals", RemoteAnnotatorProvider.nameOfFile(
                Map.of("felix.fileinstall.filename", "file:/opt/concord/conf/io.concord.annotator.remote-capitals.cfg")));
        assertEquals("remote", RemoteAnnotatorProvider.nameOfFile(Map.of()));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', textBlock = """
            url           |                         | url is missing
            url           | ftp://example.org/x     | is not an http:// or https:// address
            url           | http//nohost            | is not an http:// or https:// address
            url           | http://a b              | is not a URL
            produces      | ''                      | produces is empty
            produces      | place, organisation     | produces names 'organisation', which is not an annotation type (person, place, figure, quote)
            needs         | token                   | needs names 'token'
            timeoutMillis | 0                       | timeoutMillis is 0; it must be at least 1
            retries       | -1                      | retries is -1
            id            | my annotator            | id 'my annotator' must be letters
            """)
    void refusesBadSettingsWithTheReason(String key, String value, String reason) {
        String[] kv = {"url", "http://localhost:8090/", "produces", "place", key, value == null ? "" : value};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RemoteSettings.of(Configs.of(kv), "capitals", types));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }
}
