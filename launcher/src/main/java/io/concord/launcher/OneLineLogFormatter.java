package io.concord.launcher;

import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/** JUL records (FileInstall logs through JUL) as one line: level, message, and the root cause. */
final class OneLineLogFormatter extends Formatter {
    @Override
    public String format(LogRecord r) {
        String cause = r.getThrown() == null ? "" : ": " + Launcher.rootCause(r.getThrown());
        return "concord: " + r.getLevel().getName() + " " + formatMessage(r) + cause + System.lineSeparator();
    }
}
