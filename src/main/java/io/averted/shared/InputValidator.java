package io.averted.shared;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * Checks a mutation input against the Bean Validation constraints on its fields and reports each
 * violation as a typed user error naming the field, so a bad value changes nothing and says why.
 * <p>
 * Beyond the annotations, every input obeys the same bounds wherever it nests, so no field can forget them:
 * dates and times between {@value #FIRST_YEAR} and {@value #LAST_YEAR} (a year-9999 incident once made every
 * economics call compute 120,000 months), no NUL characters in text (PostgreSQL refuses them), and lists of at most
 * {@value #MAX_LIST} items without null entries.
 */
@ApplicationScoped
public class InputValidator {

    @Inject
    Validator validator;

    public static final int FIRST_YEAR = 1970;
    public static final int LAST_YEAR = 2200;
    /** The most items any list input may hold (far below PostgreSQL's 65,535 bind parameters per statement). */
    public static final int MAX_LIST = 1000;

    public List<UserError> validate(Object input) {
        List<UserError> errors = new ArrayList<>();
        validator.validate(input).stream().map(InputValidator::toUserError).forEach(errors::add);
        checkBounds(input, null, errors);
        return errors.stream()
                .distinct()
                .sorted(Comparator.comparing(UserError::field, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    /** Whether a date lies in the window every date the API accepts must lie in. */
    public static boolean saneYear(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    private static void checkBounds(Object value, String field, List<UserError> errors) {
        if (value instanceof String text) {
            if (text.indexOf('\u0000') >= 0) {
                errors.add(UserError.of(UserErrorCode.INVALID, field, field + " must not contain NUL characters"));
            }
        } else if (value instanceof LocalDate date) {
            checkYear(date.getYear(), field, errors);
        } else if (value instanceof OffsetDateTime time) {
            checkYear(time.getYear(), field, errors);
        } else if (value instanceof List<?> list) {
            if (list.size() > MAX_LIST) {
                errors.add(UserError.of(UserErrorCode.TOO_LONG, field, field + " may hold at most " + MAX_LIST + " items"));
                return;
            }
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) == null) {
                    errors.add(UserError.of(UserErrorCode.REQUIRED, field, field + "[" + i + "] must not be null"));
                } else {
                    checkBounds(list.get(i), field + "[" + i + "]", errors);
                }
            }
        } else if (value != null && value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                Object child;
                try {
                    child = component.getAccessor().invoke(value);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + component.getName(), e);
                }
                checkBounds(child, field == null ? component.getName() : field + "." + component.getName(), errors);
            }
        }
    }

    private static void checkYear(int year, String field, List<UserError> errors) {
        if (!saneYear(year)) {
            errors.add(UserError.of(UserErrorCode.OUT_OF_RANGE, field,
                    field + " must lie between the years " + FIRST_YEAR + " and " + LAST_YEAR));
        }
    }

    private static UserError toUserError(ConstraintViolation<?> violation) {
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        UserErrorCode code = switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> UserErrorCode.REQUIRED;
            case "Size" -> UserErrorCode.TOO_LONG;
            case "Min", "Max", "DecimalMin", "DecimalMax", "Positive", "PositiveOrZero", "Digits" -> UserErrorCode.OUT_OF_RANGE;
            default -> UserErrorCode.INVALID;
        };
        String field = violation.getPropertyPath().toString();
        return UserError.of(code, field, field + " " + violation.getMessage());
    }
}
