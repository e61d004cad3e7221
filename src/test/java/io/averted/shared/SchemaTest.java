package io.averted.shared;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The UI generates its types from ui/schema.graphql; this keeps that file equal to the schema the
 * server publishes. After an intended API change, refresh it with
 * {@code ./mvnw test -Dtest=SchemaTest -Daverted.schema.write=true}.
 */
@QuarkusTest
class SchemaTest {

    private static final Path UI_SCHEMA = Path.of("ui/schema.graphql");

    @Test
    void the_ui_builds_against_the_schema_the_server_publishes() throws IOException {
        String published = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("averted.schema.write")) {
            Files.writeString(UI_SCHEMA, published);
        }
        assertEquals(published, Files.readString(UI_SCHEMA),
                "ui/schema.graphql is stale: run ./mvnw test -Dtest=SchemaTest -Daverted.schema.write=true");
    }

    @Test
    void the_published_schema_holds_the_names_clients_rely_on() {
        String published = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        for (String name : new String[] { "viewer: Viewer!", "projects(", "project(id: ID!): Project", "risk(id: ID!): Risk",
                "projectCreate(input: ProjectCreateInput!)", "projectMemberSet(input: ProjectMemberSetInput!)",
                "riskCreate(input: RiskCreateInput!)", "riskUpdate(input: RiskUpdateInput!)", "riskClose(input: RiskCloseInput!)",
                "expectedLoss: Money!", "history: [HistoryEntry!]!", "userErrors: [UserError!]!", "totalCount:" }) {
            assertThat(published, containsString(name));
        }
    }
}
