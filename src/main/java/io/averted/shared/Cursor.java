package io.averted.shared;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * An opaque keyset cursor: the ordering it belongs to, the sort key of the row and its id.
 * Clients must treat it as opaque; a cursor from another ordering is refused rather than misread.
 */
public record Cursor(String ordering, String key, UUID id) {

    public String encode() {
        String raw = ordering + '\n' + key + '\n' + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The sort key read back with {@code parse}; a key it cannot read is a cursor this API did not issue. */
    public <T> T key(java.util.function.Function<String, T> parse) {
        try {
            return parse.apply(key);
        } catch (RuntimeException e) {
            throw new InvalidArgumentException("The cursor is not one this API issued.");
        }
    }

    /** Decodes {@code after}; null stays null. */
    public static Cursor decode(String encoded, String expectedOrdering) {
        if (encoded == null || encoded.isEmpty()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8).split("\n", -1);
            if (parts.length != 3 || !parts[0].equals(expectedOrdering)) {
                throw new InvalidArgumentException("The cursor belongs to another ordering; start again without `after`.");
            }
            if (parts[1].indexOf('\u0000') >= 0) {
                throw new InvalidArgumentException("The cursor is not one this API issued.");
            }
            return new Cursor(parts[0], parts[1], UUID.fromString(parts[2]));
        } catch (IllegalArgumentException e) {
            if (e instanceof InvalidArgumentException) {
                throw e;
            }
            throw new InvalidArgumentException("The cursor is not one this API issued.");
        }
    }
}
