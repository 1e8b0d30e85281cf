package org.citizenhub.connectors.source;

import java.io.IOException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.citizenhub.connectors.mapping.JsonPath;

/**
 * Handles one HTTP response page: finds the items at {@code itemsPath}, hands each to the record handler,
 * offers its watermark value, and moves the paging on. A page that is not JSON is dead-lettered whole
 * (raw body and reason), and marks the run incomplete so its watermark is not advanced.
 */
final class RestPageReader implements Processor {

    private final RecordHandler handler;
    private final ObjectMapper json;
    private final JsonPath itemsPath;
    private final JsonPath watermarkPath;

    RestPageReader(RecordHandler handler, ObjectMapper json, JsonPath itemsPath, JsonPath watermarkPath) {
        this.handler = handler;
        this.json = json;
        this.itemsPath = itemsPath;
        this.watermarkPath = watermarkPath;
    }

    @Override
    public void process(Exchange exchange) {
        RunState run = RunState.of(exchange);
        RestPaging paging = RestPaging.of(exchange);
        byte[] body = exchange.getIn().getBody(byte[].class);
        String position = paging.position();
        JsonNode page;
        try {
            page = body == null || body.length == 0 ? MissingNode.getInstance() : json.readTree(body);
        } catch (StreamConstraintsException e) {
            malformed(run, paging, position, "response is " + JsonLimits.describe(e), body);
            return;
        } catch (IOException e) {
            malformed(run, paging, position, "response is not valid JSON", body);
            return;
        }
        // "$.data" selects the array, "$.data[*]" its elements: both mean the same items
        List<JsonNode> items = new ArrayList<>();
        for (JsonNode found : itemsPath.select(page)) {
            if (found.isArray()) {
                found.forEach(items::add);
            } else {
                items.add(found);
            }
        }
        for (int i = 0; i < items.size(); i++) {
            deliver(items.get(i), position + " item " + (i + 1), run);
        }
        paging.afterPage(page, items.size(), body);
    }

    private void deliver(JsonNode item, String position, RunState run) {
        if (!item.isObject()) {
            handler.handle(NativeRecord.unreadable(position, "not a JSON object", item.toString()), run);
            return;
        }
        if (watermarkPath != null) {
            run.watermark().offer(watermarkPath.first(item));
        }
        handler.handle(NativeRecord.parsed(position, item), run);
    }

    private void malformed(RunState run, RestPaging paging, String position, String reason, byte[] body) {
        String raw = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        handler.handle(NativeRecord.unreadable(position, reason, raw), run);
        run.markIncomplete();
        paging.afterMalformedPage();
    }
}
