package io.concord.annotator.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CredentialsTest {
    static final String SECRET = "tok-3f9a81c2";
    static final Map<String, String> ENV = Map.of("ORGS_TOKEN", SECRET, "EMPTY_TOKEN", " ");

    @TempDir
    Path conf;

    @Test
    void sendsNothingByDefault() {
        assertFalse(credentials("http://localhost:8090/annotate").present());
    }

    @ParameterizedTest(name = "auth={0}")
    @CsvSource(delimiter = '|', textBlock = """
            bearer | ORGS_TOKEN |                | Authorization | Bearer tok-3f9a81c2
            BEARER | ORGS_TOKEN |                | Authorization | Bearer tok-3f9a81c2
            header | ORGS_TOKEN |                | X-API-Key     | tok-3f9a81c2
            header | ORGS_TOKEN | Ocp-Apim-Key   | Ocp-Apim-Key  | tok-3f9a81c2
            """)
    void makesTheHeaderOfItsScheme(String auth, String env, String header, String name, String value) throws Exception {
        List<String> kv = new ArrayList<>(List.of("auth", auth, "secretEnv", env));
        if (header != null) {
            kv.addAll(List.of("authHeader", header));
        }
        Credentials c = credentials("https://nlp.example.org/annotate", kv.toArray(String[]::new));

        assertEquals(name, c.headerName());
        assertEquals(value, c.header());
        assertEquals("environment variable ORGS_TOKEN", c.source(), "messages say where the secret is, not what");
    }

    @Test
    void readsBasicCredentialsFromAFileBesideTheCfgAndFollowsItsChanges() throws Exception {
        Path file = conf.resolve("orgs.secret");
        Files.writeString(file, "concord:first pass\n# anything after the first line is ignored\n");
        Credentials c = credentials("https://nlp.example.org/annotate", "auth", "basic", "secretFile", "orgs.secret");

        assertEquals("Basic " + base64("concord:first pass"), c.header());
        Files.writeString(file, "concord:rotated\n");
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 2000));
        assertEquals("Basic " + base64("concord:rotated"), c.header(), "a rotated secret is read again");
        Files.delete(file);
        RemoteFailure gone = assertThrows(RemoteFailure.class, c::header);
        assertTrue(gone.getMessage().startsWith("cannot read secretFile " + file), gone.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            auth=token                                          | auth 'token' is not one of none, bearer, basic, header
            auth=bearer                                         | needs its secret in exactly one of secretEnv
            auth=bearer secretEnv=ORGS_TOKEN secretFile=x       | needs its secret in exactly one of secretEnv
            secretEnv=ORGS_TOKEN                                | secretEnv is set but auth is none
            auth=bearer secretEnv=NOT_SET                       | secretEnv names NOT_SET, which is not set in Concord's environment
            auth=bearer secretEnv=EMPTY_TOKEN                   | secretEnv names EMPTY_TOKEN, which is not set
            auth=bearer secretFile=missing.secret               | cannot read secretFile
            auth=basic secretEnv=ORGS_TOKEN                     | auth=basic wants the secret in environment variable ORGS_TOKEN as user:password
            auth=header secretEnv=ORGS_TOKEN authHeader=Host    | authHeader 'Host' is not a header name
            auth=header secretEnv=ORGS_TOKEN authHeader=X:Y     | authHeader 'X:Y' is not a header name
            """)
    void refusesBadSettingsWithoutShowingTheSecret(String settings, String reason) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> credentials("https://nlp.example.org/annotate", keyValues(settings)));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
        assertFalse(e.getMessage().contains(SECRET), e.getMessage());
    }

    @Test
    void refusesASecretWithALineBreak() throws Exception {
        Files.writeString(conf.resolve("bad.secret"), "abc\u0007def\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> credentials(
                "https://nlp.example.org/annotate", "auth", "bearer", "secretFile", "bad.secret"));
        assertTrue(e.getMessage().contains("holds a control character"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            http://nlp.example.org/annotate, false
            http://10.0.0.7:8090/annotate, false
            http://localhost.example.org/annotate, false
            http://localhost:8090/annotate, true
            http://127.0.0.1:8090/annotate, true
            http://[::1]:8090/annotate, true
            https://nlp.example.org/annotate, true
            """)
    void sendsASecretInClearTextOnlyToThisMachine(String url, boolean allowed) {
        String[] bearer = {"auth", "bearer", "secretEnv", "ORGS_TOKEN"};
        if (allowed) {
            assertTrue(credentials(url, bearer).present());
        } else {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> credentials(url, bearer));
            assertTrue(e.getMessage().contains("use https, or set allowCleartextCredentials=true"), e.getMessage());
            assertTrue(credentials(url, "auth", "bearer", "secretEnv", "ORGS_TOKEN", "allowCleartextCredentials", "true").present());
        }
    }

    private Credentials credentials(String url, String... keyValues) {
        return Credentials.of(Configs.of(keyValues), URI.create(url), conf, ENV);
    }

    private static String[] keyValues(String settings) {
        List<String> kv = new ArrayList<>();
        for (String pair : settings.trim().split("\\s+")) {
            kv.add(pair.substring(0, pair.indexOf('=')));
            kv.add(pair.substring(pair.indexOf('=') + 1));
        }
        return kv.toArray(String[]::new);
    }

    private static String base64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
