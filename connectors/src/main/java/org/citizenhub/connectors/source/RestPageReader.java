package org.citizenhub.connectors.source;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.citizenhub.connectors.mapping.JsonPath;

/**
 * Handles one HTTP response page: finds the items at {@code itemsPath}, hands each to the record handler,
 * offers its watermark value, and moves the paging on. The body is read from its stream, at most
 * {@code maxPageBytes} of it. A page that is longer, is not JSON, or has a key twice in one object is
 * dead-lettered whole (reason and raw body, a longer page cut), and marks the run incomplete so its watermark
 * is not advanced.
 */
final class RestPageReader implements Processor {

    private final RecordHandler handler;
    private final ObjectMapper json;
    private final JsonPath itemsPath;
    private final JsonPath watermarkPath;
    private final int maxPageBytes;

    RestPageReader(RecordHandler handler, ObjectMapper json, JsonPath itemsPath, JsonPath watermarkPath, int maxPageBytes) {
        this.handler = handler;
        this.json = json;
        this.itemsPath = itemsPath;
        this.watermarkPath = watermarkPath;
        this.maxPageBytes = maxPageBytes;
    }

    @Override
    public void process(Exchange exchange) throws IOException {
        RunState run = RunState.of(exchange);
        RestPaging paging = RestPaging.of(exchange);
        String position = paging.position();
        PageBody read = PageBody.read(exchange.getIn().getBody(InputStream.class), maxPageBytes, RecordHandler.MAX_RECORD_CHARS);
        exchange.getIn().setBody(null); // the stream is spent: nothing after this step may read it
        byte[] body = read.bytes();
        if (read.tooLarge()) {
            malformed(run, paging, position, "response is longer than " + maxPageBytes + " bytes (maxPageBytes); "
                    + "not read further, the raw payload keeps its first " + body.length + " bytes", body);
            return;
        }
        JsonNode page;
        try {
            page = body.length == 0 ? MissingNode.getInstance() : json.readTree(body);
        } catch (StreamConstraintsException e) {
            malformed(run, paging, position, "response is " + JsonLimits.describe(e), body);
            return;
        } catch (JsonParseException e) {
            malformed(run, paging, position, DuplicateKeys.describe(e).orElse("response is not valid JSON"), body);
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
        handler.handle(NativeRecord.unreadable(position, reason, new String(body, StandardCharsets.UTF_8)), run);
        run.markIncomplete();
        paging.afterUnreadablePage(reason);
    }
}
