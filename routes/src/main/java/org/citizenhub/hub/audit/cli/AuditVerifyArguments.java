package org.citizenhub.hub.audit.cli;

import java.util.List;
import java.util.Set;
import org.citizenhub.hub.cli.CliOptions;
import org.citizenhub.hub.cli.UsageException;

/** The arguments of {@code audit-verify}: the JDBC URL of the hub's store. Values follow the option or an '='. */
public record AuditVerifyArguments(String dbUrl, boolean help) {

    public static final String USAGE = """
            Usage: java -jar citizen-hub.jar audit-verify --db JDBC_URL

              --db JDBC_URL  the hub's store, e.g. jdbc:h2:file:./data/citizen-hub or
                             jdbc:postgresql://host/db (user and password in the URL or in
                             SPRING_DATASOURCE_USERNAME / SPRING_DATASOURCE_PASSWORD); read only
              --help         this text

            Exit codes: 0 the audit chain is intact; 1 it is broken (the first bad seq is printed);
                        2 bad arguments; 3 the store could not be read (no audit log, cannot connect).
            """;

    public static AuditVerifyArguments parse(List<String> args) throws UsageException {
        CliOptions options = CliOptions.parse(args, Set.of("--db"));
        if (options.help()) {
            return new AuditVerifyArguments(null, true);
        }
        String db = options.value("--db");
        if (db == null) {
            throw new UsageException("missing --db JDBC_URL");
        }
        if (!db.startsWith("jdbc:")) {
            throw new UsageException("--db must be a JDBC URL (jdbc:...)");
        }
        return new AuditVerifyArguments(db, false);
    }
}
