package org.citizenhub.hub.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A citizen with its linked source records. When the id asked for was merged into another citizen,
 * {@code id} is the survivor and {@code requestedId}/{@code mergedInto} say so.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CitizenView(String id, String requestedId, String mergedInto, String createdAt, List<ObjectNode> records) {
}
