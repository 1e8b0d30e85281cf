package org.citizenhub.hub.deadletter;

/** A replay that cannot even be tried: the letter is not open, or its connector is gone or unreadable. */
public class ReplayRefusedException extends RuntimeException {

    public ReplayRefusedException(String reason) {
        super(reason);
    }
}
