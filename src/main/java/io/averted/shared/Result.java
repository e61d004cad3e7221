package io.averted.shared;

import java.util.List;

/** What a service's write returns: the changed object, or the user errors that stopped it (and nothing changed). */
public record Result<T>(T value, List<UserError> errors) {

    public static <T> Result<T> ok(T value) {
        return new Result<>(value, List.of());
    }

    public static <T> Result<T> rejected(List<UserError> errors) {
        return new Result<>(null, List.copyOf(errors));
    }

    public static <T> Result<T> rejected(UserError error) {
        return rejected(List.of(error));
    }

    public boolean isOk() {
        return errors.isEmpty();
    }
}
