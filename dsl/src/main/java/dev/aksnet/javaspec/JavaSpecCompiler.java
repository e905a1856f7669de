package dev.aksnet.javaspec;

import dev.aksnet.dsl.CallSites;
import dev.aksnet.model.CidrSyntax;
import dev.aksnet.model.Cluster;
import dev.aksnet.model.Deployment;
import dev.aksnet.model.VirtualNetwork;
import dev.aksnet.spec.LoadedSpec;
import dev.aksnet.spec.Position;
import dev.aksnet.spec.SourceMap;
import dev.aksnet.validation.Diagnostic;
import dev.aksnet.validation.RuleId;
import dev.aksnet.yaml.SpecReader.Result;
import inet.ipaddr.IPAddress;

import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a Java spec file into a spec: compiles it in memory against the DSL, calls its {@code public static Deployment
 * spec()}, and maps each builder call to the model path it built, so that diagnostics point at the line of the call.
 * Compile errors, a missing {@code spec()} and exceptions thrown by it are diagnostics with the file's line numbers.
 */
public final class JavaSpecCompiler {

    public Result compile(Path file) {
        return compile(file, file.toString());
    }

    /** Compiles {@code file}; diagnostics and the spec name it {@code name}. */
    public Result compile(Path file, String name) {
        String source;
        try {
            source = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return failed(RuleId.SPEC_UNREADABLE, Position.ofFile(name), "spec file " + name + " cannot be read: " + e.getMessage(),
                    "pass the path of a Java spec file");
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            return failed(RuleId.JAVA_SPEC_COMPILE, Position.ofFile(name), "this Java runtime has no compiler",
                    "run aksnet on a JDK (17 or later), not a JRE");
        }
        DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
        Map<String, ByteArrayOutputStream> classes = new LinkedHashMap<>();
        try (StandardJavaFileManager standard = compiler.getStandardFileManager(collector, Locale.ROOT, StandardCharsets.UTF_8);
             JavaFileManager inMemory = new ClassesInMemory(standard, classes)) {
            List<String> options = List.of("-classpath", dslClassPath(), "-proc:none", "-Xlint:none", "-encoding", "UTF-8");
            boolean ok = compiler.getTask(null, inMemory, collector, options, null, List.of(new Source(file, source))).call();
            List<Diagnostic> errors = new ArrayList<>();
            for (javax.tools.Diagnostic<? extends JavaFileObject> d : collector.getDiagnostics()) {
                if (d.getKind() == javax.tools.Diagnostic.Kind.ERROR) {
                    Position at = d.getLineNumber() > 0 ? new Position(name, (int) d.getLineNumber(), (int) d.getColumnNumber())
                            : Position.ofFile(name);
                    errors.add(Diagnostic.of(RuleId.JAVA_SPEC_COMPILE, at, d.getMessage(Locale.ROOT).lines().findFirst().orElse("compile error"),
                            "fix the Java code; the spec compiles against the aksnet DSL (dev.aksnet.model, dev.aksnet.dsl)"));
                }
            }
            if (!ok || !errors.isEmpty()) {
                return new Result(Optional.empty(), errors.isEmpty()
                        ? List.of(Diagnostic.of(RuleId.JAVA_SPEC_COMPILE, Position.ofFile(name), "the Java spec does not compile", "fix the Java code"))
                        : List.copyOf(errors));
            }
        } catch (IOException e) {
            return failed(RuleId.JAVA_SPEC_COMPILE, Position.ofFile(name), "compiling failed: " + e.getMessage(), "try again");
        }
        return run(file, name, classes);
    }

