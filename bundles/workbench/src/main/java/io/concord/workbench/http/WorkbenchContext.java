package io.concord.workbench.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

import io.concord.api.workbench.WorkbenchPanel;
import io.concord.workbench.Workspace;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.servlet.context.ServletContextHelper;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContext;

/**
 * The workbench's servlet context (OSGi servlet whiteboard): every servlet and resource of the workbench,
 * and of bundles that contribute to it, is served in it, and {@link #handleSecurity} decides who may do
 * what before any of them runs. Without this context (the workbench not configured) they are not served
 * at all. One instance per using bundle, so each bundle's resources come from that bundle. The address printed at start carries a token; opening it
 * sets an HttpOnly, SameSite=Strict cookie. The API answers only requests with that cookie (or the token
 * as a bearer header, for scripts). A state-changing request with the cookie must also carry the CSRF
 * header, and one from another origin is refused. Requests must name this server in their Host header
 * (no DNS rebinding). Every answer carries a Content-Security-Policy without inline script.
 */
@Component(service = ServletContextHelper.class, scope = ServiceScope.BUNDLE)
@HttpWhiteboardContext(name = WorkbenchPanel.CONTEXT_NAME, path = "/")
public final class WorkbenchContext extends ServletContextHelper {
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
    public WorkbenchContext(ComponentContext component, @Reference Workspace ws) {
        super(component.getUsingBundle());
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

    /** True when the request may go on to its servlet; otherwise the answer is written here. */
    @Override
    public boolean handleSecurity(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Content-Security-Policy", CSP);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Referrer-Policy", "no-referrer");
        resp.setHeader("X-Frame-Options", "DENY");
        if (!knownHost(req.getServerName())) {
            refuse(resp, 403, "this server answers only requests addressed to " + host + " or the loopback address");
            return false;
        }
        // Decide on the decoded path, which is what picks the servlet: the raw URI could spell /api as /%61pi.
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        String offered;
        try {
            offered = ApiServlet.queryParameter(req, "token");
        } catch (RuntimeException e) {
            refuse(resp, 400, "the address's query string is not valid URL encoding");
            return false;
        }
        if (offered != null && !path.startsWith("/api") && SAFE_METHODS.contains(req.getMethod())) {
            if (!matches(offered, token)) {
                refuse(resp, 401, "this access token is not valid: open the address printed by bin/concord workbench");
                return false;
            }
            resp.setHeader("Set-Cookie", COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Strict");
            resp.setHeader("Cache-Control", "no-store");
            resp.setStatus(303);
            resp.setHeader("Location", "/");
            return false;
        }
        // Only the front end's own files are public; the API, and any request that changes something, are not.
        if (path.startsWith("/api") || !SAFE_METHODS.contains(req.getMethod())) {
            resp.setHeader("Cache-Control", "no-store");
            boolean bearer = matches(bearer(req), token);
            boolean cookie = matches(cookie(req), token);
            if (!bearer && !cookie) {
                refuse(resp, 401, "not signed in: open the address printed by bin/concord workbench (it carries the access token)");
                return false;
            }
            if (!SAFE_METHODS.contains(req.getMethod())) {
                String origin = req.getHeader("Origin");
                if (origin != null && !origin.equals(ownOrigin(req))) {
                    refuse(resp, 403, "requests from another site are refused");
                    return false;
                }
                if (!bearer && !matches(req.getHeader(CSRF_HEADER), csrf)) {
                    refuse(resp, 403, "the request lacks the " + CSRF_HEADER + " header of this session; reload the page");
                    return false;
                }
            }
        }
        return true;
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
