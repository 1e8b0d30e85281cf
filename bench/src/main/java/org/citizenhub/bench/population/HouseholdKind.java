package org.citizenhub.bench.population;

/** How the people at one address are related. */
public enum HouseholdKind {
    SINGLE, COUPLE, FAMILY, SINGLE_PARENT, SHARED, CARE_HOME
}
