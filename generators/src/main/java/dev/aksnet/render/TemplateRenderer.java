package dev.aksnet.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.core.PlainTextOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import java.io.IOException;
import java.io.StringWriter;
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
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        c.setTemplateLoader(new ClassTemplateLoader(TemplateRenderer.class, "/templates"));
        c.setDefaultEncoding("UTF-8");
        c.setOutputFormat(PlainTextOutputFormat.INSTANCE);
        c.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
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

    /** Renders {@code templates/<name>} with the view model under the key {@code view}. */
    public String render(String name, Object view) {
        try {
            Template template = configuration.getTemplate(name);
            StringWriter out = new StringWriter();
            template.process(Map.of("view", view), out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("template " + name + " could not be loaded", e);
        } catch (TemplateException e) {
            // A template that fails on a valid view model is a bug in aksnet, not a user mistake.
            throw new IllegalStateException("template " + name + " failed: " + e.getMessage(), e);
        }
    }
}
