package io.concord.annotator.remote;

import java.util.List;
import java.util.concurrent.Semaphore;

import io.concord.api.model.AnnotationRecord;
import io.concord.api.model.DocumentRecord;

/**
 * One configured endpoint, shared by all analysis engines of its annotator: the HTTP client, the circuit
 * breaker (failures are counted across documents, whichever engine met them) and the concurrency limit.
 */
final class RemoteEndpoint {
    final RemoteSettings settings;
    private final RemoteClient client;
    private final CircuitBreaker breaker;
    private final ResponseReader reader;
    private final Semaphore inFlight;

    RemoteEndpoint(RemoteSettings settings, RemoteClient client, CircuitBreaker breaker) {
        this.settings = settings;
        this.client = client;
        this.breaker = breaker;
        this.reader = new ResponseReader(settings.produces());
        this.inFlight = new Semaphore(settings.concurrency());
    }

    static RemoteEndpoint of(RemoteSettings settings) {
        return new RemoteEndpoint(settings, new RemoteClient(settings.url(), settings.timeoutMillis(), settings.retries(),
                settings.credentials(), settings.tls()),
                new CircuitBreaker(settings.failuresBeforePause(), settings.pauseMillis(), System::currentTimeMillis));
    }

    List<AnnotationRecord> annotate(DocumentRecord doc) throws RemoteFailure, InterruptedException {
        breaker.check();
        inFlight.acquire();
        try {
            List<AnnotationRecord> found = reader.read(client.post(RemoteRequest.body(doc, settings.needs())), doc.text());
            breaker.succeeded();
            return found;
        } catch (RemoteFailure f) {
            breaker.failed(f.getMessage());
            throw f;
        } finally {
            inFlight.release();
        }
    }
}
