package org.citizenhub.core.record;

/** Why a source holds a name: the official one, or another the person is or was known by. */
public enum NameUse {
    OFFICIAL, PREFERRED, PREVIOUS, MAIDEN, ALIAS
}
