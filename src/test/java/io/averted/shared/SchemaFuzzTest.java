package io.averted.shared;

import static io.averted.support.GraphQL.tokenFor;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.averted.milestone.GateStatus;
import io.averted.milestone.Milestone;
import io.averted.prevention.Investment;
import io.averted.prevention.InvestmentStatus;
import io.averted.project.Project;
import io.averted.risk.Risk;
import io.averted.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Sends about a thousand generated requests built from the published schema: every query and mutation, as every role,
 * once with plausible variables and then with one value made hostile (NUL bytes, huge numbers, far dates, nulls in
 * lists, over-long lists, garbage ids). Nothing may answer 5xx or "System error" or name a Java class, and a refused
 * mutation must change nothing (no history row is written).
 * <p>
 * The seed is fixed plus one random seed per run, printed on failure so the run can be repeated with
 * {@code -Daverted.fuzz.seed=…}.
 */
@QuarkusTest
class SchemaFuzzTest {

    static final int VARIANTS_PER_OPERATION = 5;
    static final String[] ROLES = { "alice", "maria", "sam", "cole", "vic" };

    @Inject
    TestData data;

    private TypeDefinitionRegistry schema;
    private final List<String> ids = new ArrayList<>();
    private Random random;

    @Test
    void hostile_requests_from_the_schema_get_typed_answers_and_refused_writes_change_nothing() {
        long seed = Long.getLong("averted.fuzz.seed", 20261130L ^ System.nanoTime());
        random = new Random(seed);
        schema = new SchemaParser().parse(given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString());
        seedData();
        Map<String, String> tokens = new LinkedHashMap<>();
        for (String role : ROLES) {
            tokens.put(role, tokenFor(role));
        }
        int requests = 0;
        List<String> failures = new ArrayList<>();
        for (String operation : List.of("Query", "Mutation")) {
            ObjectTypeDefinition root = (ObjectTypeDefinition) schema.getType(operation).orElseThrow();
            for (FieldDefinition field : root.getFieldDefinitions()) {
                for (Map.Entry<String, String> role : tokens.entrySet()) {
                    for (int variant = 0; variant <= VARIANTS_PER_OPERATION; variant++) {
                        requests++;
                        String failure = send(operation, field, role.getValue(), variant > 0);
                        if (failure != null) {
                            failures.add(role.getKey() + " " + field.getName() + ": " + failure);
                        }
                    }
                }
            }
        }
        System.out.printf("Schema fuzz: %d requests, %d failures, seed %d%n", requests, failures.size(), seed);
        if (!failures.isEmpty()) {
            fail("seed " + seed + " (-Daverted.fuzz.seed=" + seed + "), " + failures.size() + " of " + requests + " requests failed:\n"
                    + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
        }
    }

    private void seedData() {
        Project project = data.project("USD", "maria:MANAGER", "sam:SPONSOR", "cole:CONTRIBUTOR", "vic:VIEWER");
        Risk risk = data.risk(project.id, "Fuzzed risk", "0.2", "1000", "9000", 3, 4);
        Milestone milestone = data.milestone(project.id, "Fuzzed milestone");
        var gate = data.gate(milestone, "Fuzzed gate", true, GateStatus.PENDING);
        Investment investment = data.investment(project.id, "Fuzzed tool", InvestmentStatus.PROPOSED, "100", "1000");
        var mitigation = data.mitigation(investment, risk, "0.5", "0.5");
        UUID incident = data.incident(project.id, "Fuzzed incident");
        UUID item = data.actionItem(project.id, incident, "Fuzzed action", "cole");
        Collections.addAll(ids, project.id.toString(), risk.id.toString(), milestone.id.toString(), gate.id.toString(),
                investment.id.toString(), mitigation.id.toString(), incident.toString(), item.toString());
    }

    /** Sends one request; returns what went wrong, or null. */
    private String send(String operation, FieldDefinition field, String token, boolean hostile) {
        Map<String, Object> variables = new LinkedHashMap<>();
        StringBuilder declarations = new StringBuilder();
        StringBuilder arguments = new StringBuilder();
        for (InputValueDefinition argument : field.getInputValueDefinitions()) {
            boolean required = argument.getType() instanceof NonNullType;
            if (!required && random.nextBoolean()) {
                continue;
            }
            declarations.append(declarations.isEmpty() ? "(" : ", ").append('$').append(argument.getName()).append(": ")
                    .append(print(argument.getType()));
            arguments.append(arguments.isEmpty() ? "(" : ", ").append(argument.getName()).append(": $").append(argument.getName());
            variables.put(argument.getName(), value(argument.getType()));
        }
        if (hostile && !variables.isEmpty()) {
            corrupt(variables);
        }
        String query = (operation.equals("Query") ? "query" : "mutation") + (declarations.isEmpty() ? "" : declarations + ")")
                + " { " + field.getName() + (arguments.isEmpty() ? "" : arguments + ")") + selection(field.getType(), 0) + " }";
        boolean mutation = operation.equals("Mutation");
        long historyBefore = mutation ? data.count("history") : 0;
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        Response response = given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post("/graphql");
        String text = response.asString();
        if (response.statusCode() >= 500) {
            return "HTTP " + response.statusCode() + " for " + query + " " + variables;
        }
        if (text.contains("System error") || text.contains("java.") || text.contains("Exception:")) {
            return "internal error " + abbreviate(text) + " for " + query + " " + abbreviate(String.valueOf(variables));
        }
        if (mutation && refused(response, field.getName()) && data.count("history") != historyBefore) {
            return "a refused mutation wrote history: " + query + " " + abbreviate(String.valueOf(variables));
        }
        return null;
    }

    private static boolean refused(Response response, String field) {
        if (response.statusCode() != 200) {
            return true;
        }
        Object errors = response.jsonPath().get("errors");
        List<?> userErrors = response.jsonPath().getList("data." + field + ".userErrors");
        return errors != null || userErrors != null && !userErrors.isEmpty();
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    // --- values -----------------------------------------------------------------------------------

    private Object value(Type<?> type) {
        if (type instanceof NonNullType nonNull) {
            return value(nonNull.getType());
        }
        if (type instanceof ListType list) {
            List<Object> values = new ArrayList<>();
            for (int i = random.nextInt(3); i > 0; i--) {
                values.add(value(list.getType()));
            }
            return values;
        }
        String name = ((TypeName) type).getName();
        var definition = schema.getType(name).orElse(null);
        if (definition instanceof EnumTypeDefinition enumType) {
            return enumType.getEnumValueDefinitions().get(random.nextInt(enumType.getEnumValueDefinitions().size())).getName();
        }
        if (definition instanceof InputObjectTypeDefinition input) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (InputValueDefinition field : input.getInputValueDefinitions()) {
                if (field.getType() instanceof NonNullType || random.nextInt(3) > 0) {
                    object.put(field.getName(), value(field.getType()));
                }
            }
            return object;
        }
        return switch (name) {
            case "ID" -> ids.get(random.nextInt(ids.size()));
            case "String" -> "fuzz " + random.nextInt(1000);
            case "Int" -> 1 + random.nextInt(4);
            case "Float" -> random.nextDouble();
            case "Boolean" -> random.nextBoolean();
            case "BigDecimal" -> String.valueOf(1 + random.nextInt(9) / 10.0);
            case "BigInteger", "Long" -> 1 + random.nextInt(9);
            case "Date" -> "2026-12-0" + (1 + random.nextInt(9));
            case "DateTime" -> "2026-11-0" + (1 + random.nextInt(9)) + "T10:00:00Z";
            default -> "fuzz";
        };
    }

    private static final Object[] HOSTILE = {
            null, "", " ", "\u0000", "nul\u0000inside", "x".repeat(5_000), -1, 0, 2147483648L, -2147483649L, 2.5, 1e308,
            "1e400", "-1", "NaN", "99999999999999999999999", "0.0000001", "+999999999-12-31", "-999999999-01-01",
            "0001-01-01T00:00:00Z", "9999-12-31", "2026-13-45", "not-an-id", UUID.randomUUID().toString(), "NOT_AN_ENUM",
            List.of(), Collections.singletonList(null), Map.of(), Map.of("unknown", 1), true };

    /** Replaces one value somewhere in the variables with a hostile one. */
    @SuppressWarnings("unchecked")
    private void corrupt(Map<String, Object> container) {
        List<String> keys = new ArrayList<>(container.keySet());
        String key = keys.get(random.nextInt(keys.size()));
        Object current = container.get(key);
        if (current instanceof Map<?, ?> nested && !nested.isEmpty() && random.nextInt(4) > 0) {
            Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) nested);
            corrupt(copy);
            container.put(key, copy);
        } else if (current instanceof List<?> list && random.nextBoolean()) {
            List<Object> longList = new ArrayList<>();
            for (int i = 0; i < 1_100; i++) {
                longList.add(list.isEmpty() ? ids.get(0) : list.get(0));
            }
            container.put(key, random.nextBoolean() ? longList : Collections.singletonList(null));
        } else {
            container.put(key, HOSTILE[random.nextInt(HOSTILE.length)]);
        }
    }

    // --- selections -------------------------------------------------------------------------------

    private String selection(Type<?> type, int depth) {
        String name = unwrap(type);
        var definition = schema.getType(name).orElse(null);
        if (!(definition instanceof ObjectTypeDefinition object)) {
            return "";
        }
        StringBuilder fields = new StringBuilder(" { __typename");
        for (FieldDefinition field : object.getFieldDefinitions()) {
            boolean needsArguments = field.getInputValueDefinitions().stream().anyMatch(a -> a.getType() instanceof NonNullType);
            if (needsArguments || field.getName().equals("lossSimulation")) {
                continue;
            }
            var target = schema.getType(unwrap(field.getType())).orElse(null);
            if (target instanceof ObjectTypeDefinition) {
                if (depth == 0 || field.getName().equals("userErrors")) {
                    fields.append(' ').append(field.getName()).append(selection(field.getType(), depth + 1));
                }
            } else {
                fields.append(' ').append(field.getName());
            }
        }
        return fields.append(" }").toString();
    }

    private static String unwrap(Type<?> type) {
        if (type instanceof NonNullType nonNull) {
            return unwrap(nonNull.getType());
        }
        if (type instanceof ListType list) {
            return unwrap(list.getType());
        }
        return ((TypeName) type).getName();
    }

    private static String print(Type<?> type) {
        if (type instanceof NonNullType nonNull) {
            return print(nonNull.getType()) + "!";
        }
        if (type instanceof ListType list) {
            return "[" + print(list.getType()) + "]";
        }
        return ((TypeName) type).getName();
    }
}
