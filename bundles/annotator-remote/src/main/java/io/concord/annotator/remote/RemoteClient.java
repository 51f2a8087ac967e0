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
import java.util.Optional;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;

/**
 * POSTs a JSON body and returns the answer's body. Connection failures, timeouts and 5xx answers are
 * tried again up to {@code retries} times (a restarting or briefly overloaded service recovers); other
 * answers are final. With credentials, redirects are not followed: the secret goes to the configured
 * address only.
 */
final class RemoteClient {
    private static final long RETRY_DELAY_MILLIS = 100;

    private final HttpClient http;
    private final URI url;
    private final Duration timeout;
    private final int retries;
    private final Credentials credentials;

    RemoteClient(URI url, int timeoutMillis, int retries) {
        this(url, timeoutMillis, retries, Credentials.NONE, null);
    }

    /** {@code tls}: the trust for an https endpoint, or null for the JDK's. */
    RemoteClient(URI url, int timeoutMillis, int retries, Credentials credentials, SSLContext tls) {
        this.timeout = Duration.ofMillis(timeoutMillis);
        // HTTP/1.1: small services (Python's http.server, Flask) do not speak HTTP/2
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .followRedirects(credentials.present() ? HttpClient.Redirect.NEVER : HttpClient.Redirect.NORMAL);
        this.http = (tls == null ? builder : builder.sslContext(tls)).build();
        this.url = url;
        this.retries = retries;
        this.credentials = credentials;
    }

    String post(String json) throws RemoteFailure, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (credentials.present()) {
            builder.header(credentials.headerName(), credentials.header());
        }
        HttpRequest request = builder.build();
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
        } catch (SSLException e) {
            throw RemoteFailure.permanent("TLS with " + url + " failed: " + e.getMessage()
                    + " (a private CA's certificate goes in trustCertificates)");
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
        if (status == 401 || status == 403) {
            throw RemoteFailure.permanent(refusal(status, response));
        }
        if (status >= 300 && status < 400 && credentials.present()) {
            throw RemoteFailure.permanent(url + " answered HTTP " + status + ", a redirect to "
                    + response.headers().firstValue("Location").orElse("(no Location)")
                    + ", not followed: the secret is sent to the configured url only");
        }
        String what = url + " answered HTTP " + status + ": " + ResponseReader.snippet(response.body());
        throw status >= 500 ? RemoteFailure.transientFailure(what) : RemoteFailure.permanent(what);
    }

    private String refusal(int status, HttpResponse<String> response) {
        Optional<String> challenge = response.headers().firstValue("WWW-Authenticate");
        if (!credentials.present()) {
            return url + " asks for credentials (HTTP " + status + challenge.map(c -> ", WWW-Authenticate: " + c).orElse("")
                    + "): set auth and secretEnv or secretFile in the annotator's .cfg";
        }
        return url + (status == 401 ? " refused the credentials" : " refused access with the credentials")
                + " from " + credentials.source() + " (HTTP " + status + "): " + ResponseReader.snippet(response.body());
    }
}
