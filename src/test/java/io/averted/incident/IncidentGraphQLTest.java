package io.averted.incident;

import static io.averted.support.GraphQL.graphQL;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.averted.milestone.Milestone;
import io.averted.project.Project;
import io.averted.risk.Risk;
import io.averted.support.TestData;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@TestSecurity(user = "cole", roles = "contributor")
class IncidentGraphQLTest {

    static final String REPORT = """
            mutation($input: IncidentReportInput!) {
              incidentReport(input: $input) {
                incident { id severity timeToDetectMinutes timeToResolveMinutes nearMiss lossAvoidedByLuck { amount }
                           dataLostMinutes risks { id status } postmortem { status version } }
                userErrors { code field message }
              }
            }""";

    static final String ADD_LOSS = """
            mutation($input: IncidentAddLossInput!) {
              incidentAddLoss(input: $input) { loss { type amount { amount } hourlyRate { amount } } incident { id } userErrors { code field } }
            }""";

    static final String LOSSES = """
            query($id: ID!) { incident(id: $id) { totalLoss { amount currency } lossByType { type amount { amount } }
                losses { type amount { amount } hours hourlyRate { amount } } } }""";

    @Inject
    TestData data;

    static Map<String, Object> report(Project project, Object... riskIds) {
        Map<String, Object> input = new HashMap<>();
        input.put("projectId", project.id.toString());
        input.put("title", "Production loaded with UAT data");
        input.put("severity", "SEV1");
        input.put("occurredAt", "2026-11-20T08:00:00Z");
        input.put("detectedAt", "2026-11-20T09:30:00Z");
        input.put("resolvedAt", "2026-11-22T09:30:00Z");
        input.put("riskIds", List.of(riskIds));
        return input;
    }

    @Test
    void reporting_an_incident_materializes_its_risks_in_history_and_derives_its_times() {
        Project project = data.project("USD", "cole:CONTRIBUTOR");
        Risk risk = data.risk(project.id, "Wrong source", "0.1", "20000", "150000", 3, 5);

        JsonPath result = graphQL(REPORT, Map.of("input", report(project, risk.id.toString())));

        assertThat(result.getList("data.incidentReport.userErrors"), empty());
        assertThat(result.getInt("data.incidentReport.incident.timeToDetectMinutes"), equalTo(90));
        assertThat(result.getInt("data.incidentReport.incident.timeToResolveMinutes"), equalTo(48 * 60));
        assertThat(result.getString("data.incidentReport.incident.risks[0].status"), equalTo("MATERIALIZED"));
        assertThat(result.getString("data.incidentReport.incident.postmortem.status"), equalTo("DRAFT"));
        JsonPath riskHistory = graphQL("query($id: ID!) { risk(id: $id) { history { actor changes { field before after } } incidents { id } } }",
                Map.of("id", risk.id.toString()));
        assertThat(riskHistory.getString("data.risk.history[1].actor"), equalTo("cole"));
        assertThat(riskHistory.getString("data.risk.history[1].changes[0].after"), equalTo("\"MATERIALIZED\""));
        assertThat(riskHistory.getString("data.risk.incidents[0].id"), equalTo(result.getString("data.incidentReport.incident.id")));
    }

    @Test
    void detection_before_occurrence_is_refused_and_nothing_is_written() {
        Project project = data.project("USD", "cole:CONTRIBUTOR");
        Risk risk = data.risk(project.id, "Wrong source", "0.1", "100", "200", 1, 1);
        Map<String, Object> input = report(project, risk.id.toString());
        input.put("detectedAt", "2026-11-20T07:00:00Z");

        JsonPath result = graphQL(REPORT, Map.of("input", input));

        assertThat(result.getString("data.incidentReport.userErrors[0].field"), equalTo("detectedAt"));
        assertThat(data.count("incident where project_id = '" + project.id + "'"), equalTo(0L));
        assertThat(data.historyCount(risk.id), equalTo(1L));
    }

