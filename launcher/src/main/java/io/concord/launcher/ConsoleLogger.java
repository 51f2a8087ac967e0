package io.concord.launcher;

import java.io.PrintStream;

import org.apache.felix.framework.Logger;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

/** Felix's log as one line per event on standard error, naming the bundle's file and the root cause. */
final class ConsoleLogger extends Logger {
    private final PrintStream err;

    ConsoleLogger(PrintStream err) {
        this.err = err;
    }

    @Override
    protected void doLog(Bundle bundle, ServiceReference sr, int level, String msg, Throwable throwable) {
        String what = bundle == null ? "" : " [" + Launcher.describe(bundle) + "]";
        err.println("concord: " + levelName(level) + what + " " + msg + (throwable == null ? "" : ": " + Launcher.rootCause(throwable)));
    }

    @Override
    protected void doLog(int level, String msg, Throwable throwable) {
        doLog(null, null, level, msg, throwable);
    }

    private static String levelName(int level) {
        return switch (level) {
            case LOG_ERROR -> "ERROR";
            case LOG_WARNING -> "WARNING";
            case LOG_INFO -> "INFO";
            default -> "DEBUG";
        };
    }
}
