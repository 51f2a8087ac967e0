package io.concord.workbench.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.concord.workbench.store.Json;
import io.concord.workbench.store.StoreException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Base of the workbench's JSON endpoints: splits the path into segments, hands the request to
 * {@link #handle}, and turns every failure into {@code {"error": "..."}} with the right status, so that
 * no stack trace and no half-written answer reaches the browser.
 */
abstract class ApiServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ApiServlet.class);
    static final int MAX_JSON_BYTES = 1024 * 1024;

    /** A request: method, the path segments after the servlet's pattern, and the exchange. */
    record Call(String method, List<String> path, HttpServletRequest request, HttpServletResponse response) {
        String segment(int i) {
            return i < path.size() ? path.get(i) : null;
        }

        boolean is(String m, int segments) {
            return method.equals(m) && path.size() == segments;
        }

        long id(int i) {
            try {
                return Long.parseLong(path.get(i));
            } catch (NumberFormatException | IndexOutOfBoundsException e) {
                throw StoreException.notFound("no such address: " + request.getRequestURI());
            }
        }

        JsonObject body() throws IOException {
            byte[] bytes = readBody(request, MAX_JSON_BYTES);
            try {
                JsonElement e = JsonParser.parseString(new String(bytes, StandardCharsets.UTF_8));
                if (!e.isJsonObject()) {
                    throw StoreException.badRequest("the request body must be a JSON object");
                }
                return e.getAsJsonObject();
            } catch (JsonParseException | IllegalStateException e) {
                throw StoreException.badRequest("the request body is not valid JSON");
            }
        }

        String query(String name) {
            return queryParameter(request, name);
        }
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String info = req.getPathInfo() == null ? "" : req.getPathInfo();
        try {
            List<String> path = java.util.Arrays.stream(info.split("/")).filter(s -> !s.isEmpty()).toList();
            Object result = handle(new Call(req.getMethod(), path, req, resp));
            if (result == NOT_FOUND) {
                error(resp, 404, "no such address: " + req.getMethod() + " " + req.getRequestURI());
            } else if (result != null && !resp.isCommitted()) {
                json(resp, created(req.getMethod(), path) ? 201 : 200, result);
            } else if (result == null && !resp.isCommitted()) {
                resp.setStatus(204);
            }
        } catch (StoreException e) {
            if (e.status() >= 500) {
                LOG.error("workbench: {} {}: {}", req.getMethod(), req.getRequestURI(), e.getMessage(), e.getCause());
            }
            if (!resp.isCommitted()) {
                resp.resetBuffer();
                Map<String, Object> body = new java.util.LinkedHashMap<>();
                body.put("error", e.getMessage());
                if (e.current() != null) {
                    body.put("current", Views.of(e.current()));
                }
                json(resp, e.status(), body);
            }
        } catch (RuntimeException e) {
            LOG.error("workbench: {} {} failed", req.getMethod(), req.getRequestURI(), e);
            if (!resp.isCommitted()) {
                resp.resetBuffer();
                error(resp, 500, "the server failed on this request (" + e.getClass().getSimpleName() + "); it is logged, and nothing was saved");
            }
        }
    }

    /** Marker result: the path matched nothing. */
    static final Object NOT_FOUND = new Object();

    /** The answer of a call: an object to send as JSON, null for 204, or {@link #NOT_FOUND}. */
    protected abstract Object handle(Call call) throws IOException;

    /** Whether a successful call answers 201 (it made a new object). */
    protected boolean created(String method, List<String> path) {
        return false;
    }

    /**
     * A parameter of the URL's query string only. {@code getParameter} would also read a form-encoded body,
     * consuming the upload it belongs to.
     */
    static String queryParameter(HttpServletRequest req, String name) {
        String q = req.getQueryString();
        if (q == null) {
            return null;
        }
        for (String pair : q.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            try {
                if (java.net.URLDecoder.decode(key, StandardCharsets.UTF_8).equals(name)) {
                    return eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                }
            } catch (IllegalArgumentException e) {
                throw StoreException.badRequest("the address's query string is not valid URL encoding");
            }
        }
        return null;
    }

    static void json(HttpServletResponse resp, int status, Object body) throws IOException {
        byte[] bytes = Json.GSON.toJson(body).getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("application/json; charset=utf-8");
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }

    static void error(HttpServletResponse resp, int status, String message) throws IOException {
        json(resp, status, Map.of("error", message));
    }

    /** The request body, refused with 413 beyond {@code limit} bytes. */
    static byte[] readBody(HttpServletRequest req, long limit) throws IOException {
        if (req.getContentLengthLong() > limit) {
            throw StoreException.tooLarge("the request is larger than the limit of " + limit / 1024 + " KB");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = req.getInputStream()) {
            byte[] buf = new byte[65536];
            long total = 0;
            int n;
            while ((n = in.read(buf)) > 0) {
                total += n;
                if (total > limit) {
                    throw StoreException.tooLarge("the request is larger than the limit of " + limit / 1024 + " KB");
                }
                out.write(buf, 0, n);
            }
        }
        return out.toByteArray();
    }

    static String string(JsonObject o, String name) {
        JsonElement e = o.get(name);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }

    static Integer integer(JsonObject o, String name) {
        JsonElement e = o.get(name);
        try {
            return e == null || e.isJsonNull() ? null : e.getAsInt();
        } catch (NumberFormatException | UnsupportedOperationException ex) {
            throw StoreException.badRequest(name + " must be a whole number");
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(JsonObject o, String name) {
        JsonElement e = o.get(name);
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (!e.isJsonObject()) {
            throw StoreException.badRequest(name + " must be an object");
        }
        return Json.GSON.fromJson(e, Map.class);
    }

    static List<Long> ids(JsonObject o, String name) {
        JsonElement e = o.get(name);
        if (e == null || e.isJsonNull()) {
            return List.of();
        }
        try {
            List<Long> out = new java.util.ArrayList<>();
            e.getAsJsonArray().forEach(x -> out.add(x.getAsLong()));
            return out;
        } catch (RuntimeException ex) {
            throw StoreException.badRequest(name + " must be a list of ids");
        }
    }

    static List<String> strings(JsonObject o, String name) {
        JsonElement e = o.get(name);
        if (e == null || e.isJsonNull()) {
            return List.of();
        }
        try {
            List<String> out = new java.util.ArrayList<>();
            e.getAsJsonArray().forEach(x -> out.add(x.getAsString()));
            return out;
        } catch (RuntimeException ex) {
            throw StoreException.badRequest(name + " must be a list of strings");
        }
    }
}