    @Test
    void a_risk_of_another_project_is_refused_and_nothing_is_written() {
        Project project = data.project("USD", "cole:CONTRIBUTOR");
        Project other = data.project("USD", "cole:CONTRIBUTOR");
        Risk foreign = data.risk(other.id, "Elsewhere", "0.1", "100", "200", 1, 1);

        JsonPath result = graphQL(REPORT, Map.of("input", report(project, foreign.id.toString())));

        assertThat(result.getString("data.incidentReport.userErrors[0].field"), equalTo("riskIds"));
        assertThat(data.count("incident where project_id = '" + project.id + "'"), equalTo(0L));
        assertThat(data.historyCount(foreign.id), equalTo(1L));
    }

    @Test
    void a_near_miss_records_the_loss_luck_avoided_and_the_data_lost() {
        Project project = data.project("USD", "cole:CONTRIBUTOR");
        Map<String, Object> input = report(project);
        input.put("nearMiss", true);
        input.put("lossAvoidedByLuck", "120000");
        input.put("dataLostMinutes", 90);

        JsonPath result = graphQL(REPORT, Map.of("input", input));

        assertThat(result.getBoolean("data.incidentReport.incident.nearMiss"), equalTo(true));
        assertEquals(0, new BigDecimal("120000").compareTo(new BigDecimal(result.getString("data.incidentReport.incident.lossAvoidedByLuck.amount"))));
        assertThat(result.getInt("data.incidentReport.incident.dataLostMinutes"), equalTo(90));
    }

    @Test
    void losses_sum_exactly_and_labor_keeps_the_rate_it_was_costed_at() {
        Project project = data.project("USD", "cole:CONTRIBUTOR");
        String id = graphQL(REPORT, Map.of("input", report(project))).getString("data.incidentReport.incident.id");

        graphQL(ADD_LOSS, Map.of("input", Map.of("incidentId", id, "type", "LABOR", "hours", "96.5", "hourlyRate", "120.10")));
        graphQL(ADD_LOSS, Map.of("input", Map.of("incidentId", id, "type", "LABOR", "hours", "10", "hourlyRate", "150")));
        graphQL(ADD_LOSS, Map.of("input", Map.of("incidentId", id, "type", "CUSTOMER_CREDIT", "amount", "25000.01")));
        graphQL(ADD_LOSS, Map.of("input", Map.of("incidentId", id, "type", "RECOVERY", "amount", "0.10")));
        JsonPath read = graphQL(LOSSES, Map.of("id", id));

        // 96.5 x 120.10 = 11589.65; + 1500.00 + 25000.01 + 0.10
        assertEquals(new BigDecimal("38089.76"), new BigDecimal(read.getString("data.incident.totalLoss.amount")));
        List<String> rates = read.getList("data.incident.losses.hourlyRate.amount", String.class);
        assertEquals(0, new BigDecimal("120.10").compareTo(new BigDecimal(rates.get(0))));
        assertEquals(0, new BigDecimal("150").compareTo(new BigDecimal(rates.get(1))));
        assertThat(rates, hasSize(2)); // only the LABOR items carry a rate
        assertEquals(new BigDecimal("11589.65"), new BigDecimal(read.getString("data.incident.losses[0].amount.amount")));
        assertThat(read.getList("data.incident.lossByType.type"), containsInAnyOrder("LABOR", "CUSTOMER_CREDIT", "RECOVERY"));
    }

