package dev.aksnet.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.core.PlainTextOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import java.io.IOException;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * FreeMarker, configured once and passed to the generators. Templates live in the {@code templates} module under
 * {@code /templates/<target>/}. The view models hand them finished, escaped strings; templates loop and print.
 */
public final class TemplateRenderer {
    private final Configuration configuration;

    public TemplateRenderer() {
        this(new RecordObjectWrapper(Configuration.VERSION_2_3_34));
    }

    /**
     * The same configuration with FreeMarker's own bean wrapper instead of {@link RecordObjectWrapper}: what the
     * benchmarks compare the record wrapper with. Renders the same text.
     */
    public static TemplateRenderer withBeansWrapper() {
        return new TemplateRenderer(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
    }

    private TemplateRenderer(ObjectWrapper wrapper) {
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        c.setTemplateLoader(new ClassTemplateLoader(TemplateRenderer.class, "/templates"));
        c.setDefaultEncoding("UTF-8");
        c.setOutputFormat(PlainTextOutputFormat.INSTANCE);
        c.setObjectWrapper(wrapper);
        // Templates are resources of the jar: look each up once, by its exact name, and never ask again whether it changed.
        c.setLocalizedLookup(false);
        c.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        // Deterministic output: no locale- or zone-dependent formatting can leak in.
        c.setLocale(Locale.ROOT);
        c.setTimeZone(TimeZone.getTimeZone("UTC"));
        c.setNumberFormat("computer");
        c.setBooleanFormat("c");
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        c.setAPIBuiltinEnabled(false);
        c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        this.configuration = c;
    }

    /** A writer into a string builder: {@link java.io.StringWriter} locks on every one of a render's many small writes. */
    private static final class TextWriter extends Writer {
        final StringBuilder text = new StringBuilder(8192);

        @Override
        public void write(char[] chars, int offset, int length) {
            text.append(chars, offset, length);
        }

        @Override
        public void write(String s, int offset, int length) {
            text.append(s, offset, offset + length);
        }

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public Writer append(CharSequence s) {
            text.append(s);
            return this;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    /** Renders {@code templates/<name>} with the view model under the key {@code view}. */
    public String render(String name, Object view) {
        try {
            Template template = configuration.getTemplate(name);
            TextWriter out = new TextWriter();
            template.process(Map.of("view", view), out);
            return out.text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("template " + name + " could not be loaded", e);
        } catch (TemplateException e) {
            // A template that fails on a valid view model is a bug in aksnet, not a user mistake.
            throw new IllegalStateException("template " + name + " failed: " + e.getMessage(), e);
        }
    }
}
