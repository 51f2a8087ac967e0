package io.concord.annotator.remote;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How the endpoint is told who calls: one HTTP header made from a secret. The secret is never in the
 * {@code .cfg} itself (configuration is shown by tools and shared between machines) but in an environment
 * variable or a file, and never in a message: messages name where it comes from. A secret file is read
 * again when it changes, so a rotated token is picked up without touching the configuration.
 */
final class Credentials {
    enum Scheme { NONE, BEARER, BASIC, HEADER }

    static final Credentials NONE = new Credentials(Scheme.NONE, null, null, null, null);

    /** Headers the HTTP client sets itself or that would change the request's meaning. */
    private static final Set<String> RESERVED_HEADERS = Set.of("host", "content-length", "content-type", "accept",
            "connection", "expect", "upgrade", "transfer-encoding", "te", "trailer", "via");

    private final Scheme scheme;
    private final String headerName;
    private final String secretEnvValue;
    private final Path secretFile;
    private final String source;

    private FileTime readAt;
    private String fileSecret;

    private Credentials(Scheme scheme, String headerName, String secretEnvValue, Path secretFile, String source) {
        this.scheme = scheme;
        this.headerName = headerName;
        this.secretEnvValue = secretEnvValue;
        this.secretFile = secretFile;
        this.source = source;
    }

    /**
     * Checks the settings; an {@link IllegalArgumentException} names the setting and what is wrong, never
     * the secret. {@code configFolder} is where a relative {@code secretFile} is looked for.
     */
    static Credentials of(RemoteAnnotatorProvider.Config c, URI url, Path configFolder, Map<String, String> env) {
        Scheme scheme = scheme(c.auth());
        String envName = blankToNull(c.secretEnv());
        String fileName = blankToNull(c.secretFile());
        if (scheme == Scheme.NONE) {
            if (envName != null || fileName != null) {
                throw new IllegalArgumentException((envName != null ? "secretEnv" : "secretFile")
                        + " is set but auth is none: set auth=bearer, basic or header to send it");
            }
            return NONE;
        }
        if ((envName == null) == (fileName == null)) {
            throw new IllegalArgumentException("auth=" + c.auth().trim() + " needs its secret in exactly one of secretEnv "
                    + "(an environment variable's name) or secretFile (a file whose first line is the secret)");
        }
        if (url.getScheme().equalsIgnoreCase("http") && !c.allowCleartextCredentials() && !isLoopback(url.getHost())) {
            throw new IllegalArgumentException("url " + url + " is plain http to another machine, which would send the "
                    + "secret readable on the network: use https, or set allowCleartextCredentials=true on a network you trust");
        }
        String headerName = scheme == Scheme.HEADER ? headerName(c.authHeader()) : "Authorization";
        Credentials credentials;
        if (envName != null) {
            String value = env.get(envName);
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("secretEnv names " + envName + ", which is not set in Concord's environment");
            }
            credentials = new Credentials(scheme, headerName, value.strip(), null, "environment variable " + envName);
        } else {
            Path file = configFolder == null ? Path.of(fileName) : configFolder.resolve(fileName);
            credentials = new Credentials(scheme, headerName, null, file, "secretFile " + file);
        }
        try {
            credentials.header();
        } catch (RemoteFailure f) {
            throw new IllegalArgumentException(f.getMessage());
        }
        return credentials;
    }

    boolean present() {
        return scheme != Scheme.NONE;
    }

    String headerName() {
        return headerName;
    }

    /** Where the secret comes from, for messages. */
    String source() {
        return source;
    }

    /** The header's value, from the secret as it is now; a secret gone or unusable fails the call. */
    synchronized String header() throws RemoteFailure {
        String secret = secretEnvValue != null ? secretEnvValue : readFile();
        if (secret.isEmpty()) {
            throw RemoteFailure.permanent("the secret in " + source + " is empty");
        }
        if (secret.chars().anyMatch(ch -> ch < 0x20 || ch == 0x7f)) {
            throw RemoteFailure.permanent("the secret in " + source + " holds a control character or a line break");
        }
        return switch (scheme) {
            case BEARER -> "Bearer " + secret;
            case BASIC -> {
                if (secret.indexOf(':') <= 0) {
                    throw RemoteFailure.permanent("auth=basic wants the secret in " + source + " as user:password");
                }
                yield "Basic " + Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8));
            }
            case HEADER -> secret;
            case NONE -> throw new IllegalStateException("no credentials");
        };
    }

    private String readFile() throws RemoteFailure {
        try {
            FileTime modified = Files.getLastModifiedTime(secretFile);
            if (fileSecret == null || !modified.equals(readAt)) {
                String text = Files.readString(secretFile, StandardCharsets.UTF_8);
                int lineEnd = text.indexOf('\n');
                fileSecret = (lineEnd < 0 ? text : text.substring(0, lineEnd)).strip();
                readAt = modified;
            }
            return fileSecret;
        } catch (IOException | RuntimeException e) {
            throw RemoteFailure.permanent("cannot read " + source + ": " + (e.getMessage() == null ? e : e.getMessage()));
        }
    }

    private static Scheme scheme(String value) {
        String name = value == null || value.isBlank() ? "none" : value.trim().toUpperCase(Locale.ROOT);
        try {
            return Scheme.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("auth '" + value.trim() + "' is not one of none, bearer, basic, header");
        }
    }

    private static String headerName(String value) {
        String name = value == null ? "" : value.trim();
        if (!name.matches("[A-Za-z0-9!#$%&'*+.^_`|~-]+") || RESERVED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("authHeader '" + name + "' is not a header name the secret can be sent in");
        }
        return name;
    }

    private static boolean isLoopback(String host) {
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (h.equalsIgnoreCase("localhost")) {
            return true;
        }
        try {
            // a literal address only: a host name is not looked up, so DNS cannot make it look local
            return h.matches("[0-9.]+|[0-9A-Fa-f:]+") && InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
