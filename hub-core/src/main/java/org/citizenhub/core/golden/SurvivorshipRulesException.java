package org.citizenhub.core.golden;

/**
 * Survivorship configuration that cannot be used. {@code field} is the key path in the configuration
 * (e.g. {@code fields.dateOfBirth.rules[1]}), {@code reason} what is wrong with it.
 */
public class SurvivorshipRulesException extends IllegalArgumentException {

    private final String field;
    private final String reason;

    public SurvivorshipRulesException(String field, String reason) {
        super("survivorship rules, " + field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