    private Result run(Path file, String name, Map<String, ByteArrayOutputStream> classes) {
        ClassLoader loader = new InMemoryClassLoader(classes, JavaSpecCompiler.class.getClassLoader());
        Method spec = null;
        for (String className : classes.keySet()) {
            try {
                Method m = Class.forName(className, false, loader).getDeclaredMethod("spec");
                if (Modifier.isStatic(m.getModifiers()) && Modifier.isPublic(m.getModifiers()) && m.getReturnType() == Deployment.class) {
                    spec = m;
                    break;
                }
            } catch (ClassNotFoundException | NoSuchMethodException | LinkageError e) {
                // not this class
            }
        }
        if (spec == null) {
            return failed(RuleId.JAVA_SPEC_NO_SPEC_METHOD, Position.ofFile(name), "no class of " + name + " has public static Deployment spec()",
                    "add: public static Deployment spec() { return Deployment.builder()…build(); }");
        }
        Method method = spec;
        method.setAccessible(true);
        CallSites.Recorded<Object> recorded;
        try {
            recorded = CallSites.recording(() -> {
                try {
                    return method.invoke(null);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                } catch (InvocationTargetException e) {
                    throw new SpecFailure(e.getCause());
                }
            });
        } catch (SpecFailure e) {
            Throwable cause = e.getCause();
            Position at = Position.ofFile(name);
            String fileName = file.getFileName().toString();
            for (StackTraceElement frame : cause.getStackTrace()) {
                if (fileName.equals(frame.getFileName()) && frame.getLineNumber() > 0) {
                    at = new Position(name, frame.getLineNumber(), 1);
                    break;
                }
            }
            if (cause instanceof CidrSyntax.InvalidCidrException invalid) {
                // The same rule and words as in YAML, at the string literal of the builder call when it is on that line.
                RuleId rule = invalid.kind() == CidrSyntax.Kind.CIDR ? RuleId.CIDR_INVALID : RuleId.IP_INVALID;
                return failed(rule, literalPosition(file, at, invalid.text()), invalid.getMessage(), invalid.hint());
            }
            return failed(RuleId.JAVA_SPEC_FAILED, at, "spec() failed: " + cause.getMessage(), "fix the builder call at this line");
        }
        if (recorded.value() == null) {
            return failed(RuleId.JAVA_SPEC_FAILED, Position.ofFile(name), "spec() returned null", "return the built Deployment");
        }
        Deployment deployment = (Deployment) recorded.value();
        return new Result(Optional.of(new LoadedSpec(name, deployment, sourceMap(name, deployment, recorded.sites()))), List.of());
    }

    /**
     * A spec built by Java code in this process (the library's {@code Aksnet.of}): its diagnostics point at the lines of
     * the builder calls in {@code build}; an exception it throws is a diagnostic at the first line outside aksnet.
     */
    public static Result fromBuilder(String name, java.util.function.Supplier<Deployment> build) {
        CallSites.Recorded<Deployment> recorded;
        try {
            recorded = CallSites.recording(build);
        } catch (RuntimeException e) {
            Position at = Position.ofFile(name);
            for (StackTraceElement frame : e.getStackTrace()) {
                if (!frame.getClassName().startsWith("dev.aksnet.") && frame.getLineNumber() > 0) {
                    at = new Position(name, frame.getLineNumber(), 1);
                    break;
                }
            }
            if (e instanceof CidrSyntax.InvalidCidrException invalid) {
                return failed(invalid.kind() == CidrSyntax.Kind.CIDR ? RuleId.CIDR_INVALID : RuleId.IP_INVALID, at, invalid.getMessage(), invalid.hint());
            }
            return failed(RuleId.JAVA_SPEC_FAILED, at, "the spec's builder failed: " + e.getMessage(), "fix the builder call at this line");
        }
        if (recorded.value() == null) {
            return failed(RuleId.JAVA_SPEC_FAILED, Position.ofFile(name), "the spec's builder returned null", "return the built Deployment");
        }
        return new Result(Optional.of(new LoadedSpec(name, recorded.value(), sourceMap(name, recorded.value(), recorded.sites()))), List.of());
    }

