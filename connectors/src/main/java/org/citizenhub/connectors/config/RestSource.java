package org.citizenhub.connectors.config;

import java.util.Map;

/**
 * An agency HTTP API returning pages of JSON. {@code itemsPath} is the JSON path of the array of records
 * in a page ({@code $} when the page is the array). {@code headers} values have had their
 * {@code ${env:NAME}} references resolved. {@code updatedSinceParam}, when set, carries the watermark;
 * {@code watermarkPath} is the JSON path, within an item, of the value saved as the next watermark.
 */
public record RestSource(
        String url,
        Map<String, String> headers,
        String itemsPath,
        Paging paging,
        String updatedSinceParam,
        String watermarkPath,
        int maxRetries) {

    public RestSource {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    /**
     * How to get the next page. {@code PAGE}: a page number parameter from {@code firstPage}, until a page
     * has fewer than {@code pageSize} items or none; {@code CURSOR}: the value at {@code nextCursorPath}
     * is sent as {@code cursorParam} until it is missing or empty; {@code NONE}: one request.
     */
    public record Paging(
            PagingType type,
            String pageParam,
            int firstPage,
            String sizeParam,
            int pageSize,
            String cursorParam,
            String nextCursorPath) {
    }

    public enum PagingType { NONE, PAGE, CURSOR }
}