    @Test
    void labor_needs_hours_and_a_rate_and_nothing_else_takes_them() {
        Project project = data.project("USD", "cole:CONTRIBUTOR");
        String id = graphQL(REPORT, Map.of("input", report(project))).getString("data.incidentReport.incident.id");

        JsonPath labor = graphQL(ADD_LOSS, Map.of("input", Map.of("incidentId", id, "type", "LABOR", "amount", "100")));
        JsonPath revenue = graphQL(ADD_LOSS, Map.of("input", Map.of("incidentId", id, "type", "REVENUE", "hours", "1", "amount", "5")));

        assertThat(labor.getList("data.incidentAddLoss.userErrors.field"), containsInAnyOrder("hours", "hourlyRate", "amount"));
        assertThat(revenue.getList("data.incidentAddLoss.userErrors.field"), contains("hours"));
        assertThat(data.count("loss_item where incident_id = '" + id + "'"), equalTo(0L));
    }

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void publishing_needs_an_impact_and_an_action_item_or_a_reason_for_none() {
        Project project = data.project("USD", "cole:CONTRIBUTOR", "maria:MANAGER");
        String id = graphQL(REPORT, Map.of("input", report(project))).getString("data.incidentReport.incident.id");
        String update = """
                mutation($input: PostmortemUpdateInput!) { postmortemUpdate(input: $input) { postmortem { status version impact publishedBy } userErrors { code field } } }""";

        JsonPath bare = graphQL(update, Map.of("input", Map.of("incidentId", id, "version", 0, "status", "PUBLISHED",
                "summary", "kept?")));
        JsonPath withImpact = graphQL(update, Map.of("input", Map.of("incidentId", id, "version", 0, "status", "PUBLISHED",
                "impact", "No member could log in for 48 hours.")));
        graphQL("""
                mutation($input: ActionItemCreateInput!) { actionItemCreate(input: $input) { actionItem { id } } }""",
                Map.of("input", Map.of("incidentId", id, "title", "Add a reconciliation gate", "owner", "cole", "dueDate", "2026-12-15")));
        JsonPath published = graphQL(update, Map.of("input", Map.of("incidentId", id, "version", 0, "status", "PUBLISHED",
                "impact", "No member could log in for 48 hours.")));

        assertThat(bare.getList("data.postmortemUpdate.userErrors.field"), containsInAnyOrder("impact", "noActionReason"));
        assertThat(withImpact.getList("data.postmortemUpdate.userErrors.field"), contains("noActionReason"));
        assertThat(published.getList("data.postmortemUpdate.userErrors"), empty());
        assertThat(published.getString("data.postmortemUpdate.postmortem.status"), equalTo("PUBLISHED"));
        assertThat(published.getString("data.postmortemUpdate.postmortem.publishedBy"), equalTo("maria"));
        JsonPath read = graphQL("query($id: ID!) { incident(id: $id) { postmortem { summary } } }", Map.of("id", id));
        assertThat(read.get("data.incident.postmortem.summary"), nullValue());
    }

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void a_stated_reason_lets_a_post_mortem_publish_without_action_items() {
        Project project = data.project("USD", "cole:CONTRIBUTOR", "maria:MANAGER");
        String id = graphQL(REPORT, Map.of("input", report(project))).getString("data.incidentReport.incident.id");

        JsonPath published = graphQL("""
                mutation($input: PostmortemUpdateInput!) { postmortemUpdate(input: $input) { postmortem { status } userErrors { code field } } }""",
                Map.of("input", Map.of("incidentId", id, "version", 0, "status", "PUBLISHED", "impact", "None to users.",
                        "noActionReason", "Vendor outage; their fix is tracked in their contract review.")));

        assertThat(published.getString("data.postmortemUpdate.postmortem.status"), equalTo("PUBLISHED"));
    }

