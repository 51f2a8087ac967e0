package io.concord.annotator.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;

import org.junit.jupiter.api.Test;
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
}
