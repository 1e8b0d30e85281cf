package org.citizenhub.hub.security.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.citizenhub.hub.security.ApiKeys;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * {@code hash-password}: reads a password (typed without echo on a terminal, else the first line of standard
 * input, so scripts can pipe it) and prints its bcrypt hash. {@code hash-api-key}: prints a new random partner
 * key (give it to the partner) and its SHA-256 (put it in the configuration). Neither writes the secret to a log.
 */
public final class HashCommands {

    static final int MIN_PASSWORD = 12;
    static final int MAX_PASSWORD = 72; // bcrypt uses at most 72 bytes

    private HashCommands() {
    }

    public static int hashPassword(InputStream in, PrintStream out, PrintStream err) {
        String password;
        try {
            password = readPassword(in);
        } catch (IOException e) {
            err.println("hash-password: could not read the password: " + e.getMessage());
            return 2;
        }
        if (password == null || password.length() < MIN_PASSWORD) {
            err.println("hash-password: the password must have at least " + MIN_PASSWORD + " characters");
            return 2;
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD) {
            err.println("hash-password: the password must be at most " + MAX_PASSWORD + " bytes (bcrypt ignores the rest)");
            return 2;
        }
        out.println(new BCryptPasswordEncoder(12).encode(password));
        return 0;
    }

    public static int hashApiKey(PrintStream out) {
        String key = ApiKeys.newKey();
        out.println("api-key:  " + key);
        out.println("key-hash: " + ApiKeys.sha256Hex(key));
        return 0;
    }

    private static String readPassword(InputStream in) throws IOException {
        Console console = System.console();
        if (console != null && in == System.in) {
            char[] typed = console.readPassword("Password: ");
            return typed == null ? null : new String(typed);
        }
        String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
        return line == null ? null : line.strip();
    }
}
