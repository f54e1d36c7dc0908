package vn.mtbbe.platform.api.openapi;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.mtbbe.platform.validation.Matches;
import vn.mtbbe.platform.validation.MaxLength;
import vn.mtbbe.platform.validation.Required;

import java.io.StringReader;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * JSON Schemas of the API's Java types as JSON-B writes them, as plain maps (the OpenAPI 3.0 schema object's fields):
 * records become named component schemas, referenced where they are used; scalars, lists and maps are given inline.
 * <p>
 * Payara's own scanner gets these wrong in ways a generated client notices (a {@code long} is a "number", a
 * {@code LocalDate} an empty object, a {@code Page<T>} loses its T, two records of the same simple name silently share
 * one schema), so the document's bodies are derived here from the records themselves.
 * <p>
 * A record's schema is named by its {@code @Schema(name)}, else its simple name; a generic record by its type
 * arguments' names before its own ({@code Page<SchoolView>} with {@code SchoolView} named {@code School}:
 * {@code SchoolPage}). Two different types with one name are refused: give one of them a {@code @Schema(name = …)}.
 * The record's {@code @Schema} also gives the schema's description and example (as JSON, checked to name only the
 * record's properties); the project's constraints on record components give {@code required}, {@code minLength},
 * {@code maxLength} and {@code pattern}. (Record components carry no {@code @Schema} of their own: Payara's scanner
 * mishandles them.)
 */
final class JavaSchemas {

    static final String REF_PREFIX = "#/components/schemas/";

    private final Map<String, Map<String, Object>> components = new TreeMap<>();
    private final Map<String, Type> owners = new HashMap<>();

    /** The component schemas made so far, by name. */
    Map<String, Map<String, Object>> components() {
        return components;
    }

    /** The schema of a value of {@code type}: a reference for a record, the schema itself otherwise. */
    Map<String, Object> schema(Type type) {
        return schema(type, Map.of());
    }

    /** The component schema for {@code type} (a record), made when missing; its name. */
    String component(Class<?> type) {
        return component(type, type, Map.of());
    }

    /** A component schema that no Java type stands for, made once; its name. */
    String define(String name, Map<String, Object> schema) {
        Map<String, Object> earlier = components.get(name);
        if (earlier != null && !earlier.equals(schema) || owners.containsKey(name)) {
            throw new IllegalStateException("Two schemas would both be named \"" + name + "\"");
        }
        components.put(name, schema);
        return name;
    }

    static Map<String, Object> ref(String name) {
        return new LinkedHashMap<>(Map.of("$ref", REF_PREFIX + name));
    }

    private Map<String, Object> schema(Type type, Map<TypeVariable<?>, Type> bindings) {
        if (type instanceof TypeVariable<?> variable) {
            Type bound = bindings.get(variable);
            return bound == null ? any() : schema(bound, Map.of());
        }
        if (type instanceof WildcardType wildcard) {
            return schema(wildcard.getUpperBounds()[0], bindings);
        }
        if (type instanceof GenericArrayType array) {
            return array(schema(array.getGenericComponentType(), bindings));
        }
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (raw == Optional.class) {
                return schema(arguments[0], bindings);
            }
            if (Collection.class.isAssignableFrom(raw)) {
                Map<String, Object> schema = array(schema(arguments[0], bindings));
                if (Set.class.isAssignableFrom(raw)) {
                    schema.put("uniqueItems", true);
                }
                return schema;
            }
            if (Map.class.isAssignableFrom(raw)) {
                return map(schema(arguments[1], bindings));
            }
            if (raw.isRecord()) {
                Map<TypeVariable<?>, Type> bound = new HashMap<>();
                TypeVariable<?>[] variables = raw.getTypeParameters();
                for (int i = 0; i < variables.length; i++) {
                    bound.put(variables[i], resolve(arguments[i], bindings));
                }
                return ref(component(resolve(parameterized, bindings), raw, bound));
            }
            return schema(raw, bindings);
        }
        return schema((Class<?>) type);
    }

    private Map<String, Object> schema(Class<?> type) {
        if (type == String.class || type == char.class || type == Character.class) {
            return scalar("string", null);
        }
        if (type == boolean.class || type == Boolean.class) {
            return scalar("boolean", null);
        }
        if (type == int.class || type == Integer.class || type == short.class || type == Short.class
                || type == byte.class || type == Byte.class) {
            return scalar("integer", "int32");
        }
        if (type == long.class || type == Long.class) {
            return scalar("integer", "int64");
        }
        if (type == BigInteger.class) {
            return scalar("integer", null);
        }
        if (type == double.class || type == Double.class) {
            return scalar("number", "double");
        }
        if (type == float.class || type == Float.class) {
            return scalar("number", "float");
        }
        if (type == BigDecimal.class) {
            return scalar("number", null);
        }
        if (type == LocalDate.class) {
            return scalar("string", "date");
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
            return scalar("string", "date-time");
        }
        if (type == LocalDateTime.class) {
            Map<String, Object> schema = scalar("string", null);
            schema.put("description", "A date and time of day without a zone, e.g. 2025-09-05T07:30:00");
            return schema;
        }
        if (type == LocalTime.class) {
            return scalar("string", null);
        }
        if (type == YearMonth.class) {
            Map<String, Object> schema = scalar("string", null);
            schema.put("pattern", "^[0-9]{4}-[0-9]{2}$");
            schema.put("example", "2025-10");
            return schema;
        }
        if (type == UUID.class) {
            return scalar("string", "uuid");
        }
        if (type == URI.class) {
            return scalar("string", "uri");
        }
        if (type.isEnum()) {
            Map<String, Object> schema = scalar("string", null);
            schema.put("enum", Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList());
            return schema;
        }
        if (type.isArray()) {
            return array(schema(type.getComponentType()));
        }
        if (type == Object.class || JsonValue.class.isAssignableFrom(type) && !JsonObject.class.isAssignableFrom(type)
                && !JsonArray.class.isAssignableFrom(type)) {
            return any();
        }
        if (JsonObject.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)) {
            return map(any());
        }
        if (JsonArray.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type)) {
            return array(any());
        }
        if (type.isRecord()) {
            return ref(component(type, type, Map.of()));
        }
        throw new IllegalArgumentException("No JSON schema for " + type.getName()
                + ": the API's bodies are records, lists, maps and scalars");
    }

    /** Makes (once) the component schema of {@code record} with its type variables bound; its name. */
    private String component(Type type, Class<?> record, Map<TypeVariable<?>, Type> bindings) {
        if (!record.isRecord()) {
            throw new IllegalArgumentException("Only records become component schemas here, not " + record.getName());
        }
        String name = name(type);
        Type owner = owners.get(name);
        if (owner != null) {
            if (!owner.equals(type)) {
                throw new IllegalStateException("Two types would both be the schema \"" + name + "\": "
                        + owner.getTypeName() + " and " + type.getTypeName() + "; give one of them a @Schema(name = ...)");
            }
            return name;
        }
        owners.put(name, type);
        Map<String, Object> schema = new LinkedHashMap<>();
        components.put(name, schema); // before the properties, so that a record may contain itself
        schema.put("type", "object");
        Schema annotation = record.getAnnotation(Schema.class);
        if (annotation != null && !annotation.description().isBlank()) {
            schema.put("description", annotation.description());
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            Field field = field(record, component.getName());
            if (field.isAnnotationPresent(JsonbTransient.class)
                    || component.getAccessor().isAnnotationPresent(JsonbTransient.class)) {
                continue;
            }
            JsonbProperty renamed = field.getAnnotation(JsonbProperty.class);
            String property = renamed == null || renamed.value().isBlank() ? component.getName() : renamed.value();
            Map<String, Object> value = new LinkedHashMap<>(schema(component.getGenericType(), bindings));
            constraints(field, value);
            if (field.isAnnotationPresent(Required.class)) {
                required.add(property);
            }
            properties.put(property, value);
        }
        schema.put("properties", properties);
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        if (annotation != null && !annotation.example().isBlank()) {
            schema.put("example", example(annotation.example(), name, properties.keySet()));
        }
        return name;
    }

    /** The name of a component schema for {@code type}. */
    static String name(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            StringBuilder name = new StringBuilder();
            for (Type argument : parameterized.getActualTypeArguments()) {
                name.append(name(argument));
            }
            return name.append(name(parameterized.getRawType())).toString();
        }
        if (type instanceof Class<?> c) {
            Schema annotation = c.getAnnotation(Schema.class);
            return annotation != null && !annotation.name().isBlank() ? annotation.name() : c.getSimpleName();
        }
        return type.getTypeName();
    }

    /** The project's validation constraints as the schema's; a value that must be given may not be blank. */
    private static void constraints(AnnotatedElement element, Map<String, Object> schema) {
        if (schema.containsKey("$ref")) {
            return;
        }
        if (element.isAnnotationPresent(Required.class) && "string".equals(schema.get("type"))) {
            schema.put("minLength", 1);
        }
        MaxLength maxLength = element.getAnnotation(MaxLength.class);
        if (maxLength != null) {
            schema.put("maxLength", maxLength.max());
        }
        Matches matches = element.getAnnotation(Matches.class);
        if (matches != null) {
            // Bean Validation matches the whole value; an OpenAPI pattern matches anywhere unless anchored.
            schema.put("pattern", "^(?:" + matches.regexp() + ")$");
        }
    }

    /** The example of a schema, given as JSON, checked to name only the schema's properties. */
    private static Object example(String json, String schema, Set<String> properties) {
        JsonValue value;
        try (var reader = Json.createReader(new StringReader(json))) {
            value = reader.readValue();
        } catch (RuntimeException e) {
            throw new IllegalStateException("The example of the schema " + schema + " is not JSON: " + json, e);
        }
        if (value instanceof JsonObject object) {
            for (String key : object.keySet()) {
                if (!properties.contains(key)) {
                    throw new IllegalStateException("The example of the schema " + schema + " names " + key
                            + ", which is not one of its properties " + properties);
                }
            }
        }
        return plain(value);
    }

    /** A JSON value as plain Java values (maps, lists, strings, numbers, booleans, null). */
    static Object plain(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                value.asJsonObject().forEach((key, v) -> map.put(key, plain(v)));
                yield map;
            }
            case ARRAY -> value.asJsonArray().stream().map(JavaSchemas::plain).toList();
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> {
                JsonNumber number = (JsonNumber) value;
                yield number.isIntegral() ? (Object) number.longValueExact() : number.bigDecimalValue();
            }
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
        };
    }

    private static Field field(Class<?> record, String name) {
        try {
            return record.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Type resolve(Type type, Map<TypeVariable<?>, Type> bindings) {
        if (type instanceof TypeVariable<?> variable && bindings.containsKey(variable)) {
            return bindings.get(variable);
        }
        return type;
    }

    private static Map<String, Object> scalar(String type, String format) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", type);
        if (format != null) {
            schema.put("format", format);
        }
        return schema;
    }

    private static Map<String, Object> array(Map<String, Object> items) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "array");
        schema.put("items", items);
        return schema;
    }

    private static Map<String, Object> map(Map<String, Object> values) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("additionalProperties", values.isEmpty() ? Boolean.TRUE : values);
        return schema;
    }

    /** Any JSON value. */
    private static Map<String, Object> any() {
        return new LinkedHashMap<>();
    }
}