    /** Model paths to the lines that built them: what a YAML reader records for nodes, a Java spec has for calls. */
    static SourceMap sourceMap(String name, Deployment d, Map<Object, StackTraceElement> sites) {
        SourceMap map = new SourceMap(name);
        put(map, "", d, sites);
        for (int i = 0; i < d.connectedNetworks().size(); i++) {
            put(map, "connectedNetworks[" + i + "]", d.connectedNetworks().get(i), sites);
        }
        for (int v = 0; v < d.virtualNetworks().size(); v++) {
            VirtualNetwork vnet = d.virtualNetworks().get(v);
            put(map, "virtualNetworks[" + v + "]", vnet, sites);
            for (int s = 0; s < vnet.subnets().size(); s++) {
                put(map, "virtualNetworks[" + v + "].subnets[" + s + "]", vnet.subnets().get(s), sites);
            }
            for (int p = 0; p < vnet.peerings().size(); p++) {
                put(map, "virtualNetworks[" + v + "].peerings[" + p + "]", vnet.peerings().get(p), sites);
            }
        }
        for (int n = 0; n < d.natGateways().size(); n++) {
            put(map, "natGateways[" + n + "]", d.natGateways().get(n), sites);
        }
        for (int n = 0; n < d.networkSecurityGroups().size(); n++) {
            var nsg = d.networkSecurityGroups().get(n);
            put(map, "networkSecurityGroups[" + n + "]", nsg, sites);
            for (int r = 0; r < nsg.rules().size(); r++) {
                put(map, "networkSecurityGroups[" + n + "].rules[" + r + "]", nsg.rules().get(r), sites);
            }
        }
        for (int t = 0; t < d.routeTables().size(); t++) {
            var rt = d.routeTables().get(t);
            put(map, "routeTables[" + t + "]", rt, sites);
            for (int r = 0; r < rt.routes().size(); r++) {
                put(map, "routeTables[" + t + "].routes[" + r + "]", rt.routes().get(r), sites);
            }
        }
        for (int z = 0; z < d.privateDnsZones().size(); z++) {
            put(map, "privateDnsZones[" + z + "]", d.privateDnsZones().get(z), sites);
        }
        for (int c = 0; c < d.clusters().size(); c++) {
            Cluster cluster = d.clusters().get(c);
            put(map, "clusters[" + c + "]", cluster, sites);
            put(map, "clusters[" + c + "].network", cluster.network(), sites);
            if (cluster.ingress() != null) {
                put(map, "clusters[" + c + "].ingress", cluster.ingress(), sites);
            }
            if (cluster.apiServer() != null) {
                put(map, "clusters[" + c + "].apiServer", cluster.apiServer(), sites);
            }
            for (int p = 0; p < cluster.nodePools().size(); p++) {
                put(map, "clusters[" + c + "].nodePools[" + p + "]", cluster.nodePools().get(p), sites);
            }
        }
        return map;
    }

    private static void put(SourceMap map, String path, Object built, Map<Object, StackTraceElement> sites) {
        StackTraceElement site = sites.get(built);
        if (site != null && site.getLineNumber() > 0) {
            map.putValue(path, site.getLineNumber(), 1);
        }
    }

    /** The column of {@code "value"} on the line of {@code at}, when it is written there as a plain literal; else {@code at}. */
    private static Position literalPosition(Path file, Position at, String value) {
        if (at.line() <= 0) {
            return at;
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (at.line() > lines.size()) {
                return at;
            }
            int column = lines.get(at.line() - 1).indexOf('"' + value + '"');
            return column < 0 ? at : new Position(at.file(), at.line(), column + 1);
        } catch (IOException | RuntimeException e) {
            return at;
        }
    }

    private static Result failed(RuleId rule, Position at, String message, String hint) {
        return new Result(Optional.empty(), List.of(Diagnostic.of(rule, at, message, hint)));
    }

    /**
     * The class path a Java spec compiles against: wherever the DSL and the IPAddress library were loaded from (one
     * jar in the CLI, class folders and jars in a build).
     */
    static String dslClassPath() {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> type : List.of(Deployment.class, CallSites.class, IPAddress.class)) {
            try {
                entries.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
            } catch (URISyntaxException | NullPointerException e) {
                // fall back to the JVM's class path below
            }
        }
        entries.add(System.getProperty("java.class.path"));
        return String.join(File.pathSeparator, entries);
    }

    /** A spec's exception, carried out of the recording. */
    private static final class SpecFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SpecFailure(Throwable cause) {
            super(cause);
        }
    }

    private static final class Source extends SimpleJavaFileObject {
        private final String text;

        Source(Path file, String text) {
            super(file.toUri(), Kind.SOURCE);
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }

    /** Keeps compiled classes in memory: a Java spec never writes class files. */
    private static final class ClassesInMemory extends ForwardingJavaFileManager<StandardJavaFileManager> {
        private final Map<String, ByteArrayOutputStream> classes;

        ClassesInMemory(StandardJavaFileManager standard, Map<String, ByteArrayOutputStream> classes) {
            super(standard);
            this.classes = classes;
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
            return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
                @Override
                public OutputStream openOutputStream() {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    classes.put(className, bytes);
                    return bytes;
                }
            };
        }
    }

    private static final class InMemoryClassLoader extends ClassLoader {
        private final Map<String, ByteArrayOutputStream> classes;

        InMemoryClassLoader(Map<String, ByteArrayOutputStream> classes, ClassLoader parent) {
            super(parent);
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            ByteArrayOutputStream bytes = classes.get(name);
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            byte[] b = bytes.toByteArray();
            return defineClass(name, b, 0, b.length);
        }
    }
}