    @Test
    void the_timeline_is_kept_in_time_order() {
        Project project = data.project("USD", "cole:CONTRIBUTOR");
        String id = graphQL(REPORT, Map.of("input", report(project))).getString("data.incidentReport.incident.id");
        String add = """
                mutation($input: TimelineEntryAddInput!) { timelineEntryAdd(input: $input) { entry { at } userErrors { code } } }""";

        graphQL(add, Map.of("input", Map.of("incidentId", id, "at", "2026-11-20T09:30:00Z", "description", "Members report failed logins")));
        graphQL(add, Map.of("input", Map.of("incidentId", id, "at", "2026-11-20T08:00:00Z", "description", "Migration job starts")));
        JsonPath read = graphQL("query($id: ID!) { incident(id: $id) { postmortem { timeline { description recordedBy } } } }",
                Map.of("id", id));

        assertThat(read.getList("data.incident.postmortem.timeline.description"), contains("Migration job starts", "Members report failed logins"));
    }

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void overdue_action_items_are_found_per_project_and_per_owner() {
        // Today is 2026-12-15 for this test, whatever the real date: "Future" is due tomorrow, "Today" today.
        QuarkusMock.installMockForType(Clock.fixed(Instant.parse("2026-12-15T12:00:00Z"), ZoneOffset.UTC), Clock.class);
        Project project = data.project("USD", "cole:CONTRIBUTOR", "maria:MANAGER");
        String id = graphQL(REPORT, Map.of("input", report(project))).getString("data.incidentReport.incident.id");
        String create = """
                mutation($input: ActionItemCreateInput!) { actionItemCreate(input: $input) { actionItem { id overdue } userErrors { code field } } }""";
        JsonPath late = graphQL(create, Map.of("input", Map.of("incidentId", id, "title", "Late", "owner", "cole", "dueDate", "2026-12-14")));
        graphQL(create, Map.of("input", Map.of("incidentId", id, "title", "Future", "owner", "cole", "dueDate", "2026-12-16")));
        graphQL(create, Map.of("input", Map.of("incidentId", id, "title", "Today", "owner", "cole", "dueDate", "2026-12-15")));
        graphQL(create, Map.of("input", Map.of("incidentId", id, "title", "Late but Maria's", "owner", "maria", "dueDate", "2026-12-14")));
        JsonPath lateDone = graphQL(create, Map.of("input", Map.of("incidentId", id, "title", "Late but done", "owner", "cole", "dueDate", "2026-12-14")));
        graphQL("""
                mutation($input: ActionItemUpdateInput!) { actionItemUpdate(input: $input) { userErrors { code } } }""",
                Map.of("input", Map.of("id", lateDone.getString("data.actionItemCreate.actionItem.id"), "version", 0, "status", "DONE")));

        JsonPath perProject = graphQL("query($id: ID!) { project(id: $id) { actionItems(overdue: true) { title } } }", Map.of("id", project.id.toString()));
        JsonPath perOwner = graphQL("{ actionItems(owner: \"cole\", overdue: true) { title } }");

        assertThat(late.getBoolean("data.actionItemCreate.actionItem.overdue"), equalTo(true));
        assertThat(perProject.getList("data.project.actionItems.title"), containsInAnyOrder("Late", "Late but Maria's"));
        assertThat(perOwner.getList("data.actionItems.title"), hasItem("Late"));
        assertThat(perOwner.getList("data.actionItems.title"), not(hasItem("Late but Maria's")));
        assertThat(perOwner.getList("data.actionItems.title"), not(hasItem("Late but done")));
    }

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void dropping_an_action_item_needs_a_reason() {
        Project project = data.project("USD", "cole:CONTRIBUTOR", "maria:MANAGER");
        String id = graphQL(REPORT, Map.of("input", report(project))).getString("data.incidentReport.incident.id");
        String item = graphQL("""
                mutation($input: ActionItemCreateInput!) { actionItemCreate(input: $input) { actionItem { id } } }""",
                Map.of("input", Map.of("incidentId", id, "title", "Try harder"))).getString("data.actionItemCreate.actionItem.id");
        String update = """
                mutation($input: ActionItemUpdateInput!) { actionItemUpdate(input: $input) { actionItem { status dropReason } userErrors { code field } } }""";

        JsonPath refused = graphQL(update, Map.of("input", Map.of("id", item, "version", 0, "status", "DROPPED")));
        JsonPath dropped = graphQL(update, Map.of("input", Map.of("id", item, "version", 0, "status", "DROPPED",
                "dropReason", "Not an action: replaced by a reconciliation gate")));

        assertThat(refused.getString("data.actionItemUpdate.userErrors[0].field"), equalTo("dropReason"));
        assertThat(dropped.getString("data.actionItemUpdate.actionItem.status"), equalTo("DROPPED"));
    }

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void a_risk_that_materializes_again_after_its_fix_was_done_is_a_recurrence() {
        Project project = data.project("USD", "cole:CONTRIBUTOR", "maria:MANAGER");
        Risk risk = data.risk(project.id, "Table lock under load", "0.2", "1000", "9000", 3, 4);
        Map<String, Object> first = report(project, risk.id.toString());
        first.put("occurredAt", "2026-03-01T10:00:00Z");
        first.put("detectedAt", "2026-03-01T10:05:00Z");
        first.put("resolvedAt", "2026-03-01T10:25:00Z");
        String firstId = graphQL(REPORT, Map.of("input", first)).getString("data.incidentReport.incident.id");
        String item = graphQL("""
                mutation($input: ActionItemCreateInput!) { actionItemCreate(input: $input) { actionItem { id } } }""",
                Map.of("input", Map.of("incidentId", firstId, "title", "Use an online schema-change tool", "targetRiskId", risk.id.toString())))
                .getString("data.actionItemCreate.actionItem.id");
        graphQL("""
                mutation($input: ActionItemUpdateInput!) { actionItemUpdate(input: $input) { userErrors { code } } }""",
                Map.of("input", Map.of("id", item, "version", 0, "status", "DONE")));

        Map<String, Object> again = report(project, risk.id.toString());
        again.put("occurredAt", "2099-01-01T10:00:00Z");
        again.put("detectedAt", "2099-01-01T10:05:00Z");
        again.put("resolvedAt", "2099-01-01T10:30:00Z");
        String againId = graphQL(REPORT, Map.of("input", again)).getString("data.incidentReport.incident.id");
        String query = "query($id: ID!) { incident(id: $id) { recurrence recurrenceOf { title } } }";

        assertThat(graphQL(query, Map.of("id", againId)).getBoolean("data.incident.recurrence"), equalTo(true));
        assertThat(graphQL(query, Map.of("id", againId)).getList("data.incident.recurrenceOf.title"), contains("Use an online schema-change tool"));
        assertThat(graphQL(query, Map.of("id", firstId)).getBoolean("data.incident.recurrence"), equalTo(false));
    }

