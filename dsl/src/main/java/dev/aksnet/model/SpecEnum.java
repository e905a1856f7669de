package dev.aksnet.model;

/** An enum whose constants are written in specs under a fixed name (the YAML spelling). */
public interface SpecEnum {
    /** The spelling used in YAML specs. */
    String specName();

    /** The constant of {@code type} spelled {@code name} in specs, or null. */
    static <E extends Enum<E> & SpecEnum> E fromSpecName(Class<E> type, String name) {
        for (E e : type.getEnumConstants()) {
            if (e.specName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    /** All spellings of {@code type}, in declaration order, for messages and hints. */
    static <E extends Enum<E> & SpecEnum> java.util.List<String> specNames(Class<E> type) {
        return java.util.Arrays.stream(type.getEnumConstants()).map(SpecEnum::specName).toList();
    }
}
