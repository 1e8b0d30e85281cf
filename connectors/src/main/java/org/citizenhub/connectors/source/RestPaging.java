package org.citizenhub.connectors.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.citizenhub.connectors.mapping.JsonPath;
import org.citizenhub.connectors.config.RestSource;
import org.citizenhub.connectors.config.RestSource.PagingType;

/**
 * Where one REST run is in the API's pages, and whether to ask for another. Page numbers stop at a short
 * or empty page, cursors at a missing or empty next cursor. Guards against the loops a wrong setting would
 * cause: a page that repeats the previous one (the page parameter is ignored), a cursor that does not move.
 */
final class RestPaging {

    static final String PROPERTY = "citizenhub.restPaging";
    static final int MAX_UNREADABLE_PAGES_IN_A_ROW = 3;

    private final RestSource.Paging config;
    private final PagingType type;
    private final JsonPath nextCursorPath;
    private int pageNumber;
    private int requests;
    private String cursor;
    private boolean more = true;
    private int unreadableInARow;
    /** A digest rather than the page itself: a page may be tens of megabytes. */
    private byte[] previousDigest;

    RestPaging(RestSource.Paging config) {
        this.config = config;
        this.type = config == null || config.type() == null ? PagingType.NONE : config.type();
        this.pageNumber = config == null ? 0 : config.firstPage();
        this.nextCursorPath = type == PagingType.CURSOR ? JsonPath.columnOrPath(config.nextCursorPath()) : null;
    }

    static RestPaging of(Exchange exchange) {
        return exchange.getProperty(PROPERTY, RestPaging.class);
    }

    boolean hasMore() {
        return more;
    }

    /** Paging parameters for the next request, in order. */
    List<Map.Entry<String, String>> parameters() {
        List<Map.Entry<String, String>> params = new ArrayList<>();
        if (type == PagingType.PAGE) {
            params.add(Map.entry(config.pageParam(), Integer.toString(pageNumber)));
            if (present(config.sizeParam()) && config.pageSize() > 0) {
                params.add(Map.entry(config.sizeParam(), Integer.toString(config.pageSize())));
            }
        } else if (type == PagingType.CURSOR && cursor != null) {
            params.add(Map.entry(config.cursorParam(), cursor));
        }
        return params;
    }

    void requested() {
        requests++;
    }

    /** How a dead letter names the current page: its number, or its place in the run. */
    String position() {
        return "page " + (type == PagingType.PAGE ? pageNumber : requests);
    }

    /** A page was read: decide on the next one. */
    void afterPage(JsonNode page, int itemCount, byte[] body) {
        unreadableInARow = 0;
        switch (type) {
            case NONE -> more = false;
            case PAGE -> {
                boolean full = itemCount > 0 && (config.pageSize() <= 0 || itemCount >= config.pageSize());
                byte[] digest = digest(body);
                if (full && Arrays.equals(digest, previousDigest)) {
                    throw new SourceException(position() + " repeats the previous page: the API seems to ignore "
                            + "pageParam '" + config.pageParam() + "'");
                }
                previousDigest = digest;
                more = full;
                pageNumber++;
            }
            case CURSOR -> {
                JsonNode next = nextCursorPath.first(page);
                String nextCursor = next != null && next.isValueNode() ? next.asText() : null;
                if (nextCursor != null && nextCursor.equals(cursor)) {
                    throw new SourceException(position() + ": the next cursor at " + nextCursorPath
                            + " is the one just used");
                }
                cursor = present(nextCursor) ? nextCursor : null;
                more = cursor != null;
            }
        }
    }

    /**
     * A page could not be read (too long, not valid JSON, a key twice): number paging skips it, cursor paging
     * cannot know where to go on. {@code reason} says why, without the page's content.
     */
    void afterUnreadablePage(String reason) {
        switch (type) {
            case NONE -> more = false;
            case PAGE -> {
                if (++unreadableInARow >= MAX_UNREADABLE_PAGES_IN_A_ROW) {
                    throw new SourceException(MAX_UNREADABLE_PAGES_IN_A_ROW + " pages in a row could not be read (last: "
                            + position() + ": " + reason + ")");
                }
                pageNumber++;
            }
            case CURSOR -> throw new SourceException(position() + " could not be read (" + reason
                    + "), so the next cursor is unknown: the run stops here");
        }
    }

    private static byte[] digest(byte[] body) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
