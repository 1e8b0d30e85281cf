package org.citizenhub.core.match.cluster;

/** Strong evidence that two records are two people, whatever their score says. */
public enum Conflict {
    NONE(""),
    DIFFERENT_NATIONAL_IDS("The records carry two different valid national ids."),
    GENERATION("One record is marked junior and the other senior (or another generation)."),
    HOUSEHOLD_GIVEN_NAME("Same home, but different given names: two members of one household, such as twins."),
    HOUSEHOLD_BIRTH_DATE("Same home, but different dates of birth: two members of one household, such as a father and son.");

    private final String explanation;

    Conflict(String explanation) {
        this.explanation = explanation;
    }

    /** A sentence for a caseworker, without personal data. */
    public String explanation() {
        return explanation;
    }
}
