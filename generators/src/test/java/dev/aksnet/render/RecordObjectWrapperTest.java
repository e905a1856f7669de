package dev.aksnet.render;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** How templates see a view-model record through {@link RecordObjectWrapper}. */
class RecordObjectWrapperTest {
    /** Not public, like many nested view records: its public methods are still read. */
    record Inner(boolean on) {
    }

    record View(String name, List<String> tags, Inner inner) {
        public String loud() {
            return name.toUpperCase(java.util.Locale.ROOT);
        }

        /** A JavaBeans read method: read as {@code short}, as the bean wrapper reads it. */
        public boolean isShort() {
            return name.length() < 5;
        }

        public String getURL() {
            return "https://" + name;
        }
    }

    @Test
    void componentsHelpersAndBeanPropertiesAreKeysAndAMissingKeyIsUndefined() {
        String text = new TemplateRenderer().render("test/record.ftl", new View("pool", List.of("a", "b"), new Inner(true)));
        assertEquals("pool|POOL|2|a,b|true|undefined|true|https://pool\n", text);
    }

    @Test
    void aHelperCalledLikeAMethodIsATemplateError() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new TemplateRenderer().render("test/record-call.ftl", new View("pool", List.of(), new Inner(false))));
        assertEquals(true, e.getMessage().contains("test/record-call.ftl"), e.getMessage());
    }
}
