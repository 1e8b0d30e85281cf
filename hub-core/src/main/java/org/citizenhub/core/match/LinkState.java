package org.citizenhub.core.match;

/** The outcome of comparing two records, in the vocabulary users of a master patient index know. */
public enum LinkState {
    MATCH, POSSIBLE_MATCH, NO_MATCH
}
