package io.mcpwarden.demo.oauth;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;

/**
 * Keeps every log record that reaches the root logger, formatted, with its parameters and its exception's stack
 * trace (causes included), so a test can search them all.
 */
final class CapturingLogHandler extends Handler {

    private final Queue<String> lines = new ConcurrentLinkedQueue<>();

    CapturingLogHandler() {
        setLevel(Level.ALL);
    }

    /** Registers a new handler on the root logger. */
    static CapturingLogHandler install() {
        CapturingLogHandler handler = new CapturingLogHandler();
        Logger.getLogger("").addHandler(handler);
        return handler;
    }

    void uninstall() {
        Logger.getLogger("").removeHandler(this);
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void publish(LogRecord record) {
        StringBuilder line = new StringBuilder().append(record.getLevel()).append(" [")
                .append(record.getLoggerName()).append("] ");
        line.append(record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage());
        Object[] parameters = record.getParameters();
        if (parameters != null) {
            for (Object parameter : parameters) {
                line.append(" | ").append(parameter);
            }
        }
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            line.append('\n').append(trace);
        }
        lines.add(line.toString());
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
