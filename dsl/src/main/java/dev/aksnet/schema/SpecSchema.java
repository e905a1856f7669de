package dev.aksnet.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aksnet.model.Deployment;
import dev.aksnet.validation.rules.NameRules;
import dev.aksnet.yaml.SpecFormat;
import dev.aksnet.yaml.SpecFormat.Field;
import dev.aksnet.yaml.SpecFormat.ObjectType;

/**
 * The JSON Schema (draft 2020-12) of the YAML spec, generated from {@link SpecFormat}, the same description the reader
 * takes its keys from, so that an editor completes and checks exactly what aksnet accepts. Semantic rules (overlaps,
 * capacity, plugin combinations) stay with the validator; the schema carries their ids in its descriptions.
 */
public final class SpecSchema {
    private SpecSchema() {
    }

    public static final String ID = "urn:aksnet:spec:v1";
    static final String CIDR_PATTERN = "^[0-9]{1,3}(\\.[0-9]{1,3}){3}/[0-9]{1,2}$";
    static final String IP_PATTERN = "^[0-9]{1,3}(\\.[0-9]{1,3}){3}$";
    /** IPv6 in the form CidrSyntax accepts (lower-case hexadecimal groups and '::'); the reader checks the rest. */
    static final String CIDR6_PATTERN = "^[0-9a-f:]*:[0-9a-f:]*/[0-9]{1,3}$";
    static final String IP6_PATTERN = "^[0-9a-f:]*:[0-9a-f:]*$";
    static final String SUBNET_REF_PATTERN = "^[^/]+(/[^/]+)?$";

    /** The schema as pretty-printed JSON with a final newline, byte-for-byte stable. */
    public static String json() {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        try {
            return mapper.writeValueAsString(build(mapper)).replace("\r\n", "\n") + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the schema is plain data and always serializes", e);
        }
    }

    static ObjectNode build(ObjectMapper mapper) {
        ObjectNode root = mapper.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", ID);
        root.put("title", "aksnet spec");
        root.put("description", SpecFormat.DEPLOYMENT.description() + " Rule ids in descriptions refer to docs/network-rules.md.");
        root.put("$ref", "#/$defs/" + SpecFormat.DEPLOYMENT.name());
        ObjectNode defs = root.putObject("$defs");
        for (ObjectType type : SpecFormat.ALL) {
            defs.set(type.name(), object(mapper, type));
        }
        return root;
    }

    private static ObjectNode object(ObjectMapper mapper, ObjectType type) {
        ObjectNode o = mapper.createObjectNode();
        o.put("type", "object");
        o.put("description", type.description());
        o.put("additionalProperties", false);
        ArrayNode required = o.putArray("required");
        type.fields().stream().filter(Field::required).forEach(f -> required.add(f.name()));
        ObjectNode properties = o.putObject("properties");
        for (Field f : type.fields()) {
            properties.set(f.name(), field(mapper, f));
        }
        if (!type.exactlyOneOf().isEmpty()) {
            ArrayNode oneOf = o.putArray("oneOf");
            type.exactlyOneOf().forEach(name -> oneOf.addObject().putArray("required").add(name));
        }
        return o;
    }

    private static ObjectNode field(ObjectMapper mapper, Field f) {
        ObjectNode p = mapper.createObjectNode();
        p.put("description", f.description());
        switch (f.kind()) {
            case STRING -> {
                p.put("type", "string");
                if (f.name().equals("apiVersion")) {
                    p.putArray("enum").add(Deployment.API_VERSION);
                }
                if (f.pattern() != null) {
                    p.put("pattern", "^(?:" + f.pattern() + ")$");
                }
            }
            case INTEGER -> p.put("type", "integer");
            case BOOLEAN -> p.put("type", "boolean");
            case CIDR -> p.put("type", "string").put("pattern", CIDR_PATTERN);
            case IP_ADDRESS -> p.put("type", "string").put("pattern", IP_PATTERN);
            case SUBNET_REF -> p.put("type", "string").put("pattern", SUBNET_REF_PATTERN);
            case ENUM -> {
                p.put("type", "string");
                ArrayNode values = p.putArray("enum");
                f.enumValues().forEach(values::add);
            }
            case OBJECT -> p.put("$ref", "#/$defs/" + f.object());
            case OBJECT_LIST -> {
                p.put("type", "array");
                p.putObject("items").put("$ref", "#/$defs/" + f.object());
            }
            case CIDR_LIST -> {
                p.put("type", "array");
                p.put("minItems", 1);
                p.putObject("items").put("type", "string").put("pattern", CIDR_PATTERN);
            }
            case SERVICE_ENDPOINT_LIST -> {
                p.put("type", "array");
                p.put("uniqueItems", true);
                p.putObject("items").put("type", "string").put("pattern", "^Microsoft\\.[A-Za-z.]+$");
            }
            case ZONE_LIST -> {
                p.put("type", "array");
                p.put("uniqueItems", true);
                p.putObject("items").put("type", "integer").put("minimum", 1).put("maximum", 3);
            }
            case RESOURCE_ID_LIST -> {
                p.put("type", "array");
                p.put("uniqueItems", true);
                p.putObject("items").put("type", "string").put("pattern", "^/subscriptions/");
            }
            case ANY_CIDR -> p.put("type", "string").put("pattern", "(" + CIDR_PATTERN + ")|(" + CIDR6_PATTERN + ")");
            case ANY_IP_ADDRESS -> p.put("type", "string").put("pattern", "(" + IP_PATTERN + ")|(" + IP6_PATTERN + ")");
            case ANY_CIDR_LIST -> {
                p.put("type", "array");
                p.put("minItems", 1);
                p.putObject("items").put("type", "string").put("pattern", "(" + CIDR_PATTERN + ")|(" + CIDR6_PATTERN + ")");
            }
            case ENUM_LIST -> {
                p.put("type", "array");
                p.put("minItems", 1);
                ArrayNode values = p.putObject("items").put("type", "string").putArray("enum");
                f.enumValues().forEach(values::add);
            }
            case IP_ADDRESS_LIST -> {
                p.put("type", "array");
                p.put("uniqueItems", true);
                p.putObject("items").put("type", "string").put("pattern", IP_PATTERN);
            }
            case PORTS -> {
                ArrayNode oneOf = p.putArray("oneOf");
                oneOf.addObject().put("type", "string");
                oneOf.addObject().put("type", "integer").put("minimum", 0).put("maximum", 65535);
                ObjectNode list = oneOf.addObject().put("type", "array").put("minItems", 1);
                ArrayNode item = list.putObject("items").putArray("oneOf");
                item.addObject().put("type", "string");
                item.addObject().put("type", "integer").put("minimum", 0).put("maximum", 65535);
            }
            case COUNT_OR_PERCENT -> {
                ArrayNode oneOf = p.putArray("oneOf");
                oneOf.addObject().put("type", "integer").put("minimum", 1);
                oneOf.addObject().put("type", "string").put("pattern", "^[0-9]{1,6}%?$");
            }
            case STRING_LIST -> {
                p.put("type", "array");
                p.put("uniqueItems", true);
                p.putObject("items").put("type", "string");
            }
            case STRING_MAP -> {
                p.put("type", "object");
                p.put("maxProperties", NameRules.TAGS_MAX);
                p.putObject("propertyNames").put("maxLength", NameRules.TAG_NAME_MAX).put("pattern", "^[^<>%&\\\\?/]+$");
                p.putObject("additionalProperties").put("type", "string").put("maxLength", NameRules.TAG_VALUE_MAX);
            }
        }
        return p;
    }
}
