package io.concord.cli;

/**
 * How a failure is told to the user: the root cause's type and message, without the stack; the stack too
 * with {@code bin/concord --debug}, for a bug report.
 */
final class Throwables {
    private Throwables() {}

    /** Whether the launcher was started with --debug. */
    static boolean debug() {
        return "debug".equals(System.getProperty("concord.verbosity"));
    }

    /** Whether the launcher was started with --verbose or --debug. */
    static boolean verbose() {
        return System.getProperty("concord.verbosity") != null;
    }

    /** Prints the whole stack of {@code e} on {@code err} under --debug, with what it was about. */
    static void traceIfDebug(String about, Throwable e, java.io.PrintStream err) {
        if (debug()) {
            err.println("concord annotate: [debug] " + about + ":");
            e.printStackTrace(err);
        }
    }

    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
