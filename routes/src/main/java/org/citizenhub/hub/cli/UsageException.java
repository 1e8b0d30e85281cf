package org.citizenhub.hub.cli;

/** The command line is wrong: the message says what, and the usage text follows it on stderr (exit 2). */
public class UsageException extends Exception {

    public UsageException(String message) {
        super(message);
    }
}
