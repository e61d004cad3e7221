package io.averted.risk;

import static io.averted.risk.RiskCsvColumn.CATEGORY;
import static io.averted.risk.RiskCsvColumn.DESCRIPTION;
import static io.averted.risk.RiskCsvColumn.ID;
import static io.averted.risk.RiskCsvColumn.IMPACT;
import static io.averted.risk.RiskCsvColumn.LIKELIHOOD;
import static io.averted.risk.RiskCsvColumn.LOSS_HIGH;
import static io.averted.risk.RiskCsvColumn.LOSS_LOW;
import static io.averted.risk.RiskCsvColumn.MILESTONE;
import static io.averted.risk.RiskCsvColumn.MILESTONE_ID;
import static io.averted.risk.RiskCsvColumn.NEXT_REVIEW_ON;
import static io.averted.risk.RiskCsvColumn.OWNER;
import static io.averted.risk.RiskCsvColumn.PROBABILITY;
import static io.averted.risk.RiskCsvColumn.RESPONSE;
import static io.averted.risk.RiskCsvColumn.STATUS;
import static io.averted.risk.RiskCsvColumn.TITLE;
import static io.averted.risk.RiskCsvColumn.VERSION;
import static io.averted.shared.Inputs.blankToNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.hibernate.Session;
import org.hibernate.jpa.HibernateHints;

import io.averted.milestone.Milestone;
import io.averted.milestone.MilestoneService;
import io.averted.project.Project;
import io.averted.project.ProjectAccess;
import io.averted.project.ProjectAction;
import io.averted.shared.Change;
import io.averted.shared.InputValidator;
import io.averted.shared.Result;
import io.averted.shared.UserError;
import io.averted.shared.UserErrorCode;

/**
 * The register as a CSV file, out and in. The export writes every risk that matches a {@link RiskFilter} (through the
 * repository's own filter SQL); the import reads a file of that shape with Apache Commons CSV and applies riskCreate's
 * and riskUpdate's rules ({@link RiskService.Rules}) to every row, as a dry run or, when nothing is wrong, in one
 * transaction. See README, "CSV import and export".
 */
@ApplicationScoped
public class RiskRegisterCsv {

    /** Largest file the import reads, in UTF-8 bytes. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** Most rows (after the header) the import reads. */
    public static final int MAX_ROWS = 10_000;

    private static final char BOM = '\uFEFF';
    /** Leading characters that make a spreadsheet read a cell as a formula; the export prefixes such text with an apostrophe. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    @Inject
    RiskService service;

    @Inject
    RiskRepository risks;

    @Inject
    ProjectAccess access;

    @Inject
    MilestoneService milestones;

    @Inject
    InputValidator validator;

    // --- export ---------------------------------------------------------------------------------------------------

    /** Each project's matching risks as a CSV file (the projects must already be readable), in two statements. */
    public Map<UUID, String> export(Collection<UUID> projectIds, RiskFilter filter) {
        Map<UUID, List<Risk>> byProject = new LinkedHashMap<>();
        projectIds.forEach(id -> byProject.put(id, new ArrayList<>()));
        if (!projectIds.isEmpty()) {
            risks.matching(projectIds, filter).forEach(r -> byProject.get(r.projectId).add(r));
        }
        Map<UUID, String> milestoneNames = milestones.ofProjects(projectIds).stream()
                .collect(Collectors.toMap(m -> m.id, m -> m.name));
        Map<UUID, String> files = new LinkedHashMap<>();
        byProject.forEach((id, list) -> files.put(id, write(list, milestoneNames)));
        return files;
    }

