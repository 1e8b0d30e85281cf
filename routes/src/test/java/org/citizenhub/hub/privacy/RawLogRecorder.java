package org.citizenhub.hub.privacy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.spi.ConfigurationEvent;
import ch.qos.logback.core.spi.ConfigurationEventListener;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Records every logging event's message and exception texts as logged, before any layout masks them: what
 * the code itself puts into its log lines. Spring Boot resets logback while a context starts; the recorder
 * listens for logback's "configuration ended" event and attaches itself to the root logger again.
 */
final class RawLogRecorder extends AppenderBase<ILoggingEvent> implements ConfigurationEventListener {

    private final List<String> lines = new ArrayList<>();
    private final LoggerContext context;

    private RawLogRecorder(LoggerContext context) {
        this.context = context;
    }

    static RawLogRecorder install() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        RawLogRecorder recorder = new RawLogRecorder(context);
        recorder.setContext(context);
        recorder.setName("raw-log-recorder");
        context.addConfigurationEventListener(recorder);
        recorder.attach();
        return recorder;
    }

    void uninstall() {
        context.removeConfigurationEventListener(this);
        context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(this);
        stop();
    }

    /** Everything recorded so far, one event a line: level, logger, message and exception messages. */
    String text() {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    @Override
    public void listen(ConfigurationEvent event) {
        if (event.getEventType() == ConfigurationEvent.EventType.CONFIGURATION_ENDED_SUCCESSFULLY) {
            attach();
        }
    }

    @Override
    protected void append(ILoggingEvent event) {
        StringBuilder line = new StringBuilder(event.getLevel().toString()).append(' ').append(event.getLoggerName())
                .append(": ").append(event.getFormattedMessage());
        for (IThrowableProxy error = event.getThrowableProxy(); error != null; error = error.getCause()) {
            line.append(" | ").append(error.getClassName()).append(": ").append(error.getMessage());
        }
        synchronized (lines) {
            lines.add(line.toString());
        }
    }

    /** A reset detaches and stops every appender: start again and (re)attach, once. */
    private void attach() {
        if (!isStarted()) {
            start();
        }
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        if (root.getAppender(getName()) == null) {
            root.addAppender(this);
        }
    }
}
