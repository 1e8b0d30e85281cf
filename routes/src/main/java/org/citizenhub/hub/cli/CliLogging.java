package org.citizenhub.hub.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.core.ConsoleAppender;
import org.slf4j.LoggerFactory;

/**
 * Quiet logging for the batch command, which runs without Spring Boot's logging set-up: warnings and
 * errors only, on stderr, one short line each, so stdout carries nothing but the summary.
 */
public final class CliLogging {

    private CliLogging() {
    }

    public static void quiet() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return; // another SLF4J binding: leave it as configured
        }
        context.reset();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%level %logger{0}: %msg%n");
        encoder.start();
        ConsoleAppender<ch.qos.logback.classic.spi.ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        // reported by the command itself, in its own words
        context.getLogger("org.citizenhub.connectors.source.ConnectorRunner").setLevel(Level.ERROR);
        // "H2 is newer than verified" and the like: noise for a user of the command
        context.getLogger("org.flywaydb").setLevel(Level.ERROR);
        // the engine logs through System.Logger, which here is java.util.logging: warnings only, as above
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
    }
}
