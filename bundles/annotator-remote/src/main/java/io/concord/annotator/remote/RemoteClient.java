package io.concord.annotator.remote;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * POSTs a JSON body and returns the answer's body. Connection failures, timeouts and 5xx answers are
 * tried again up to {@code retries} times (a restarting or briefly overloaded service recovers); other
 * answers are final.
 */
final class RemoteClient {
    private static final long RETRY_DELAY_MILLIS = 100;

    private final HttpClient http;
    private final URI url;
    private final Duration timeout;
    private final int retries;

    RemoteClient(URI url, int timeoutMillis, int retries) {
        this.timeout = Duration.ofMillis(timeoutMillis);
        // HTTP/1.1: small services (Python's http.server, Flask) do not speak HTTP/2
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        this.url = url;
        this.retries = retries;
    }

    String post(String json) throws RemoteFailure, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
        for (int attempt = 1; ; attempt++) {
            try {
                return once(request);
            } catch (RemoteFailure f) {
                if (!f.retryable() || attempt > retries) {
                    throw attempt == 1 ? f : new RemoteFailure(f.getMessage() + " (" + attempt + " attempts)", true);
                }
                Thread.sleep(RETRY_DELAY_MILLIS * attempt);
            }
        }
    }

    private String once(HttpRequest request) throws RemoteFailure, InterruptedException {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw RemoteFailure.transientFailure(url + " did not answer within the time limit of " + timeout.toMillis() + " ms");
        } catch (ConnectException e) {
            throw RemoteFailure.transientFailure("cannot connect to " + url + ": "
                    + (e.getMessage() == null ? "connection refused" : e.getMessage()));
        } catch (IOException e) {
            throw RemoteFailure.transientFailure("connection to " + url + " failed: " + e);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return response.body();
        }
        String what = url + " answered HTTP " + status + ": " + ResponseReader.snippet(response.body());
        throw status >= 500 ? RemoteFailure.transientFailure(what) : RemoteFailure.permanent(what);
    }
}
