package org.citizenhub.core.golden;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** Survivorship rules after validation: a {@link FieldPolicy} for every profile field. */
public record SurvivorshipPolicy(Map<ProfileField, FieldPolicy> fields) {

    public SurvivorshipPolicy {
        EnumMap<ProfileField, FieldPolicy> copy = new EnumMap<>(ProfileField.class);
        copy.putAll(fields);
        for (ProfileField field : ProfileField.values()) {
            if (!copy.containsKey(field)) {
                throw new IllegalArgumentException("no policy for field " + field.configName());
            }
        }
        fields = Collections.unmodifiableMap(copy);
    }

    public FieldPolicy of(ProfileField field) {
        return fields.get(field);
    }
}
