package io.averted.risk;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The columns of the register's CSV file, in the order the export writes them. Names are the API's field names, so a
 * user error's field is a column. Read-only columns (computed, or set by other mutations) are exported and ignored on import.
 */
enum RiskCsvColumn {
    ID("id", true),
    TITLE("title", true),
    DESCRIPTION("description", true),
    CATEGORY("category", true),
    STATUS("status", true),
    RESPONSE("response", true),
    OWNER("owner", true),
    MILESTONE_ID("milestoneId", true),
    MILESTONE("milestone", true),
    LIKELIHOOD("likelihood", true),
    IMPACT("impact", true),
    PROBABILITY("probability", true),
    LOSS_LOW("lossLow", true),
    LOSS_HIGH("lossHigh", true),
    NEXT_REVIEW_ON("nextReviewOn", true),
    VERSION("version", true),
    CLOSED_REASON("closedReason", false),
    SCORE("score", false),
    EXPECTED_LOSS("expectedLoss", false);

    private static final Map<String, RiskCsvColumn> BY_HEADER = Arrays.stream(values())
            .collect(Collectors.toMap(c -> c.header.toLowerCase(Locale.ROOT), Function.identity()));

    final String header;
    /** Whether the import reads it; the others are there for people and ignored. */
    final boolean imported;

    RiskCsvColumn(String header, boolean imported) {
        this.header = header;
        this.imported = imported;
    }

    /** The column a header cell names, ignoring case and surrounding spaces. */
    static Optional<RiskCsvColumn> ofHeader(String cell) {
        return Optional.ofNullable(BY_HEADER.get(cell.strip().toLowerCase(Locale.ROOT)));
    }

    static String[] headers() {
        return Arrays.stream(values()).map(c -> c.header).toArray(String[]::new);
    }
}
