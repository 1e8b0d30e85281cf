package org.citizenhub.hub.identity;

import java.security.SecureRandom;

/**
 * Mints citizen ids: "C" and 20 characters of Crockford base-32 (100 random bits). Opaque on purpose: an
 * id says nothing about the person or the order of creation, and cannot be guessed from another.
 */
public final class CitizenIds {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int LENGTH = 20;

    private final SecureRandom random = new SecureRandom();

    public String next() {
        StringBuilder id = new StringBuilder(LENGTH + 1).append('C');
        for (int i = 0; i < LENGTH; i++) {
            id.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return id.toString();
    }
}
