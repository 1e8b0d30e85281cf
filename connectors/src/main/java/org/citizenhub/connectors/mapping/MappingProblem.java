package org.citizenhub.connectors.mapping;

/**
 * Why one field of a native record cannot be mapped, raised deep in the mapping and turned into a
 * {@link MappingException} with the record id by {@link RecordMapper}. The message starts with the
 * field's name and never quotes the value.
 */
final class MappingProblem extends RuntimeException {

    MappingProblem(String field, String problem) {
        super(field + ": " + problem, null, false, false);
    }
}