    @Test
    void a_contributor_cannot_write_or_publish_a_post_mortem() {
        Project project = data.project("USD", "cole:CONTRIBUTOR", "maria:MANAGER");
        String id = graphQL(REPORT, Map.of("input", report(project))).getString("data.incidentReport.incident.id");

        JsonPath result = graphQL("""
                mutation($input: PostmortemUpdateInput!) { postmortemUpdate(input: $input) { postmortem { status } userErrors { code } } }""",
                Map.of("input", Map.of("incidentId", id, "version", 0, "status", "PUBLISHED", "impact", "rewritten",
                        "noActionReason", "none")));

        assertThat(result.getString("errors[0].extensions.code"), equalTo("FORBIDDEN"));
        assertThat(data.count("postmortem where status = 'DRAFT' and impact is null and incident_id = '" + id + "'"), equalTo(1L));
    }

    @Test
    void a_contributor_cannot_create_or_drop_action_items() {
        Project project = data.project("USD", "cole:CONTRIBUTOR", "maria:MANAGER");
        String id = graphQL(REPORT, Map.of("input", report(project))).getString("data.incidentReport.incident.id");
        UUID item = data.actionItem(project.id, UUID.fromString(id), "Add a reconciliation gate", "maria");

        JsonPath created = graphQL("""
                mutation($input: ActionItemCreateInput!) { actionItemCreate(input: $input) { actionItem { id } } }""",
                Map.of("input", Map.of("incidentId", id, "title", "Try harder")));
        JsonPath dropped = graphQL("""
                mutation($input: ActionItemUpdateInput!) { actionItemUpdate(input: $input) { actionItem { status } } }""",
                Map.of("input", Map.of("id", item.toString(), "version", 0, "status", "DROPPED", "dropReason", "no")));

        assertThat(created.getString("errors[0].extensions.code"), equalTo("FORBIDDEN"));
        assertThat(dropped.getString("errors[0].extensions.code"), equalTo("FORBIDDEN"));
        assertThat(data.count("action_item where incident_id = '" + id + "'"), equalTo(1L));
        assertThat(data.count("action_item where status = 'OPEN' and id = '" + item + "'"), equalTo(1L));
    }

