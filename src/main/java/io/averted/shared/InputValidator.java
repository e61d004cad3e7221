package io.averted.shared;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * Checks a mutation input against the Bean Validation constraints on its fields and reports each
 * violation as a typed user error naming the field, so a bad value changes nothing and says why.
 */
@ApplicationScoped
public class InputValidator {

    @Inject
    Validator validator;

    public List<UserError> validate(Object input) {
        return validator.validate(input).stream()
                .map(InputValidator::toUserError)
                .sorted(Comparator.comparing(UserError::field, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
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