    static String write(List<Risk> register, Map<UUID, String> milestoneNames) {
        StringBuilder out = new StringBuilder(256 + register.size() * 256).append(BOM);
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord((Object[]) RiskCsvColumn.headers());
            for (Risk r : register) {
                printer.printRecord(r.id, text(r.title), text(r.description), r.category, r.status(), r.response, text(r.ownerUsername),
                        r.milestoneId, text(r.milestoneId == null ? null : milestoneNames.get(r.milestoneId)),
                        r.likelihood, r.impact, plain(r.probability), r.lossLow.toPlainString(), r.lossHigh.toPlainString(),
                        r.nextReviewOn, r.version, text(r.closedReason()), r.score,
                        r.expectedLoss.setScale(2, RoundingMode.HALF_EVEN).toPlainString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return out.toString();
    }

    /** Text a spreadsheet would run as a formula gets a leading apostrophe (OWASP "CSV injection"); the import drops it. */
    private static String text(String value) {
        return value != null && !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    // --- import ---------------------------------------------------------------------------------------------------

    /** What an import found; the rows are written only when {@code committed}. */
    public record Report(List<RiskRegisterImportRow> rows, List<RiskRegisterImportRowError> rowErrors, boolean committed) {
        long count(RiskRegisterImportAction action) {
            return rows.stream().filter(r -> r.action() == action).count();
        }
    }

    /**
     * Reads the file and checks every row against the register as it is now; with {@code commit} and no error at all,
     * writes every change in this one transaction, each with its history entry. Row problems come back in the report;
     * problems with the file as a whole (size, CSV syntax) and the project as user errors. FORBIDDEN unless the user
     * may edit the register.
     */
    @Transactional
    public Result<Report> importFile(RiskRegisterImportInput input) {
        AtomicReference<Parsed> file = new AtomicReference<>();
        return Change.of(access.readable(input.projectId()), "projectId", "The project")
                .authorize(project -> access.require(project, ProjectAction.EDIT_REGISTER))
                .unless(project -> {
                    Result<Parsed> read = read(input.csv());
                    file.set(read.value());
                    return read.errors();
                })
                .validate(List.of()) // each row is checked on its own, into the report
                .apply(project -> {
                    Import run = new Import(project, file.get().records(), file.get().delimiter() == ';');
                    run.check();
                    if (!input.commit() || !run.errors.isEmpty()) {
                        // a new risk's id exists only once it is written
                        List<RiskRegisterImportRow> rows = run.rows.stream().map(r -> r.action() != RiskRegisterImportAction.CREATE ? r
                                : new RiskRegisterImportRow(r.row(), r.action(), null, r.title(), r.changedColumns())).toList();
                        return new Report(rows, run.errors, false);
                    }
                    run.write();
                    return new Report(run.rows, run.errors, true);
                });
    }

    /** The file's records, or the one problem with the file as a whole (size, CSV syntax, row count, no header). */
    private static Result<Parsed> read(String csv) {
        if (utf8Length(csv) > MAX_BYTES) {
            return Result.rejected(UserError.of(UserErrorCode.TOO_LONG, "csv",
                    "The file is larger than 5 MB; split it into several files of at most " + MAX_ROWS + " rows."));
        }
        Parsed parsed;
        try {
            parsed = parse(csv);
        } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            // the parser's own words, without the exception classes wrapped around them
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            return Result.rejected(UserError.of(UserErrorCode.INVALID, "csv", "The file is not valid CSV: " + cause.getMessage()));
        }
        if (parsed.records().size() - 1 > MAX_ROWS) {
            return Result.rejected(UserError.of(UserErrorCode.TOO_LONG, "csv",
                    "The file has more than " + MAX_ROWS + " rows; split it into several files."));
        }
        if (parsed.records().isEmpty()) {
            return Result.rejected(UserError.of(UserErrorCode.REQUIRED, "csv", "The file is empty: it needs a header row."));
        }
        return Result.ok(parsed);
    }

    private static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /** A file's records, the header first, and the separator they were read with. */
    record Parsed(char delimiter, List<CSVRecord> records) {
    }

    /** Every record, the header first; comma or semicolon as the header row uses them, or as an Excel "sep=" line says. */
    static Parsed parse(String csv) {
        String text = !csv.isEmpty() && csv.charAt(0) == BOM ? csv.substring(1) : csv;
        int firstLineEnd = text.indexOf('\n');
        String firstLine = (firstLineEnd < 0 ? text : text.substring(0, firstLineEnd)).strip();
        char delimiter;
        if (firstLine.matches("(?i)sep=[,;]")) {
            delimiter = firstLine.charAt(4);
            text = firstLineEnd < 0 ? "" : text.substring(firstLineEnd + 1);
        } else {
            delimiter = detectDelimiter(firstLine);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            List<CSVRecord> records = new ArrayList<>();
            for (CSVRecord record : parser) {
                records.add(record);
                if (records.size() > MAX_ROWS + 1) {
                    break; // enough to refuse the file
                }
            }
            return new Parsed(delimiter, records);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The separator the header row uses most, outside quotes: semicolon (Excel in most of Europe) or comma. */
    static char detectDelimiter(String headerLine) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (char c : headerLine.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    /** One import's state: the header's columns, the register as it is, and what each row does. */
    private final class Import {
        final Project project;
        final List<CSVRecord> records;
        final RiskService.Rules rules;
        final Map<RiskCsvColumn, Integer> columns = new EnumMap<>(RiskCsvColumn.class);
        final List<RiskRegisterImportRow> rows = new ArrayList<>();
        final List<RiskRegisterImportRowError> errors = new ArrayList<>();
        final List<Risk> creates = new ArrayList<>();
        final Map<Risk, RowChange> updates = new LinkedHashMap<>();
        /** Semicolon-separated files come from spreadsheets that also write decimal commas (0,15). */
        final boolean decimalComma;
        Map<UUID, Risk> byId;
        Map<String, List<Risk>> byTitle;
        /** Risk id, or "new:" + title, to the row that first claimed it: two rows may not write the same risk. */
        final Map<String, Integer> claimed = new HashMap<>();

        Import(Project project, List<CSVRecord> records, boolean decimalComma) {
            this.project = project;
            this.records = records;
            this.decimalComma = decimalComma;
            this.rules = service.rules(project);
        }

        void check() {
            if (!readHeader()) {
                return;
            }
            // read-only: no snapshots to keep and nothing to dirty-check at the end; the commit writes with its own statements
            List<Risk> register = risks.find("projectId", project.id).withHint(HibernateHints.HINT_READ_ONLY, true).list();
            byId = register.stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
            byTitle = register.stream().collect(Collectors.groupingBy(r -> r.title.strip()));
            for (CSVRecord record : records.subList(1, records.size())) {
                checkRow(record);
            }
        }

        private boolean readHeader() {
            CSVRecord header = records.get(0);
            for (int i = 0; i < header.size(); i++) {
                String cell = header.get(i);
                if (i == 0 && !cell.isEmpty() && cell.charAt(0) == BOM) {
                    cell = cell.substring(1);
                }
                if (cell.isBlank()) {
                    continue;
                }
                Optional<RiskCsvColumn> column = RiskCsvColumn.ofHeader(cell);
                if (column.isEmpty()) {
                    errors.add(new RiskRegisterImportRowError(1, cell.strip(), UserErrorCode.INVALID,
                            "Unknown column \"" + cell.strip() + "\"; the columns are " + String.join(", ", RiskCsvColumn.headers()) + "."));
                } else if (columns.containsKey(column.get())) {
                    errors.add(new RiskRegisterImportRowError(1, column.get().header, UserErrorCode.INVALID, "The column appears twice."));
                } else if (column.get().imported) {
                    columns.put(column.get(), i);
                }
            }
            if (!columns.containsKey(TITLE) && !columns.containsKey(ID)) {
                errors.add(new RiskRegisterImportRowError(1, null, UserErrorCode.REQUIRED,
                        "The header must name a title column (new risks) or an id column (changes)."));
            }
            return errors.isEmpty();
        }

        private void checkRow(CSVRecord record) {
            int row = (int) record.getRecordNumber();
            if (record.stream().allMatch(String::isBlank)) {
                return; // a spreadsheet's empty row
            }
            Cells cells = new Cells(record, row, columns, decimalComma);
            if (lastUsedIndex(record) >= records.get(0).size()) {
                cells.error(null, UserErrorCode.INVALID, "The row has more values than the header has columns.");
            }
            UUID id = cells.uuid(ID);
            String title = cells.text(TITLE);
            Risk target = null;
            if (id != null) {
                target = byId.get(id);
                if (target == null) {
                    cells.error(ID, UserErrorCode.NOT_FOUND, "No risk of project " + project.key + " has this id.");
                }
            } else if (!cells.failed(ID) && title != null && !title.isBlank()) {
                List<Risk> sameTitle = byTitle.getOrDefault(title.strip(), List.of());
                if (sameTitle.size() == 1) {
                    target = sameTitle.get(0);
                } else if (sameTitle.size() > 1) {
                    cells.error(TITLE, UserErrorCode.INVALID, sameTitle.size() + " risks of the project have this title; "
                            + "give the row the id of the one it changes.");
                }
            }
            Optional<Optional<UUID>> milestone = milestone(cells);
            if (target != null) {
                checkUpdate(cells, target, id != null, milestone, title);
            } else if (!cells.failed(ID)) {
                checkCreate(cells, milestone, title);
            } else {
                rows.add(new RiskRegisterImportRow(row, RiskRegisterImportAction.INVALID, null, title, List.of()));
            }
            errors.addAll(cells.errors);
        }

        private int lastUsedIndex(CSVRecord record) {
            for (int i = record.size() - 1; i >= 0; i--) {
                if (!record.get(i).isBlank()) {
                    return i;
                }
            }
            return -1;
        }

        /**
         * The milestone the row names: absent when neither milestone column is in the file, empty when they are blank.
         * milestoneId wins; a name alone is looked up among the project's milestones (exact, ignoring case).
         */
        private Optional<Optional<UUID>> milestone(Cells cells) {
            if (!columns.containsKey(MILESTONE_ID) && !columns.containsKey(MILESTONE)) {
                return Optional.empty();
            }
            UUID id = cells.uuid(MILESTONE_ID);
            String name = cells.text(MILESTONE);
            Map<UUID, Milestone> ofProject = rules.milestones();
            if (id != null) {
                Milestone m = ofProject.get(id);
                if (m != null && name != null && !name.isBlank() && !m.name.strip().equalsIgnoreCase(name.strip())) {
                    cells.error(MILESTONE, UserErrorCode.INVALID, "The milestone " + m.name + " (milestoneId) is not named \"" + name.strip()
                            + "\"; clear one of the two columns.");
                }
                return Optional.of(Optional.of(id));
            }
            if (name == null || name.isBlank() || cells.failed(MILESTONE_ID)) {
                return Optional.of(Optional.empty());
            }
            List<Milestone> named = ofProject.values().stream().filter(m -> m.name.strip().equalsIgnoreCase(name.strip())).toList();
            if (named.size() != 1) {
                cells.error(MILESTONE, UserErrorCode.INVALID, named.isEmpty()
                        ? "Project " + project.key + " has no milestone named \"" + name.strip() + "\"."
                        : named.size() + " milestones are named \"" + name.strip() + "\"; give the milestoneId instead.");
                return Optional.of(Optional.empty());
            }
            cells.milestoneByName = true;
            return Optional.of(Optional.of(named.get(0).id));
        }

        private void checkCreate(Cells cells, Optional<Optional<UUID>> milestone, String title) {
            if (title != null && !title.isBlank() && claim(cells, "new:" + title.strip(), TITLE)) {
                rows.add(new RiskRegisterImportRow(cells.row, RiskRegisterImportAction.INVALID, null, title, List.of()));
                return;
            }
            for (RiskCsvColumn required : List.of(TITLE, CATEGORY, RESPONSE, LIKELIHOOD, IMPACT, PROBABILITY, LOSS_LOW, LOSS_HIGH)) {
                if (!cells.failed(required) && cells.isBlank(required)) {
                    cells.error(required, UserErrorCode.REQUIRED, required.header + " is required for a new risk.");
                }
            }
            RiskCreateInput input = new RiskCreateInput(project.id, milestone.flatMap(Function.identity()).orElse(null), title,
                    cells.text(DESCRIPTION), cells.enumValue(CATEGORY, RiskCategory.class), cells.text(OWNER),
                    cells.enumValue(STATUS, RiskStatus.class), cells.enumValue(RESPONSE, RiskResponse.class),
                    cells.integer(LIKELIHOOD), cells.integer(IMPACT), cells.decimal(PROBABILITY), cells.decimal(LOSS_LOW),
                    cells.decimal(LOSS_HIGH), cells.date(NEXT_REVIEW_ON));
            validator.validate(input).forEach(cells::error);
            rules.create(input).forEach(cells::error);
            if (!cells.errors.isEmpty()) {
                rows.add(new RiskRegisterImportRow(cells.row, RiskRegisterImportAction.INVALID, null, title, List.of()));
                return;
            }
            Risk risk = RiskService.newRisk(project.id, input);
            risk.description = blankToNull(risk.description);
            creates.add(risk);
            rows.add(new RiskRegisterImportRow(cells.row, RiskRegisterImportAction.CREATE, risk.id, risk.title, List.of()));
        }

        private void checkUpdate(Cells cells, Risk risk, boolean byItsId, Optional<Optional<UUID>> milestone, String title) {
            String shownTitle = title == null || title.isBlank() ? risk.title : title.strip();
            if (claim(cells, risk.id.toString(), byItsId ? ID : TITLE)) {
                rows.add(new RiskRegisterImportRow(cells.row, RiskRegisterImportAction.INVALID, risk.id, shownTitle, List.of()));
                return;
            }
            for (RiskCsvColumn required : List.of(TITLE, CATEGORY, STATUS, RESPONSE, LIKELIHOOD, IMPACT, PROBABILITY, LOSS_LOW, LOSS_HIGH)) {
                if (columns.containsKey(required) && !cells.failed(required) && cells.isBlank(required)) {
                    cells.error(required, UserErrorCode.REQUIRED, required.header + " may not be emptied.");
                }
            }
            RowChange change = new RowChange(risk);
            change.text(TITLE, cells.text(TITLE), risk.title);
            change.text(DESCRIPTION, cells.text(DESCRIPTION), risk.description);
            change.value(CATEGORY, cells.enumValue(CATEGORY, RiskCategory.class), risk.category);
            change.value(STATUS, cells.enumValue(STATUS, RiskStatus.class), risk.status());
            change.value(RESPONSE, cells.enumValue(RESPONSE, RiskResponse.class), risk.response);
            change.text(OWNER, cells.text(OWNER), risk.ownerUsername);
            milestone.ifPresent(m -> change.value(cells.milestoneByName ? MILESTONE : MILESTONE_ID, m.orElse(null), risk.milestoneId, true));
            change.value(LIKELIHOOD, cells.integer(LIKELIHOOD), (int) risk.likelihood);
            change.value(IMPACT, cells.integer(IMPACT), (int) risk.impact);
            change.decimal(PROBABILITY, cells.decimal(PROBABILITY), risk.probability);
            change.decimal(LOSS_LOW, cells.decimal(LOSS_LOW), risk.lossLow);
            change.decimal(LOSS_HIGH, cells.decimal(LOSS_HIGH), risk.lossHigh);
            change.value(NEXT_REVIEW_ON, cells.date(NEXT_REVIEW_ON), risk.nextReviewOn, true);
            Integer version = cells.integer(VERSION);
            if (cells.errors.isEmpty() && change.values.isEmpty()) {
                rows.add(new RiskRegisterImportRow(cells.row, RiskRegisterImportAction.UNCHANGED, risk.id, shownTitle, List.of()));
                return;
            }
            if (version != null && version != risk.version) {
                cells.error(VERSION, UserErrorCode.CONFLICT, "The risk changed after this file was exported (version " + version
                        + ", now " + risk.version + "); export the register again and reapply your change.");
            } else if (version == null && byItsId && !cells.failed(VERSION)) {
                cells.error(VERSION, UserErrorCode.REQUIRED,
                        "A row with an id needs the version it was exported with, so a newer change is never overwritten.");
            }
            RiskUpdateInput asInput = change.asInput(version == null ? (int) risk.version : version);
            validator.validate(asInput).forEach(cells::error);
            rules.update(risk, asInput).forEach(cells::error);
            if (!cells.errors.isEmpty()) {
                rows.add(new RiskRegisterImportRow(cells.row, RiskRegisterImportAction.INVALID, risk.id, shownTitle, List.of()));
                return;
            }
            updates.put(risk, change);
            rows.add(new RiskRegisterImportRow(cells.row, RiskRegisterImportAction.UPDATE, risk.id, shownTitle,
                    change.values.keySet().stream().map(c -> c.header).toList()));
        }

        /** True (and an error) when an earlier row already writes the same risk. */
        private boolean claim(Cells cells, String key, RiskCsvColumn column) {
            Integer earlier = claimed.putIfAbsent(key, cells.row);
            if (earlier != null) {
                cells.error(column, UserErrorCode.INVALID, "Row " + earlier + " already " + (key.startsWith("new:")
                        ? "adds a risk with this title." : "imports this risk."));
                return true;
            }
            return false;
        }

        /**
         * Writes the creates and updates with JDBC batches rather than entity by entity: the entity's database-generated
         * columns (score, expected loss) make Hibernate read every written row back, which took 20 s for 10,000 rows.
         * The history trigger still records each row, with the transaction's actor (shared.security.TransactionActor); an update whose version moved since the
         * check fails the whole transaction as a CONFLICT.
         */
        void write() {
            risks.getEntityManager().clear(); // the checked entities stay as read; only the batches below write
            updates.forEach((risk, change) -> change.applyTo(risk));
            risks.getEntityManager().unwrap(Session.class).doWork(connection -> {
                try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                    batch(insert, creates, (statement, r) -> {
                        statement.setObject(1, r.id);
                        statement.setObject(2, r.projectId);
                        setColumns(statement, 3, r);
                    }, false);
                }
                try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
                    batch(update, List.copyOf(updates.keySet()), (statement, r) -> {
                        setColumns(statement, 1, r);
                        statement.setObject(15, r.id);
                        statement.setLong(16, r.version);
                    }, true);
                }
            });
        }
    }

    private static final String COLUMNS = "milestone_id, title, description, category, owner_username, status, response, likelihood, "
            + "impact, probability, loss_low, loss_high, next_review_on, closed_reason";
    private static final String INSERT = "insert into risk (id, project_id, " + COLUMNS + ", version, created_at, updated_at) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, now(), now())";
    private static final String UPDATE = "update risk set (" + COLUMNS + ", version, updated_at) "
            + "= (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, version + 1, now()) where id = ? and version = ?";
    private static final int BATCH = 500;

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement, Risk risk) throws SQLException;
    }

    private static void batch(PreparedStatement statement, List<Risk> list, Binder binder, boolean versioned) throws SQLException {
        for (int i = 0; i < list.size(); i++) {
            binder.bind(statement, list.get(i));
            statement.addBatch();
            if ((i + 1) % BATCH == 0 || i == list.size() - 1) {
                for (int count : statement.executeBatch()) {
                    if (versioned && count == 0) {
                        throw new OptimisticLockException("a risk changed while the import was written");
                    }
                }
            }
        }
    }

    /** The 14 columns of {@link #COLUMNS}, from {@code first} on. */
    private static void setColumns(PreparedStatement s, int first, Risk r) throws SQLException {
        int i = first;
        s.setObject(i++, r.milestoneId, Types.OTHER);
        s.setString(i++, r.title);
        s.setString(i++, r.description);
        s.setString(i++, r.category.name());
        s.setString(i++, r.ownerUsername);
        s.setString(i++, r.status().name());
        s.setString(i++, r.response.name());
        s.setShort(i++, r.likelihood);
        s.setShort(i++, r.impact);
        s.setBigDecimal(i++, r.probability);
        s.setBigDecimal(i++, r.lossLow);
        s.setBigDecimal(i++, r.lossHigh);
        s.setObject(i++, r.nextReviewOn, Types.DATE);
        s.setString(i, r.closedReason());
    }

    /** The changes a row makes to a risk: only the columns the file has, only values that differ. */
    private static final class RowChange {
        final Risk risk;
        final Map<RiskCsvColumn, Object> values = new EnumMap<>(RiskCsvColumn.class);

        RowChange(Risk risk) {
            this.risk = risk;
        }

        void text(RiskCsvColumn column, String value, String current) {
            if (value == null) {
                return; // column absent, or a value that did not parse
            }
            String wanted = blankToNull(value.replace("\r\n", "\n"));
            String now = current == null ? null : blankToNull(current.replace("\r\n", "\n"));
            if (!Objects.equals(wanted, now)) {
                values.put(column, wanted == null ? "" : wanted);
            }
        }

        void value(RiskCsvColumn column, Object value, Object current) {
            value(column, value, current, false);
        }

        /** {@code nullable}: a blank cell clears the value; otherwise a blank cell was already reported and changes nothing. */
        void value(RiskCsvColumn column, Object value, Object current, boolean nullable) {
            if ((value != null || nullable) && !Objects.equals(value, current)) {
                values.put(column, value);
            }
        }

        void decimal(RiskCsvColumn column, BigDecimal value, BigDecimal current) {
            if (value != null && value.compareTo(current) != 0) {
                values.put(column, value);
            }
        }

        /** The same change as riskUpdate's input, for its rules (a cleared milestone or review date needs no check). */
        RiskUpdateInput asInput(int version) {
            UUID milestone = (UUID) values.getOrDefault(MILESTONE_ID, values.get(MILESTONE));
            return new RiskUpdateInput(risk.id, version, milestone, (String) values.get(TITLE), (String) values.get(DESCRIPTION),
                    (RiskCategory) values.get(CATEGORY), (String) values.get(OWNER), (RiskStatus) values.get(STATUS),
                    (RiskResponse) values.get(RESPONSE), (Integer) values.get(LIKELIHOOD), (Integer) values.get(IMPACT),
                    (BigDecimal) values.get(PROBABILITY), (BigDecimal) values.get(LOSS_LOW), (BigDecimal) values.get(LOSS_HIGH),
                    (LocalDate) values.get(NEXT_REVIEW_ON));
        }

        void applyTo(Risk r) {
            values.forEach((column, value) -> {
                switch (column) {
                    case TITLE -> r.title = ((String) value).strip();
                    case DESCRIPTION -> r.description = blankToNull((String) value);
                    case CATEGORY -> r.category = (RiskCategory) value;
                    case STATUS -> r.setStatus((RiskStatus) value);
                    case RESPONSE -> r.response = (RiskResponse) value;
                    case OWNER -> r.ownerUsername = blankToNull((String) value);
                    case MILESTONE_ID, MILESTONE -> r.milestoneId = (UUID) value;
                    case LIKELIHOOD -> r.likelihood = ((Integer) value).shortValue();
                    case IMPACT -> r.impact = ((Integer) value).shortValue();
                    case PROBABILITY -> r.probability = (BigDecimal) value;
                    case LOSS_LOW -> r.lossLow = (BigDecimal) value;
                    case LOSS_HIGH -> r.lossHigh = (BigDecimal) value;
                    case NEXT_REVIEW_ON -> r.nextReviewOn = (LocalDate) value;
                    default -> throw new IllegalStateException("not an imported column: " + column);
                }
            });
        }
    }

    /** One row's cells, typed; a value that does not parse is reported against its column and read as absent. */
    private static final class Cells {
        final CSVRecord record;
        final int row;
        final List<RiskRegisterImportRowError> errors = new ArrayList<>();
        boolean milestoneByName;
        private final Map<RiskCsvColumn, Integer> columns;
        private final boolean decimalComma;

        Cells(CSVRecord record, int row, Map<RiskCsvColumn, Integer> columns, boolean decimalComma) {
            this.record = record;
            this.row = row;
            this.columns = columns;
            this.decimalComma = decimalComma;
        }

        private String raw(RiskCsvColumn column) {
            Integer index = columns.get(column);
            if (index == null) {
                return null;
            }
            return index < record.size() ? record.get(index) : "";
        }

        boolean isBlank(RiskCsvColumn column) {
            String raw = raw(column);
            return raw == null || raw.isBlank();
        }

        boolean failed(RiskCsvColumn column) {
            return errors.stream().anyMatch(e -> column.header.equals(e.column()));
        }

        void error(RiskCsvColumn column, UserErrorCode code, String message) {
            errors.add(new RiskRegisterImportRowError(row, column == null ? null : column.header, code, message));
        }

        /** A rule's user error, its input field turned into the column; skipped when that cell is already reported. */
        void error(UserError error) {
            String column = error.field() == null ? null
                    : "milestoneId".equals(error.field()) && milestoneByName ? MILESTONE.header : error.field();
            if (column == null || errors.stream().noneMatch(e -> column.equals(e.column()))) {
                errors.add(new RiskRegisterImportRowError(row, column, error.code(), error.message()));
            }
        }

        /** Text as written (a leading apostrophe before a formula character dropped); null when the column is absent. */
        String text(RiskCsvColumn column) {
            String raw = raw(column);
            if (raw != null && raw.length() > 1 && raw.charAt(0) == '\'' && FORMULA_STARTS.indexOf(raw.charAt(1)) >= 0) {
                return raw.substring(1);
            }
            return raw;
        }

        UUID uuid(RiskCsvColumn column) {
            return parsed(column, UUID::fromString, "is not an id this register exported");
        }

        Integer integer(RiskCsvColumn column) {
            return parsed(column, Integer::valueOf, "must be a whole number");
        }

        BigDecimal decimal(RiskCsvColumn column) {
            return parsed(column, text -> new BigDecimal(decimalComma && text.indexOf('.') < 0 ? text.replace(',', '.') : text),
                    "must be a plain decimal number such as 1500.50");
        }

        LocalDate date(RiskCsvColumn column) {
            return parsed(column, LocalDate::parse, "must be a date as YYYY-MM-DD");
        }

        <E extends Enum<E>> E enumValue(RiskCsvColumn column, Class<E> type) {
            return parsed(column, text -> Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace(' ', '_')),
                    "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }

        private <T> T parsed(RiskCsvColumn column, Function<String, T> parse, String expectation) {
            String raw = raw(column);
            if (raw == null || raw.isBlank()) {
                return null;
            }
            try {
                return parse.apply(raw.strip());
            } catch (IllegalArgumentException | DateTimeParseException | ArithmeticException e) {
                if (!failed(column)) {
                    error(column, UserErrorCode.INVALID, column.header + " " + expectation + " (not \"" + raw.strip() + "\").");
                }
                return null;
            }
        }
    }
}
