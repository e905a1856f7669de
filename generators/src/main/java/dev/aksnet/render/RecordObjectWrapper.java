package dev.aksnet.render;

import freemarker.template.DefaultListAdapter;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.Version;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The object wrapper for aksnet's view models, which are records: a record is a hash whose keys are its public
 * zero-argument methods (its components, and helpers such as {@code hasRoutes}), read through method handles looked up
 * once per record class. Strings, numbers, booleans, lists and maps are wrapped as {@link DefaultObjectWrapper} wraps
 * them; anything else as beans.
 *
 * <p>Why not FreeMarker's bean wrapper for records: it introspects every class through {@code java.beans} and calls
 * through reflection, the largest cost of a first render and a large part of every render. The price is one rule for
 * templates: a record's method is read as a key ({@code b.hasBody}), never called ({@code b.hasBody()}); a JavaBeans
 * read method ({@code isScalar}, {@code getX}) is read as its property ({@code v.scalar}), as the bean wrapper reads it.
 */
final class RecordObjectWrapper extends DefaultObjectWrapper {
    private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);

    /** Per record class: its keys and their getters. */
    private static final ClassValue<Map<String, MethodHandle>> GETTERS = new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
            Map<String, MethodHandle> getters = new HashMap<>();
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            for (Method m : type.getMethods()) {
                if (m.getParameterCount() != 0 || m.getReturnType() == void.class || Modifier.isStatic(m.getModifiers())
                        || m.getDeclaringClass() == Object.class || m.getDeclaringClass() == Record.class
                        || m.getName().equals("toString") || m.getName().equals("hashCode")) {
                    continue;
                }
                try {
                    m.setAccessible(true); // a public method of a nested record that is not itself public
                    getters.put(m.getName(), lookup.unreflect(m).asType(GETTER));
                } catch (IllegalAccessException | RuntimeException e) {
                    throw new IllegalStateException("view model " + type.getName() + "." + m.getName() + " is not readable", e);
                }
            }
            Map<String, MethodHandle> properties = new HashMap<>();
            getters.forEach((name, getter) -> property(name).ifPresent(p -> properties.put(p, getter)));
            properties.forEach(getters::putIfAbsent); // a method of that very name wins
            return Map.copyOf(getters);
        }
    };

    /** The JavaBeans property a read method names: {@code isScalar} and {@code getScalar} name {@code scalar}. */
    private static java.util.Optional<String> property(String method) {
        int prefix = method.startsWith("is") ? 2 : method.startsWith("get") ? 3 : 0;
        if (prefix == 0 || method.length() == prefix || !Character.isUpperCase(method.charAt(prefix))) {
            return java.util.Optional.empty();
        }
        String name = method.substring(prefix);
        // java.beans.Introspector.decapitalize's rule: URL stays URL, Scalar becomes scalar.
        boolean acronym = name.length() > 1 && Character.isUpperCase(name.charAt(1));
        return java.util.Optional.of(acronym ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1));
    }

    RecordObjectWrapper(Version incompatibleImprovements) {
        super(incompatibleImprovements);
        setUseAdaptersForContainers(true);
    }

    /** The types of view models first: most values are strings, lists, records and booleans. */
    @Override
    public TemplateModel wrap(Object obj) throws TemplateModelException {
        if (obj instanceof String s) {
            return new SimpleScalar(s);
        }
        if (obj instanceof Record record) {
            return new RecordModel(record, GETTERS.get(record.getClass()), this);
        }
        if (obj instanceof List<?> list) {
            return DefaultListAdapter.adapt(list, this);
        }
        if (obj instanceof Boolean b) {
            return b ? TemplateBooleanModel.TRUE : TemplateBooleanModel.FALSE;
        }
        return super.wrap(obj);
    }

    /** A record as a read-only hash. */
    private record RecordModel(Record record, Map<String, MethodHandle> getters, ObjectWrapper wrapper) implements TemplateHashModel {
        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            MethodHandle getter = getters.get(key);
            if (getter == null) {
                return null; // undefined, as FreeMarker reports a missing key
            }
            try {
                return wrapper.wrap((Object) getter.invokeExact((Object) record));
            } catch (TemplateModelException | RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new TemplateModelException(record.getClass().getSimpleName() + "." + key + " failed", e);
            }
        }

        @Override
        public boolean isEmpty() {
            return getters.isEmpty();
        }
    }
}
