package org.citizenhub.hub.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The arguments of {@code resolve}: the connector file to run, where to write the crosswalk, and an optional
 * JDBC URL of a store to use instead of a temporary one. Options take their value as the next argument or
 * after {@code =} ({@code --out=x.csv}).
 */
public record ResolveArguments(Path connectors, Path out, String dbUrl, boolean help) {

    public static final String USAGE = """
            Usage: java -jar citizen-hub.jar resolve --connectors FILE.yml --out CROSSWALK.csv [--db JDBC_URL]

              --connectors FILE.yml  connector file; every connector in it runs once (paths in it are
                                     relative to its folder)
              --out CROSSWALK.csv    where to write the crosswalk: source,record_id,citizen_id
              --db JDBC_URL          keep the store in this database (e.g. jdbc:postgresql://host/db?user=u&password=p);
                                     default: a temporary H2 database deleted at exit
              --help                 this text
            """;

    public static ResolveArguments parse(List<String> args) throws UsageException {
        CliOptions options = CliOptions.parse(args, Set.of("--connectors", "--out", "--db"));
        if (options.help()) {
            return new ResolveArguments(null, null, null, true);
        }
        Path connectors = options.value("--connectors") == null ? null : Path.of(options.value("--connectors"));
        Path out = options.value("--out") == null ? null : Path.of(options.value("--out"));
        String db = options.value("--db");
        if (connectors == null) {
            throw new UsageException("missing --connectors FILE.yml");
        }
        if (out == null) {
            throw new UsageException("missing --out CROSSWALK.csv");
        }
        if (!Files.isRegularFile(connectors) || !Files.isReadable(connectors)) {
            throw new UsageException("cannot read connector file " + connectors);
        }
        if (Files.isDirectory(out)) {
            throw new UsageException("--out " + out + " is a directory; give a file name");
        }
        if (db != null && !db.startsWith("jdbc:")) {
            throw new UsageException("--db must be a JDBC URL (jdbc:...)");
        }
        return new ResolveArguments(connectors.toAbsolutePath().normalize(), out.toAbsolutePath().normalize(), db, false);
    }
}
