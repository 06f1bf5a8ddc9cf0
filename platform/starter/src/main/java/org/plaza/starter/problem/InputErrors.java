package org.plaza.starter.problem;

import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import tools.jackson.core.JacksonException;

/**
 * Turns what Spring, Bean Validation and Jackson report about bad input into field paths and
 * message-bundle lookups, so the client learns which field is wrong without seeing any internals.
 */
final class InputErrors {

    private static final List<String> NON_ARGUMENT_ATTRIBUTES = List.of("message", "groups", "payload");

    private InputErrors() {
    }

    /** Field and object errors of a bound form object or {@code @RequestBody}. */
    static List<Located> of(Errors result) {
        List<Located> errors = new ArrayList<>();
        for (ObjectError error : result.getAllErrors()) {
            errors.add(new Located(error instanceof FieldError field ? field.getField() : null, error));
        }
        return errors;
    }

    /** Errors of Spring MVC's built-in method validation ({@code @RequestParam @Email String email}). */
    static List<Located> of(HandlerMethodValidationException exception) {
        List<Located> errors = new ArrayList<>();
        for (ParameterValidationResult result : exception.getParameterValidationResults()) {
            if (result instanceof ParameterErrors parameterErrors) {
                errors.addAll(of((Errors) parameterErrors));
                continue;
            }
            String name = parameterName(result.getMethodParameter());
            result.getResolvableErrors().forEach(error -> errors.add(new Located(name, error)));
        }
        exception.getCrossParameterValidationResults().forEach(error -> errors.add(new Located(null, error)));
        return errors;
    }

    /** Violations from {@code @Validated} beans or explicit validation. */
    static List<Located> of(Collection<ConstraintViolation<?>> violations) {
        List<Located> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : violations) {
            String field = fieldPath(violation.getPropertyPath());
            String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            List<Object> arguments = new ArrayList<>();
            arguments.add(field == null ? "" : field);
            new TreeMap<>(violation.getConstraintDescriptor().getAttributes()).forEach((name, value) -> {
                if (!NON_ARGUMENT_ATTRIBUTES.contains(name)) {
                    arguments.add(value);
                }
            });
            String[] codes = field == null ? new String[] { constraint }
                    : new String[] { constraint + "." + field, constraint };
            errors.add(new Located(field,
                    new DefaultMessageSourceResolvable(codes, arguments.toArray(), violation.getMessage())));
        }
        return errors;
    }

    /** The JSON path Jackson was reading when it failed, such as {@code shifts[2].date}; null for the root. */
    static String jsonPath(JacksonException exception) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : exception.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    /** The message for a value that is not of the {@code expected} type, without naming any Java type. */
    static MessageSourceResolvable wrongType(Class<?> expected) {
        String base = "plaza.problem.invalid-value.";
        if (expected == null) {
            return resolvable(base + "value");
        }
        Class<?> type = ClassUtils.resolvePrimitiveIfNecessary(expected);
        if (Number.class.isAssignableFrom(type)) {
            return resolvable(base + "number");
        }
        if (type == Boolean.class) {
            return resolvable(base + "boolean");
        }
        if (Temporal.class.isAssignableFrom(type) || TemporalAmount.class.isAssignableFrom(type)
                || Date.class.isAssignableFrom(type)) {
            return resolvable(base + "date-time");
        }
        if (type.isEnum()) {
            String choices = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
            return new DefaultMessageSourceResolvable(new String[] { base + "choice" }, new Object[] { choices });
        }
        if (CharSequence.class.isAssignableFrom(type) || type == Character.class) {
            return resolvable(base + "text");
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return resolvable(base + "list");
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord() || !type.getName().startsWith("java.")) {
            return resolvable(base + "object");
        }
        return resolvable(base + "value");
    }

    static MessageSourceResolvable resolvable(String code, Object... arguments) {
        return new DefaultMessageSourceResolvable(new String[] { code }, arguments);
    }

    private static String parameterName(MethodParameter parameter) {
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param != null && StringUtils.hasText(param.name() + param.value())) {
            return StringUtils.hasText(param.name()) ? param.name() : param.value();
        }
        PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
        if (variable != null && StringUtils.hasText(variable.name() + variable.value())) {
            return StringUtils.hasText(variable.name()) ? variable.name() : variable.value();
        }
        RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
        if (header != null && StringUtils.hasText(header.name() + header.value())) {
            return StringUtils.hasText(header.name()) ? header.name() : header.value();
        }
        return parameter.getParameterName();
    }

    /** The property path below the validated method parameter, such as {@code email} or {@code shifts[0].date}. */
    private static String fieldPath(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        int start = 0;
        if (!nodes.isEmpty() && (nodes.get(0).getKind() == ElementKind.METHOD
                || nodes.get(0).getKind() == ElementKind.CONSTRUCTOR)) {
            start = nodes.size() > 2 && nodes.get(1).getKind() == ElementKind.PARAMETER ? 2 : 1;
        }
        StringBuilder field = new StringBuilder();
        for (Path.Node node : nodes.subList(Math.min(start, nodes.size()), nodes.size())) {
            if (node.isInIterable() && !field.isEmpty()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.BEAN) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.isEmpty() ? null : field.toString();
    }

    /** A message about one field ({@code null} for the request as a whole). */
    record Located(String field, MessageSourceResolvable message) {
    }
}
