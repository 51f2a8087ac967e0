package io.concord.cli;

/** How a failure is told to the user: the root cause's type and message, without the stack. */
final class Throwables {
    private Throwables() {}

    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
