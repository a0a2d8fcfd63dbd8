package io.mcpwarden.runtime.protocol;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;

import io.mcpwarden.runtime.jsonrpc.JsonRpcException;

/**
 * The opaque pagination cursor of one listing: the position of the next page, with a prefix naming the listing so
 * that a cursor of one listing is refused by another.
 */
public final class PageCursor {

    private final String prefix;

    public PageCursor(String listing) {
        this.prefix = listing + ":";
    }

    public String encode(int position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((prefix + position).getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * The position a cursor names; 0 without a cursor.
     *
     * @throws JsonRpcException invalid params for a cursor this server did not issue
     */
    public int decode(JsonNode cursor, int size) {
        if (cursor == null || cursor.isNull()) {
            return 0;
        }
        if (!cursor.isTextual() || cursor.textValue().length() > 64) {
            throw JsonRpcException.invalidParams("Invalid cursor");
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor.textValue()), StandardCharsets.US_ASCII);
            if (decoded.startsWith(prefix)) {
                int position = Integer.parseInt(decoded.substring(prefix.length()));
                if (position > 0 && position <= size) {
                    return position;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through: a cursor we did not issue
        }
        throw JsonRpcException.invalidParams("Invalid cursor");
    }
}
