package org.citizenhub.hub.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.status.Status;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code logback-spring.xml} read by logback itself, in a logger context of its own: it configures without
 * errors, masks messages and stack traces in Spring Boot's console format, and adds the file only when
 * Spring Boot has set {@code LOG_FILE}.
 */
class LogbackConfigurationTest {

    private static final String LEAKY = "lookup for ann.lee@example.org, born 1980-01-02, nino AB123456C";

    @TempDir
    Path dir;

    @Test
    void theConsoleShowsBootsFormatWithMessagesAndStackTracesMasked() throws Exception {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
        LoggerContext context;
        try {
            context = configure(null);
            Logger logger = context.getLogger("org.citizenhub.Example");
            logger.info(LEAKY);
            logger.warn("failed", new IllegalStateException("refused 07700 900555"));
            context.stop();
        } finally {
            System.setOut(original);
        }

        String out = console.toString(StandardCharsets.UTF_8);
        assertThat(out).contains(" INFO ", "org.citizenhub.Example", "lookup for [EMAIL], born [DATE], nino [ID]")
                .contains("java.lang.IllegalStateException: refused [PHONE]", "at org.citizenhub.hub.privacy.LogbackConfigurationTest")
                .doesNotContain("ann.lee@example.org", "1980-01-02", "AB123456C", "900555");
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("FILE")).isNull();
    }

    @Test
    void aLogFileIsWrittenMaskedWhenBootSetsLogFile() throws Exception {
        Path file = dir.resolve("hub.log");
        LoggerContext context = configure(file);

        context.getLogger("org.citizenhub.Example").info(LEAKY);
        context.stop();

        assertThat(Files.readString(file)).contains("lookup for [EMAIL], born [DATE], nino [ID]").doesNotContain("AB123456C");
    }

    private static LoggerContext configure(Path logFile) throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter()); // what SLF4J's binding gives the real context
        if (logFile != null) {
            context.putProperty("LOG_FILE", logFile.toString());
        }
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        URL xml = LogbackConfigurationTest.class.getResource("/logback-spring.xml");
        assertThat(xml).as("logback-spring.xml on the class path").isNotNull();
        configurator.doConfigure(xml);
        assertThat(context.getStatusManager().getCopyOfStatusList())
                .as("logback status").noneMatch(status -> status.getLevel() >= Status.WARN);
        return context;
    }
}
