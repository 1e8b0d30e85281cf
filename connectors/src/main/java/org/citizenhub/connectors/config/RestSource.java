package org.citizenhub.connectors.config;

import java.util.Map;

/**
 * An agency HTTP API returning pages of JSON. {@code itemsPath} is the JSON path of the array of records
 * in a page ({@code $} when the page is the array). {@code headers} values have had their
 * {@code ${env:NAME}} references resolved. {@code updatedSinceParam}, when set, carries the watermark;
 * {@code watermarkPath} is the JSON path, within an item, of the value saved as the next watermark.
 * {@code maxPageBytes} bounds one response body: a larger page is never held whole in memory.
 */
public record RestSource(
        String url,
        Map<String, String> headers,
        String itemsPath,
        Paging paging,
        String updatedSinceParam,
        String watermarkPath,
        int maxRetries,
        int maxPageBytes) {

    public static final int DEFAULT_MAX_PAGE_BYTES = 64 << 20;
    /** A page is held in memory as bytes and then as a JSON tree, several times its size: 1 GiB is already a lot. */
    public static final int LARGEST_MAX_PAGE_BYTES = 1 << 30;
    public static final int SMALLEST_MAX_PAGE_BYTES = 1 << 10;

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
