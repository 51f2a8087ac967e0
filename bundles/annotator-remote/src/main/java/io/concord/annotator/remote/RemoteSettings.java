package io.concord.annotator.remote;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.net.ssl.SSLContext;

/**
 * One remote annotator's configuration, checked: an http(s) URL, known exchange types, sane limits.
 * Bad input gets an {@link IllegalArgumentException} that names the setting and what is wrong with it.
 */
record RemoteSettings(String id, URI url, Set<String> produces, Set<String> needs, int timeoutMillis, int retries,
                      int failuresBeforePause, long pauseMillis, int concurrency, Credentials credentials, SSLContext tls) {

    static RemoteSettings of(RemoteAnnotatorProvider.Config c, String fallbackId, ExchangeTypes types) {
        return of(c, fallbackId, types, null, Map.of());
    }

    /** {@code configFolder}: where relative file settings are looked for; {@code env}: Concord's environment. */
    static RemoteSettings of(RemoteAnnotatorProvider.Config c, String fallbackId, ExchangeTypes types, Path configFolder,
                             Map<String, String> env) {
        String id = c.id() == null || c.id().isBlank() ? fallbackId : c.id().trim();
        if (id == null || !id.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("id '" + id + "' must be letters, digits, '.', '_' or '-'");
        }
        Set<String> produces = typeList("produces", c.produces(), types);
        if (produces.isEmpty()) {
            throw new IllegalArgumentException("produces is empty: name the types the endpoint returns (" + types.names() + ")");
        }
        URI url = url(c.url());
        return new RemoteSettings(id, url, produces, typeList("needs", c.needs(), types),
                atLeast("timeoutMillis", c.timeoutMillis(), 1), atLeast("retries", c.retries(), 0),
                atLeast("failuresBeforePause", c.failuresBeforePause(), 0), atLeast("pauseMillis", c.pauseMillis(), 0),
                atLeast("concurrency", c.concurrency(), 1), Credentials.of(c, url, configFolder, env),
                TrustedCertificates.of(c.trustCertificates(), configFolder));
    }

    private static URI url(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("url is missing (e.g. url=http://localhost:8090/annotate)");
        }
        try {
            URI uri = new URI(value.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new IllegalArgumentException("url '" + value + "' is not an http:// or https:// address with a host");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("url '" + value + "' is not a URL: " + e.getReason());
        }
    }

    /** A .cfg value is one string ("person, place"); typed configurations give arrays; both are accepted. */
    private static Set<String> typeList(String setting, String[] values, ExchangeTypes types) {
        Set<String> out = new LinkedHashSet<>();
        for (String value : values == null ? new String[0] : values) {
            for (String name : value.split("[,\\s]+")) {
                if (name.isEmpty()) {
                    continue;
                }
                String type = name.toLowerCase(Locale.ROOT);
                if (types.uimaType(type) == null) {
                    throw new IllegalArgumentException(setting + " names '" + name + "', which is not an annotation type (" + types.names() + ")");
                }
                out.add(type);
            }
        }
        return out;
    }

    private static int atLeast(String setting, long value, long min) {
        if (value < min || value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(setting + " is " + value + "; it must be at least " + min);
        }
        return (int) value;
    }
}
