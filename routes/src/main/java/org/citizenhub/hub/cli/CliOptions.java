package org.citizenhub.hub.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The options of one sub-command, read from its arguments: each allowed option takes a value, written as the
 * next argument ({@code --out x.csv}) or after {@code =} ({@code --out=x.csv}); a later one wins. {@code --help}
 * or {@code -h} stops reading and asks for the usage text. Whether an option is required is the caller's call.
 */
public record CliOptions(Map<String, String> values, boolean help) {

    public CliOptions {
        values = Map.copyOf(values);
    }

    /** Reads {@code args} against {@code names} (e.g. {@code --db}); anything else is a usage error. */
    public static CliOptions parse(List<String> args, Set<String> names) throws UsageException {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            if (name.equals("--help") || name.equals("-h")) {
                return new CliOptions(Map.of(), true);
            }
            if (!names.contains(name)) {
                throw new UsageException(arg.startsWith("-")
                        ? "unknown option " + name : "unexpected argument '" + arg + "'");
            }
            if (value == null) {
                if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                    throw new UsageException("option " + name + " needs a value");
                }
                value = args.get(++i);
            }
            if (value.isBlank()) {
                throw new UsageException("option " + name + " needs a value");
            }
            values.put(name, value);
        }
        return new CliOptions(values, false);
    }

    /** The value given for {@code name}, or null when the option was not given. */
    public String value(String name) {
        return values.get(name);
    }
}
