package org.citizenhub.hub.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
        Path connectors = null;
        Path out = null;
        String db = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            switch (name) {
                case "--help", "-h" -> {
                    return new ResolveArguments(null, null, null, true);
                }
                case "--connectors", "--out", "--db" -> {
                    if (value == null) {
                        if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                            throw new UsageException("option " + name + " needs a value");
                        }
                        value = args.get(++i);
                    }
                    if (value.isBlank()) {
                        throw new UsageException("option " + name + " needs a value");
                    }
                    switch (name) {
                        case "--connectors" -> connectors = Path.of(value);
                        case "--out" -> out = Path.of(value);
                        default -> db = value;
                    }
                }
                default -> throw new UsageException(arg.startsWith("-")
                        ? "unknown option " + name : "unexpected argument '" + arg + "'");
            }
        }
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
