package org.citizenhub.connectors.config;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a size in bytes: a whole number, optionally followed by {@code KiB}, {@code MiB} or {@code GiB} ({@code 64MiB}). */
final class ByteSizes {

    private static final Pattern SIZE = Pattern.compile("(\\d{1,10})\\s*(b|kib|mib|gib)?");

    private ByteSizes() {
    }

    /** @throws IllegalArgumentException when the text is not a size, or is outside {@code min..max} bytes */
    static long parse(String text, long min, long max) {
        Matcher size = SIZE.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!size.matches()) {
            throw new IllegalArgumentException("not a size; write a number of bytes, or one with KiB, MiB or GiB, like 64MiB");
        }
        long unit = size.group(2) == null ? 1 : switch (size.group(2)) {
            case "kib" -> 1L << 10;
            case "mib" -> 1L << 20;
            case "gib" -> 1L << 30;
            default -> 1;
        };
        long number = Long.parseLong(size.group(1));
        long bytes = number > max ? Long.MAX_VALUE : number * unit; // max is far below a long: no overflow
        if (bytes < min || bytes > max) {
            throw new IllegalArgumentException("not between " + describe(min) + " and " + describe(max));
        }
        return bytes;
    }

    private static String describe(long bytes) {
        if (bytes % (1L << 30) == 0) {
            return bytes / (1L << 30) + " GiB";
        }
        if (bytes % (1L << 20) == 0) {
            return bytes / (1L << 20) + " MiB";
        }
        return bytes % 1024 == 0 ? bytes / 1024 + " KiB" : bytes + " bytes";
    }
}
