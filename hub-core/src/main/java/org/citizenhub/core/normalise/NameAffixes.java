package org.citizenhub.core.normalise;

import java.util.Locale;
import java.util.Set;

/**
 * The words around a name that are not the name: titles before it (Mr, Dr, Rev...), suffixes after it
 * (Jr, III, PhD...), and the particles that belong to a family name (van, de, la...). Case and dots are
 * ignored, so "Ph.D." and "PHD" are one suffix.
 */
final class NameAffixes {

    private static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "miss", "mx", "master", "dr", "doctor", "prof", "professor", "rev", "revd",
            "reverend", "fr", "pastor", "sir", "dame", "lord", "lady", "hon", "capt", "captain", "col", "maj",
            "lt", "sgt", "cllr", "rabbi", "imam", "mme", "mlle", "herr", "frau", "sra", "srta");

    // "V" is left out: it is far more often a middle initial than "the fifth".
    private static final Set<String> SUFFIXES = Set.of(
            "jr", "jnr", "junior", "sr", "snr", "senior", "ii", "iii", "iv", "phd", "md", "esq", "obe", "mbe",
            "cbe", "kbe", "dbe", "qc", "kc", "jp", "mp", "dds", "rn");

    private static final Set<String> FAMILY_PARTICLES = Set.of(
            "van", "von", "de", "der", "den", "del", "della", "di", "da", "du", "dos", "das", "la", "le", "ter",
            "ten", "bin", "binti", "ibn", "al", "el", "st");

    private NameAffixes() {
    }

    static boolean isTitle(String token) {
        return TITLES.contains(key(token));
    }

    static boolean isSuffix(String token) {
        return SUFFIXES.contains(key(token));
    }

    static boolean isFamilyParticle(String token) {
        return FAMILY_PARTICLES.contains(key(token));
    }

    private static String key(String token) {
        return token.replace(".", "").replace(",", "").toLowerCase(Locale.ROOT);
    }
}
