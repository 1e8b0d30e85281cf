package org.citizenhub.bench;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** "--name value" options after a sub-command; every option must be known, every value well formed. */
final class CommandLine {

    private final String command;
    private final Map<String, String> options = new HashMap<>();
    private final Set<String> read = new HashSet<>();

    CommandLine(String command, List<String> args) {
        this.command = command;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new UsageException(command + ": unexpected argument '" + arg + "' (options look like --name value)");
            }
            String name = arg.substring(2);
            int eq = name.indexOf('=');
            if (eq > 0) {
                options.put(name.substring(0, eq), name.substring(eq + 1));
            } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                options.put(name, args.get(++i));
            } else {
                options.put(name, "true");
            }
        }
    }

    String string(String name, String fallback) {
        read.add(name);
        return options.getOrDefault(name, fallback);
    }

    String required(String name) {
        read.add(name);
        String value = options.get(name);
        if (value == null) {
            throw new UsageException(command + ": --" + name + " is required");
        }
        return value;
    }

    int integer(String name, int fallback) {
        String value = string(name, null);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new UsageException(command + ": --" + name + " must be a whole number, not '" + value + "'");
        }
    }

    long longValue(String name, long fallback) {
        String value = string(name, null);
        if (value == null) {
            return fallback;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new UsageException(command + ": --" + name + " must be a whole number, not '" + value + "'");
        }
    }

    double decimal(String name, double fallback) {
        String value = string(name, null);
        if (value == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new UsageException(command + ": --" + name + " must be a number, not '" + value + "'");
        }
    }

    boolean flag(String name) {
        return Boolean.parseBoolean(string(name, "false"));
    }

    /** Fails on any option the command did not read: a typo must not silently change a benchmark. */
    void rejectUnknown() {
        for (String name : options.keySet()) {
            if (!read.contains(name)) {
                throw new UsageException(command + ": unknown option --" + name);
            }
        }
    }

    /** A mistake in the command line: printed with the usage, exit code 2. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