    @Test
    void a_contributor_completes_the_action_items_it_owns_and_only_those() {
        Project project = data.project("USD", "cole:CONTRIBUTOR", "maria:MANAGER");
        UUID incident = UUID.fromString(graphQL(REPORT, Map.of("input", report(project))).getString("data.incidentReport.incident.id"));
        UUID mine = data.actionItem(project.id, incident, "Rehearse the rollback", "cole");
        UUID hers = data.actionItem(project.id, incident, "Review the checklist", "maria");
        String update = """
                mutation($input: ActionItemUpdateInput!) { actionItemUpdate(input: $input) { actionItem { status completedBy } userErrors { code } } }""";

        JsonPath done = graphQL(update, Map.of("input", Map.of("id", mine.toString(), "version", 0, "status", "DONE")));
        JsonPath retitled = graphQL(update, Map.of("input", Map.of("id", mine.toString(), "version", 1, "title", "Something easier")));
        JsonPath notMine = graphQL(update, Map.of("input", Map.of("id", hers.toString(), "version", 0, "status", "DONE")));

        assertThat(done.getString("data.actionItemUpdate.actionItem.completedBy"), equalTo("cole"));
        assertThat(retitled.getString("errors[0].extensions.code"), equalTo("FORBIDDEN"));
        assertThat(notMine.getString("errors[0].extensions.code"), equalTo("FORBIDDEN"));
        assertThat(data.count("action_item where status = 'OPEN' and id = '" + hers + "'"), equalTo(1L));
    }

    @Test
    void an_incident_lists_the_investments_that_mitigate_its_risks_with_their_status() {
        Project project = data.project("USD", "cole:CONTRIBUTOR");
        Risk risk = data.risk(project.id, "Wrong source", "0.15", "20000", "150000", 3, 5);
        Risk other = data.risk(project.id, "Unrelated", "0.1", "100", "200", 1, 1);
        var refused = data.investment(project.id, "Data comparison tool", io.averted.prevention.InvestmentStatus.REJECTED, "0", "2000");
        data.mitigation(refused, risk, "0.8", "0.5");
        var elsewhere = data.investment(project.id, "Unrelated tool", io.averted.prevention.InvestmentStatus.APPROVED, "0", "100");
        data.mitigation(elsewhere, other, "0.5", "0.5");

        String id = graphQL(REPORT, Map.of("input", report(project, risk.id.toString()))).getString("data.incidentReport.incident.id");
        JsonPath read = graphQL("query($id: ID!) { incident(id: $id) { preventableBy { name status } } }", Map.of("id", id));

        assertThat(read.getList("data.incident.preventableBy.name"), contains("Data comparison tool"));
        assertThat(read.getList("data.incident.preventableBy.status"), contains("REJECTED"));
    }

    @Test
    @TestSecurity(user = "vic", roles = "viewer")
    void a_viewer_reads_post_mortems_but_cannot_write_them() {
        Project project = data.project("USD", "vic:VIEWER");
        java.util.UUID incident = data.incident(project.id, "Outage");

        JsonPath read = graphQL("query($id: ID!) { incident(id: $id) { title postmortem { status } } }", Map.of("id", incident.toString()));
        JsonPath refused = graphQL(REPORT, Map.of("input", report(project)));
        JsonPath edit = graphQL("""
                mutation($input: PostmortemUpdateInput!) { postmortemUpdate(input: $input) { userErrors { code } } }""",
                Map.of("input", Map.of("incidentId", incident.toString(), "version", 0, "summary", "mine now")));

        assertThat(read.getString("data.incident.postmortem.status"), equalTo("DRAFT"));
        assertThat(refused.getString("errors[0].extensions.code"), equalTo("FORBIDDEN"));
        assertThat(edit.getString("errors[0].extensions.code"), equalTo("FORBIDDEN"));
        assertThat(data.count("incident where project_id = '" + project.id + "'"), equalTo(1L));
    }

    @Test
    void an_incident_of_a_project_i_am_not_in_does_not_exist_for_me() {
        Project theirs = data.project("USD", "nina:MANAGER");
        JsonPath refused = graphQL(REPORT, Map.of("input", report(theirs)));
        assertThat(refused.getString("data.incidentReport.userErrors[0].code"), equalTo("NOT_FOUND"));
        assertThat(refused.getList("data.incidentReport.userErrors"), hasSize(1));
    }
}
