package io.concord.workbench.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

import io.concord.workbench.Workspace;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

/**
 * Who may do what, in front of every request. The address printed at start carries a token; opening it
 * sets an HttpOnly, SameSite=Strict cookie. The API answers only requests with that cookie (or the token
 * as a bearer header, for scripts). A state-changing request with the cookie must also carry the CSRF
 * header, and one from another origin is refused. Requests must name this server in their Host header
 * (no DNS rebinding). Every answer carries a Content-Security-Policy without inline script.
 */
@Component(service = Filter.class)
@HttpWhiteboardFilterPattern("/*")
public final class AccessFilter implements Filter {
    static final String COOKIE = "concord_token";
    static final String CSRF_HEADER = "X-Concord-CSRF";
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

    private final String token;
    private final String csrf;
    private final String host;

    @Activate
    public AccessFilter(@Reference Workspace ws) {
        this.token = ws.config().token();
        this.csrf = csrfToken(token);
        this.host = ws.config().host();
    }

    /** The CSRF value that goes with a token (derived, so no server-side session is needed). */
    static String csrfToken(String token) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(("concord-csrf:" + token).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        resp.setHeader("Content-Security-Policy", CSP);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Referrer-Policy", "no-referrer");
        resp.setHeader("X-Frame-Options", "DENY");
        if (!knownHost(req.getServerName())) {
            refuse(resp, 403, "this server answers only requests addressed to " + host + " or the loopback address");
            return;
        }
        String path = req.getRequestURI();
        String offered;
        try {
            offered = ApiServlet.queryParameter(req, "token");
        } catch (RuntimeException e) {
            refuse(resp, 400, "the address's query string is not valid URL encoding");
            return;
        }
        if (offered != null && !path.startsWith("/api/") && SAFE_METHODS.contains(req.getMethod())) {
            if (!matches(offered, token)) {
                refuse(resp, 401, "this access token is not valid: open the address printed by bin/concord workbench");
                return;
            }
            resp.setHeader("Set-Cookie", COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Strict");
            resp.setHeader("Cache-Control", "no-store");
            resp.setStatus(303);
            resp.setHeader("Location", "/");
            return;
        }
        if (path.startsWith("/api/")) {
            resp.setHeader("Cache-Control", "no-store");
            boolean bearer = matches(bearer(req), token);
            boolean cookie = matches(cookie(req), token);
            if (!bearer && !cookie) {
                refuse(resp, 401, "not signed in: open the address printed by bin/concord workbench (it carries the access token)");
                return;
            }
            if (!SAFE_METHODS.contains(req.getMethod())) {
                String origin = req.getHeader("Origin");
                if (origin != null && !origin.equals(ownOrigin(req))) {
                    refuse(resp, 403, "requests from another site are refused");
                    return;
                }
                if (!bearer && !matches(req.getHeader(CSRF_HEADER), csrf)) {
                    refuse(resp, 403, "the request lacks the " + CSRF_HEADER + " header of this session; reload the page");
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    private boolean knownHost(String serverName) {
        return serverName != null && (LOOPBACK.contains(serverName) || serverName.equalsIgnoreCase(host)
                || "0.0.0.0".equals(host) || "::".equals(host));
    }

    private static String ownOrigin(HttpServletRequest req) {
        int port = req.getServerPort();
        boolean defaultPort = port == 80 && req.getScheme().equals("http") || port == 443 && req.getScheme().equals("https");
        return req.getScheme() + "://" + req.getServerName() + (defaultPort ? "" : ":" + port);
    }

    private static String bearer(HttpServletRequest req) {
        String h = req.getHeader("Authorization");
        return h != null && h.regionMatches(true, 0, "Bearer ", 0, 7) ? h.substring(7).trim() : null;
    }

    private static String cookie(HttpServletRequest req) {
        Cookie[] cookies = req.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (COOKIE.equals(c.getName())) {
                    return c.getValue();
                }
            }
        }
        return null;
    }

    private static boolean matches(String offered, String expected) {
        return offered != null && expected != null
                && MessageDigest.isEqual(offered.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    private static void refuse(HttpServletResponse resp, int status, String message) throws IOException {
        ApiServlet.error(resp, status, message);
    }
}
