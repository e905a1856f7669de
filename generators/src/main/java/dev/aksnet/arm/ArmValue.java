package dev.aksnet.arm;

import java.util.ArrayList;
import java.util.List;

/**
 * A value of an ARM request body, its literals and references already spelt for one target (a Bicep or HCL
 * expression). Bicep and azapi both write request bodies; this is the shape they share, printed by each target's
 * template.
 */
public sealed interface ArmValue {
    /** A finished expression: a quoted literal, a number, a boolean or a reference. */
    record Scalar(String expression) implements ArmValue {
    }

    /** An object; its entries in print order. */
    record ArmObject(List<Entry> entries) implements ArmValue {
        public ArmObject {
            entries = List.copyOf(entries);
        }

        public boolean isEmpty() {
            return entries.isEmpty();
        }
    }

    /** An array. */
    record ArmArray(List<ArmValue> items) implements ArmValue {
        public ArmArray {
            items = List.copyOf(items);
        }
    }

    /** {@code key: value}. */
    record Entry(String key, ArmValue value) {
    }

    /** Whether the template prints it on the key's line: scalars, and arrays of scalars. */
    default boolean isScalar() {
        return this instanceof Scalar;
    }

    default boolean isObject() {
        return this instanceof ArmObject;
    }

    default boolean isArray() {
        return this instanceof ArmArray;
    }

    /** An array whose items are all scalars (HCL prints it on one line). */
    default boolean isScalarArray() {
        return this instanceof ArmArray a && a.items().stream().allMatch(ArmValue::isScalar);
    }

    /** Builds an object entry by entry, leaving out what is absent. */
    final class ObjectBuilder {
        private final List<Entry> entries = new ArrayList<>();

        public ObjectBuilder put(String key, ArmValue value) {
            entries.add(new Entry(key, value));
            return this;
        }

        public ObjectBuilder scalar(String key, String expression) {
            return put(key, new Scalar(expression));
        }

        /** Adds the object unless it is empty. */
        public ObjectBuilder putIfNotEmpty(String key, ArmObject value) {
            return value.isEmpty() ? this : put(key, value);
        }

        public ArmObject build() {
            return new ArmObject(entries);
        }
    }

    static ObjectBuilder object() {
        return new ObjectBuilder();
    }

    static ArmArray array(List<? extends ArmValue> items) {
        return new ArmArray(List.copyOf(items));
    }
}
