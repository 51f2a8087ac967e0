package io.concord.annotator.remote;

/**
 * Why a remote annotator failed on one document, in one line. The engine reports the innermost cause as
 * "RemoteFailure: message", so the message alone must tell the user what went wrong.
 */
public final class RemoteFailure extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean retryable;

    RemoteFailure(String message, boolean retryable) {
        super(oneLine(message));
        this.retryable = retryable;
    }

    /** A connection failure, a timeout or a 5xx: the same request may succeed when tried again. */
    boolean retryable() {
        return retryable;
    }

    static RemoteFailure permanent(String message) {
        return new RemoteFailure(message, false);
    }

    static RemoteFailure transientFailure(String message) {
        return new RemoteFailure(message, true);
    }

    private static String oneLine(String s) {
        String flat = s == null ? "" : s.replaceAll("\\s+", " ").trim();
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
