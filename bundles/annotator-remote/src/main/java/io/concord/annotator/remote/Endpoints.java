package io.concord.annotator.remote;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hands each configured endpoint to the analysis engines of its annotator. UIMA instantiates the
 * annotator class itself, once per engine, and passes it only string parameters, so the engines find the
 * endpoint they share (and its circuit breaker) here by a key made per component activation.
 */
final class Endpoints {
    private static final Map<String, RemoteEndpoint> LIVE = new ConcurrentHashMap<>();

    private Endpoints() {}

    static String register(RemoteEndpoint endpoint) {
        String key = endpoint.settings.id() + "/" + UUID.randomUUID();
        LIVE.put(key, endpoint);
        return key;
    }

    static RemoteEndpoint get(String key) {
        return LIVE.get(key);
    }

    static void remove(String key) {
        LIVE.remove(key);
    }
}
