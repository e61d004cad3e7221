package io.averted.shared;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Function;

/**
 * One order of a list for keyset paging: the name its cursors carry, the SQL of its sort key over the row alias
 * {@code r}, its direction, how a row gives its key and id, and how a cursor's key reads back as a typed parameter.
 * Ties break on the id in the same direction, so a page continues exactly after the last row of the one before.
 *
 * @param <T> the row (an entity)
 */
public record Keyset<T>(String name, String keySql, OrderDirection direction, Function<T, String> keyOf,
        Function<String, ?> parseKey, Function<T, UUID> idOf) {

    /**
     * What a client asked for: the page size and the row to continue after. A cursor of another order, or one whose
     * key does not read back, is refused here with BAD_ARGUMENT, before anything is read.
     */
    public PageRequest request(Integer first, String after) {
        Cursor cursor = Cursor.decode(after, name);
        int size = PageRequest.size(first);
        return cursor == null ? new PageRequest(size, null, null) : new PageRequest(size, cursor.key(parseKey), cursor.id());
    }

    /** The opaque cursor of a row. */
    public String cursor(T row) {
        return new Cursor(name, keyOf.apply(row), idOf.apply(row)).encode();
    }

    // Key readers: each takes only what PostgreSQL can compare, so a forged key is a BAD_ARGUMENT, not a database error.
    // Years lie in 1..9999: the API's dates (1970..2200) and the register's "no review date" sentinel, 9999-12-31.

    public static LocalDate date(String key) {
        LocalDate date = LocalDate.parse(key);
        require(saneYear(date.getYear()));
        return date;
    }

    public static OffsetDateTime time(String key) {
        OffsetDateTime time = OffsetDateTime.parse(key);
        require(saneYear(time.getYear()));
        return time;
    }

    public static Instant instant(String key) {
        Instant instant = Instant.parse(key);
        require(saneYear(instant.atOffset(ZoneOffset.UTC).getYear()));
        return instant;
    }

    public static BigDecimal decimal(String key) {
        BigDecimal decimal = new BigDecimal(key);
        require(Math.abs(decimal.scale()) <= 100 && decimal.precision() - decimal.scale() <= 100);
        return decimal;
    }

    private static boolean saneYear(int year) {
        return year >= 1 && year <= 9999;
    }

    private static void require(boolean sane) {
        if (!sane) {
            throw new IllegalArgumentException("The key is out of range.");
        }
    }

    /** SQL (or HQL) condition: the row comes after the request's cursor; bind {@link PageRequest#bind}. */
    public String after() {
        return "(" + keySql + ", r.id) " + (direction == OrderDirection.ASC ? ">" : "<") + " (:afterKey, :afterId)";
    }

    /** SQL (or HQL) order by clause, without the keywords. */
    public String orderBy() {
        String dir = direction == OrderDirection.ASC ? "asc" : "desc";
        return keySql + " " + dir + ", r.id " + dir;
    }
}
