package io.concord.annotator.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RemoteClientTest {
    @Test
    void retriesA5xxAndSucceeds() throws Exception {
        try (FakeEndpoint ep = new FakeEndpoint(n -> n < 3 ? new FakeEndpoint.Answer(503, "busy", 0)
                : new FakeEndpoint.Answer(200, "{\"annotations\": []}", 0))) {
            assertEquals("{\"annotations\": []}", new RemoteClient(ep.url(), 2000, 2).post("{}"));
            assertEquals(3, ep.calls.get());
        }
    }

    @ParameterizedTest(name = "HTTP {0} tried {2} times")
    @CsvSource({
            "500, 2, 3, true",
            "503, 0, 1, true",
            "400, 2, 1, false",
            "404, 2, 1, false",
    })
    void reportsHttpErrorsAndRetriesOnlyServerErrors(int status, int retries, int calls, boolean retryable) throws Exception {
        try (FakeEndpoint ep = new FakeEndpoint(n -> new FakeEndpoint.Answer(status, "no\nway", 0))) {
            RemoteFailure f = assertThrows(RemoteFailure.class, () -> new RemoteClient(ep.url(), 2000, retries).post("{}"));
            assertTrue(f.getMessage().contains("answered HTTP " + status + ": no way"), f.getMessage());
            assertEquals(calls, ep.calls.get());
            assertEquals(retryable, f.retryable());
        }
    }

    @Test
    void reportsATimeoutAfterItsRetries() throws Exception {
        try (FakeEndpoint ep = new FakeEndpoint(n -> new FakeEndpoint.Answer(200, "{\"annotations\": []}", 1500))) {
            long start = System.nanoTime();
            RemoteFailure f = assertThrows(RemoteFailure.class, () -> new RemoteClient(ep.url(), 300, 1).post("{}"));
            assertTrue(f.getMessage().contains("did not answer within the time limit of 300 ms (2 attempts)"), f.getMessage());
            assertTrue((System.nanoTime() - start) / 1_000_000 < 1500, "the client does not wait for the slow answer");
        }
    }

    @Test
    void reportsARefusedConnection() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        RemoteFailure f = assertThrows(RemoteFailure.class,
                () -> new RemoteClient(URI.create("http://127.0.0.1:" + port + "/annotate"), 1000, 1).post("{}"));
        assertTrue(f.getMessage().startsWith("cannot connect to http://127.0.0.1:" + port + "/annotate"), f.getMessage());
        assertTrue(f.getMessage().endsWith("(2 attempts)"), f.getMessage());
        assertFalse(f.getMessage().contains("\n"));
    }

    static final Map<String, String> ENV = Map.of("ORGS_TOKEN", "tok-3f9a81c2");

    @Test
    void sendsTheSecretAndNamesOnlyWhereItComesFromWhenRefused(@TempDir Path conf) throws Exception {
        try (FakeEndpoint ep = new FakeEndpoint(n -> n == 1 ? new FakeEndpoint.Answer(200, "{\"annotations\": []}", 0)
                : new FakeEndpoint.Answer(401, "bad token", 0, Map.of("WWW-Authenticate", "Bearer")))) {
            RemoteClient client = new RemoteClient(ep.url(), 2000, 2, bearer(ep.url(), conf), null);

            client.post("{}");
            RemoteFailure f = assertThrows(RemoteFailure.class, () -> client.post("{}"));

            assertEquals("Bearer tok-3f9a81c2", ep.requestHeaders.get(0).get("authorization"));
            assertEquals(ep.url() + " refused the credentials from environment variable ORGS_TOKEN (HTTP 401): bad token",
                    f.getMessage());
            assertFalse(f.retryable(), "a refused secret is not tried again");
            assertEquals(2, ep.calls.get());
        }
    }

    @Test
    void saysWhatToSetWhenTheEndpointWantsCredentials() throws Exception {
        try (FakeEndpoint ep = new FakeEndpoint(n -> new FakeEndpoint.Answer(401, "", 0, Map.of("WWW-Authenticate", "Bearer realm=\"nlp\"")))) {
            RemoteFailure f = assertThrows(RemoteFailure.class, () -> new RemoteClient(ep.url(), 2000, 2).post("{}"));
            assertEquals(ep.url() + " asks for credentials (HTTP 401, WWW-Authenticate: Bearer realm=\"nlp\"): set auth and "
                    + "secretEnv or secretFile in the annotator's .cfg", f.getMessage());
            assertFalse(ep.requestHeaders.get(0).containsKey("authorization"));
        }
    }

    @Test
    void doesNotFollowARedirectWithTheSecret(@TempDir Path conf) throws Exception {
        try (FakeEndpoint elsewhere = new FakeEndpoint(n -> new FakeEndpoint.Answer(200, "{\"annotations\": []}", 0));
             FakeEndpoint ep = new FakeEndpoint(n -> new FakeEndpoint.Answer(307, "", 0, Map.of("Location", elsewhere.url().toString())))) {
            RemoteFailure f = assertThrows(RemoteFailure.class,
                    () -> new RemoteClient(ep.url(), 2000, 2, bearer(ep.url(), conf), null).post("{}"));

            assertTrue(f.getMessage().contains("answered HTTP 307, a redirect to " + elsewhere.url() + ", not followed"), f.getMessage());
            assertEquals(0, elsewhere.calls.get(), "the secret never reached the other address");
            assertEquals("{\"annotations\": []}", new RemoteClient(ep.url(), 2000, 2).post("{}"),
                    "without a secret a redirect is followed as before");
        }
    }

    private static Credentials bearer(URI url, Path conf) {
        return Credentials.of(Configs.of("auth", "bearer", "secretEnv", "ORGS_TOKEN"), url, conf, ENV);
    }
}
