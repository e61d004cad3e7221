package io.averted.history;

import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;

/**
 * Reads the history the {@code record_history()} trigger writes. One query for any number of objects,
 * so lists that show history do not run SQL per row.
 */
@ApplicationScoped
public class HistoryService {

    /** Column names whose API name is not simply their camel case. */
    private static final Map<String, String> API_NAMES = Map.of("owner_username", "owner");

    @Inject
    EntityManager entityManager;

    /** The history of each of a resolver's parents (objects of {@code entityClass} with these ids), in the parents' order. */
    public <P> List<List<HistoryEntry>> ofEach(Class<?> entityClass, List<P> parents, Function<P, UUID> id) {
        Map<UUID, List<HistoryEntry>> byId = of(entityClass, parents.stream().map(id).toList());
        return parents.stream().map(p -> byId.get(id.apply(p))).toList();
    }

    /** History of each object of an entity class, oldest first; objects without history map to an empty list. */
    public Map<UUID, List<HistoryEntry>> of(Class<?> entityClass, Collection<UUID> ids) {
        // the trigger records each row under its table's name
        jakarta.persistence.Table table = entityClass.getAnnotation(jakarta.persistence.Table.class);
        if (table == null) {
            throw new IllegalArgumentException(entityClass + " names no table");
        }
        String entity = table.name();
        Map<UUID, List<HistoryEntry>> byId = new LinkedHashMap<>();
        ids.forEach(id -> byId.put(id, new ArrayList<>()));
        if (ids.isEmpty()) {
            return byId;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select entity_id, entity, at, actor, operation, cast(changes as text)
                  from history
                 where entity = :entity and entity_id in (:ids)
                 order by id""")
                .setParameter("entity", entity)
                .setParameter("ids", ids)
                .getResultList();
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            byId.get(id).add(new HistoryEntry(id, (String) row[1], toOffsetDateTime(row[2]), (String) row[3],
                    HistoryOperation.valueOf((String) row[4]), changes((String) row[5])));
        }
        return byId;
    }

    private static OffsetDateTime toOffsetDateTime(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }

    private static List<FieldChange> changes(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            return object.keySet().stream().sorted().map(column -> {
                JsonObject change = object.getJsonObject(column);
                return new FieldChange(apiName(column), text(change.get("before")), text(change.get("after")));
            }).toList();
        }
    }

    private static String text(JsonValue value) {
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : value.toString();
    }

    static String apiName(String column) {
        String alias = API_NAMES.get(column);
        if (alias != null) {
            return alias;
        }
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }
}
