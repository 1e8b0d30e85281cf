package org.citizenhub.hub.audit.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.citizenhub.hub.audit.AuditChainVerifier;
import org.citizenhub.hub.audit.AuditVerification;
import org.citizenhub.hub.cli.CliLogging;
import org.citizenhub.hub.cli.UsageException;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * {@code audit-verify --db JDBC_URL}: proves the audit chain of a hub's store and prints the result; for a
 * schedule or an auditor. Reads only: no migration, no Spring context, and an H2 URL never creates a database.
 * The intact result names the chain head (seq and hash): kept somewhere else, it shows later that the log was
 * not rewritten as a whole. Exit codes: {@value #INTACT} intact, {@value #BROKEN} broken, {@value #USAGE} bad
 * arguments, {@value #UNREADABLE} the store or its audit log cannot be read.
 */
public final class AuditVerifyCommand {

    public static final int INTACT = 0;
    public static final int BROKEN = 1;
    public static final int USAGE = 2;
    public static final int UNREADABLE = 3;

    private final PrintStream out;
    private final PrintStream err;
    private final Function<String, String> environment;

    public AuditVerifyCommand(PrintStream out, PrintStream err, Function<String, String> environment) {
        this.out = out;
        this.err = err;
        this.environment = environment;
    }

    /** The command line entry: {@code args} are the words after {@code audit-verify}. Returns the exit code. */
    public static int execute(String... args) {
        CliLogging.quiet();
        return new AuditVerifyCommand(System.out, System.err, System::getenv).run(Arrays.asList(args));
    }

    public int run(List<String> args) {
        AuditVerifyArguments arguments;
        try {
            arguments = AuditVerifyArguments.parse(args);
        } catch (UsageException e) {
            err.println("audit-verify: " + e.getMessage());
            err.print(AuditVerifyArguments.USAGE);
            return USAGE;
        }
        if (arguments.help()) {
            out.print(AuditVerifyArguments.USAGE);
            return INTACT;
        }
        AuditVerification result;
        try {
            result = new AuditChainVerifier(dataSource(arguments.dbUrl())).verify();
        } catch (RuntimeException e) {
            // never the URL: it may carry a password
            err.println("audit-verify: cannot read the audit log: " + describe(e));
            return UNREADABLE;
        }
        if (result.intact()) {
            out.printf("Audit chain intact: %d entries; head seq %d, hash %s%n", result.entriesChecked(), result.headSeq(),
                    result.headHash());
            return INTACT;
        }
        out.printf("Audit chain BROKEN at seq %d: %s%n", result.firstBrokenSeq(), result.reason());
        out.printf("%d entries before it are intact; the chain head names seq %d%n", result.entriesChecked(), result.headSeq());
        return BROKEN;
    }

    private DriverManagerDataSource dataSource(String url) {
        String user = environment.apply("SPRING_DATASOURCE_USERNAME");
        String password = environment.apply("SPRING_DATASOURCE_PASSWORD");
        String jdbcUrl = url;
        if (url.startsWith("jdbc:h2:")) {
            if (user == null) {
                user = "sa"; // the web application's H2 user
                password = password == null ? "" : password;
            }
            if (!url.startsWith("jdbc:h2:mem:") && !url.toUpperCase(Locale.ROOT).contains("IFEXISTS=")) {
                jdbcUrl = url + ";IFEXISTS=TRUE"; // a mistyped path must not leave an empty database behind
            }
        }
        DriverManagerDataSource dataSource = new DriverManagerDataSource(jdbcUrl);
        if (user != null) {
            dataSource.setUsername(user);
        }
        if (password != null) {
            dataSource.setPassword(password);
        }
        return dataSource;
    }

    /** The innermost message, which names the real problem (a missing table, a refused connection). */
    private static String describe(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        if (message == null || message.isBlank()) {
            return cause.getClass().getSimpleName();
        }
        String firstLine = message.lines().findFirst().orElse(message);
        if (firstLine.toLowerCase(Locale.ROOT).contains("audit_")) {
            return "no audit log in this database (a Citizen Hub store migrated to version 4 or later has one): " + firstLine;
        }
        return firstLine;
    }
}
