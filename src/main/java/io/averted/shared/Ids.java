package io.averted.shared;

import java.util.Optional;
import java.util.UUID;

/** Ids arrive as opaque strings; one that is not ours names nothing, exactly like an id that does not exist. */
public final class Ids {

    private Ids() {
    }

    public static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
