package org.citizenhub.connectors.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citizenhub.connectors.config.RestSource.Paging;
import org.citizenhub.connectors.config.RestSource.PagingType;
import org.citizenhub.connectors.mapping.JsonPath;

/** Reads a {@code rest:} block. JSON paths written without {@code $} are taken from the top ({@code data} is {@code $.data}). */
final class RestSourceReader {

    static final List<String> KEYS = List.of("url", "headers", "itemsPath", "paging", "updatedSinceParam", "watermarkPath", "maxRetries", "maxPageBytes");
    static final List<String> PAGING_KEYS = List.of("type", "pageParam", "firstPage", "sizeParam", "pageSize", "cursorParam", "nextCursorPath");

    private RestSourceReader() {
    }

    static RestSource read(ConfigNode block) {
        block.expectKeys(KEYS);
        ConfigNode urlNode = block.require("url", "the address of the agency API");
        String url = urlNode.requireText().trim();
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw urlNode.error("must start with http:// or https://");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        block.get("headers").entries().forEach((name, value) -> headers.put(name, value.requireText()));
        String itemsPath = path(block.get("itemsPath"));
        return new RestSource(url, headers, itemsPath == null ? "$" : itemsPath, paging(block.get("paging")),
                block.get("updatedSinceParam").text(), path(block.get("watermarkPath")), block.get("maxRetries").integer(3, 0),
                maxPageBytes(block.get("maxPageBytes")));
    }

    private static int maxPageBytes(ConfigNode node) {
        String text = node.text();
        if (text == null || text.isBlank()) {
            return RestSource.DEFAULT_MAX_PAGE_BYTES;
        }
        try {
            return (int) ByteSizes.parse(text, RestSource.SMALLEST_MAX_PAGE_BYTES, RestSource.LARGEST_MAX_PAGE_BYTES);
        } catch (IllegalArgumentException e) {
            throw node.error(node.shown() + " is " + e.getMessage());
        }
    }

    private static Paging paging(ConfigNode node) {
        if (node.isMissing()) {
            return new Paging(PagingType.NONE, "page", 1, "size", 100, "cursor", null);
        }
        node.expectKeys(PAGING_KEYS);
        PagingType type = type(node);
        String nextCursorPath = path(node.get("nextCursorPath"));
        if (type == PagingType.CURSOR && nextCursorPath == null) {
            throw node.get("nextCursorPath").error("missing required key; cursor paging needs the JSON path of the next cursor in a page");
        }
        return new Paging(type, text(node.get("pageParam"), "page"), node.get("firstPage").integer(1, 0),
                text(node.get("sizeParam"), "size"), node.get("pageSize").integer(100, 1),
                text(node.get("cursorParam"), "cursor"), nextCursorPath);
    }

    private static PagingType type(ConfigNode paging) {
        ConfigNode node = paging.get("type");
        String word = node.text();
        if (word == null || word.isBlank()) {
            return paging.has("nextCursorPath") || paging.has("cursorParam") ? PagingType.CURSOR : PagingType.PAGE;
        }
        return switch (ConfigNode.normalise(word)) {
            case "none" -> PagingType.NONE;
            case "page", "pagenumber", "pages" -> PagingType.PAGE;
            case "cursor" -> PagingType.CURSOR;
            default -> throw node.error(node.shown() + " is not a paging type; use none, page or cursor");
        };
    }

    private static String text(ConfigNode node, String fallback) {
        String text = node.text();
        return text == null || text.isBlank() ? fallback : text.trim();
    }

    /** A JSON path, checked; a bare name is a field at the top. Null when missing. */
    static String path(ConfigNode node) {
        String text = node.text();
        if (text == null || text.isBlank()) {
            return null;
        }
        String path = JsonPath.isPath(text) ? text.trim() : "$." + text.trim();
        try {
            JsonPath.compile(path);
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
        return path;
    }
}
