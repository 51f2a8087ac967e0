package io.concord.workbench.store;

/**
 * A request the workspace cannot carry out, with the HTTP status that says why: 400 bad input, 404 not
 * found, 409 changed by someone else (with the stored object as it is now), 413 too large, 415 not text.
 * The message is one sentence a person can act on.
 */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient Object current;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
        this.status = 500;
        this.current = null;
    }

    private StoreException(int status, String message, Object current) {
        super(message);
        this.status = status;
        this.current = current;
    }

    public static StoreException badRequest(String message) {
        return new StoreException(400, message, null);
    }

    public static StoreException notFound(String message) {
        return new StoreException(404, message, null);
    }

    public static StoreException stale(String message, Object current) {
        return new StoreException(409, message, current);
    }

    public static StoreException tooLarge(String message) {
        return new StoreException(413, message, null);
    }

    public static StoreException notText(String message) {
        return new StoreException(415, message, null);
    }

    public int status() {
        return status;
    }

    /** For a 409: the object as stored now, so the client can show it; otherwise null. */
    public Object current() {
        return current;
    }
}
