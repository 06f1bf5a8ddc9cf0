package org.plaza.devstack.service;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarFile;

import org.plaza.devstack.process.PartExits;

/**
 * The {@code --jvms shared} host: the services in this one JVM, each in a class loader of its own.
 * <p>
 * One shared loader (parent: the platform loader, so nothing of the devstack's own class path shows) holds every
 * library some service has, each artifact in the version most services have. A service's loader has its own jar and
 * the libraries it keeps to itself (another version), and takes from the shared loader only classes of packages its
 * own libraries have and resources of its own libraries ({@link SharedView}), so that its auto-configuration finds
 * what it would find in its own JVM. Resources come from its own jar first, as in the Boot jar.
 * <p>
 * Each service starts on a thread of its own with its loader as context class loader, through its own
 * {@code SpringApplication}: same arguments, and the variables the launcher gives it in separate mode as a property
 * source of its own just before the JVM's environment (same precedence). Standard output and error are routed by the
 * writing thread's context class loader: logging from a service's threads (its start thread, Kafka consumers,
 * schedulers, request processing) goes to its own log file, the rest to this process's log. A service that does not
 * start, or whose context closes while the JVM runs on, is recorded for the launcher ({@link PartExits}), which
 * reports it; the others run on. This class uses only the JDK and the devstack's own classes, so the services do not
 * see it; it talks to Spring by reflection.
 */
public final class SharedJvmMain {

    static final String SERVICES = "services";
    static final String SHARED_LIBS = "shared.libs";
    static final String VISIBLE = "visible";
    static final String ARGS = "args";
    static final String EXITS = "exits";
    private static final String LOADER_PREFIX = "plaza-service:";
    /** Boot maps relaxed names (SPRING_KAFKA_BOOTSTRAP_SERVERS) for sources named so. */
    private static final String SERVICE_ENVIRONMENT = "plaza-service-systemEnvironment";
    /** {@code LoggingApplicationListener.DEFAULT_ORDER}: {@code Ordered.HIGHEST_PRECEDENCE + 20}. */
    private static final int LOGGING_ORDER = Integer.MIN_VALUE + 20;
    private static final java.util.concurrent.locks.ReentrantLock LOGGING_INITIALIZATION =
            new java.util.concurrent.locks.ReentrantLock();

    private SharedJvmMain() {
    }

    public static void main(String[] args) throws Exception {
        Properties spec = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            spec.load(in);
        }
        RoutedOutput routed = new RoutedOutput(System.out);
        System.setOut(new PrintStream(routed, true));
        System.setErr(new PrintStream(routed, true));
        List<Thread> starts = new ArrayList<>();
        for (Map.Entry<String, ServiceClassLoader> service : loaders(spec).entrySet()) {
            String name = service.getKey();
            ServiceClassLoader loader = service.getValue();
            routed.route(loader, Path.of(spec.getProperty(name + ".log")));
            Map<String, Object> environment = new HashMap<>();
            String prefix = name + ".env.";
            spec.stringPropertyNames().stream().filter(key -> key.startsWith(prefix))
                    .forEach(key -> environment.put(key.substring(prefix.length()), spec.getProperty(key)));
            String[] serviceArgs = spec.getProperty(name + "." + ARGS, "").split(" ");
            Path exits = Path.of(spec.getProperty(EXITS));
            Thread start = new Thread(() -> {
                RoutedOutput.OWNER.set(loader);
                run(name, loader, environment, serviceArgs, exits);
            }, "main-" + name);
            start.setContextClassLoader(loader);
            starts.add(start);
        }
        starts.forEach(Thread::start);
        for (Thread start : starts) {
            start.join();
        }
    }

    /** Each service's class loader, in the order of the spec, over one shared loader. */
    static Map<String, ServiceClassLoader> loaders(Properties spec) throws IOException {
        URL[] sharedUrls = urls(spec.getProperty(SHARED_LIBS));
        SharedLoader shared = new SharedLoader(sharedUrls);
        Map<String, Set<String>> jarsByPackage = jarsByPackage(sharedUrls);
        Set<String> sharedNames = new java.util.HashSet<>();
        for (URL url : sharedUrls) {
            sharedNames.add(fileName(url.getPath()));
        }
        Map<String, ServiceClassLoader> loaders = new java.util.LinkedHashMap<>();
        for (String name : spec.getProperty(SERVICES).split(",")) {
            Set<String> visible = Set.of(spec.getProperty(name + "." + VISIBLE, "").split(","));
            loaders.put(name, new ServiceClassLoader(name, urls(spec.getProperty(name + ".classpath")), shared,
                    new SharedView(visible, sharedNames, jarsByPackage)));
        }
        return loaders;
    }

    /**
     * Starts one service as its own {@code SpringApplication}. When it does not start, or its context closes later
     * while the JVM runs on, it is recorded in {@code exits} (the launcher reports it); the other services run on.
     */
    private static void run(String name, ServiceClassLoader loader, Map<String, Object> environment, String[] args,
                            Path exits) {
        java.util.concurrent.atomic.AtomicBoolean started = new java.util.concurrent.atomic.AtomicBoolean();
        try {
            Class<?> mainClass = loader.loadClass(loader.startClass());
            Class<?> applicationType = loader.loadClass("org.springframework.boot.SpringApplication");
            Object application = applicationType.getConstructor(Class[].class)
                    .newInstance((Object) new Class<?>[] {mainClass});
            Class<?> webType = loader.loadClass("org.springframework.boot.WebApplicationType");
            Class<?> factoryType = loader.loadClass("org.springframework.boot.ApplicationContextFactory");
            Object factory = factoryType.getField("DEFAULT").get(null);
            Object env = factoryType.getMethod("createEnvironment", webType)
                    .invoke(factory, webType.getField("SERVLET").get(null));
            // Its own variables as a source of their own, just before the JVM's: a binder's child context (Spring Cloud
            // Stream) merges its parent's sources by name, and would keep its own systemEnvironment instead.
            Class<?> sourceType = loader.loadClass("org.springframework.core.env.SystemEnvironmentPropertySource");
            Object serviceEnvironment = sourceType.getConstructor(String.class, Map.class)
                    .newInstance(SERVICE_ENVIRONMENT, environment);
            Object sources = env.getClass().getMethod("getPropertySources").invoke(env);
            Class<?> propertySourceType = loader.loadClass("org.springframework.core.env.PropertySource");
            sources.getClass().getMethod("addBefore", String.class, propertySourceType)
                    .invoke(sources, "systemEnvironment", serviceEnvironment);
            Class<?> configurableEnv = loader.loadClass("org.springframework.core.env.ConfigurableEnvironment");
            applicationType.getMethod("setEnvironment", configurableEnv).invoke(application, env);
            // Without a resource loader, Boot finds EnvironmentPostProcessors with SpringFactoriesLoader's own loader,
            // the shared one, and caches them there for every service.
            Object resourceLoader = loader.loadClass("org.springframework.core.io.DefaultResourceLoader")
                    .getConstructor(ClassLoader.class).newInstance(loader);
            applicationType.getMethod("setResourceLoader", loader.loadClass("org.springframework.core.io.ResourceLoader"))
                    .invoke(application, resourceLoader);
            Class<?> listenerType = loader.loadClass("org.springframework.context.ApplicationListener");
            Object listeners = java.lang.reflect.Array.newInstance(listenerType, 3);
            java.lang.reflect.Array.set(listeners, 0, loggingGate(loader, listenerType, LOGGING_ORDER - 1, true));
            java.lang.reflect.Array.set(listeners, 1, loggingGate(loader, listenerType, LOGGING_ORDER + 1, false));
            java.lang.reflect.Array.set(listeners, 2, closeWatch(loader, listenerType, () -> {
                if (started.get() && !shuttingDown()) {
                    PartExits.record(exits, name, "its application context closed");
                }
            }));
            applicationType.getMethod("addListeners", listeners.getClass()).invoke(application, listeners);
            Method run = applicationType.getMethod("run", String[].class);
            run.invoke(application, (Object) args);
            started.set(true);
        } catch (InvocationTargetException e) {
            e.getCause().printStackTrace();
            PartExits.record(exits, name, "did not start: " + rootCause(e.getCause()));
        } catch (ReflectiveOperationException | IOException | RuntimeException e) {
            System.err.println(name + " did not start: " + e);
            e.printStackTrace();
            PartExits.record(exits, name, "did not start: " + rootCause(e));
        }
    }

    private static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.toString();
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    /** Whether the JVM is shutting down (then every context closes, and that is no service's failure). */
    static boolean shuttingDown() {
        Thread probe = new Thread(() -> { });
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException shutdownInProgress) {
            return true;
        }
    }

    /** A listener that runs {@code onClose} when the service's own context closes (not a binder's child context). */
    private static Object closeWatch(ClassLoader loader, Class<?> listenerType, Runnable onClose) {
        return listener(loader, new Class<?>[] {listenerType}, "close watch", null, event -> {
            if (event.getClass().getSimpleName().equals("ContextClosedEvent")) {
                Object context = event.getClass().getMethod("getApplicationContext").invoke(event);
                if (context.getClass().getMethod("getParent").invoke(context) == null) {
                    onClose.run();
                }
            }
        });
    }

    /** An {@code ApplicationListener} of the service's Spring, by proxy: {@code order} for {@code Ordered}, if given. */
    private static Object listener(ClassLoader loader, Class<?>[] types, String description, Integer order,
                                   EventHandler onEvent) {
        return Proxy.newProxyInstance(loader, types, (proxy, method, args) -> {
            switch (method.getName()) {
                case "getOrder":
                    return order;
                case "onApplicationEvent":
                    onEvent.handle(args[0]);
                    return null;
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "equals":
                    return proxy == args[0];
                case "toString":
                    return description;
                default:
                    return method.isDefault() ? InvocationHandler.invokeDefault(proxy, method, args) : null;
            }
        });
    }

    private interface EventHandler {
        void handle(Object event) throws ReflectiveOperationException;
    }

    /**
     * A listener just before or just after Boot's {@code LoggingApplicationListener}: the JVM has one Logback context,
     * which the first service configures and the others find configured; services starting at the same time would
     * each see it unconfigured and each add their console appender (every line then written once per service).
     */
    private static Object loggingGate(ClassLoader loader, Class<?> listenerType, int order, boolean enter)
            throws ClassNotFoundException {
        Class<?> orderedType = loader.loadClass("org.springframework.core.Ordered");
        return listener(loader, new Class<?>[] {listenerType, orderedType}, "logging gate " + order, order, event -> {
            String type = event.getClass().getSimpleName();
            if (enter && type.equals("ApplicationEnvironmentPreparedEvent")) {
                LOGGING_INITIALIZATION.lock();
            } else if (LOGGING_INITIALIZATION.isHeldByCurrentThread()
                    && (type.equals("ApplicationEnvironmentPreparedEvent") || type.equals("ApplicationFailedEvent"))) {
                LOGGING_INITIALIZATION.unlock();
            }
        });
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static URL[] urls(String paths) throws IOException {
        List<URL> urls = new ArrayList<>();
        if (paths != null && !paths.isBlank()) {
            for (String path : paths.split(java.io.File.pathSeparator)) {
                urls.add(Path.of(path).toUri().toURL());
            }
        }
        return urls.toArray(URL[]::new);
    }

    /** Package name → the shared jars (file names) with classes in it, to tell which jar a class would come from. */
    private static Map<String, Set<String>> jarsByPackage(URL[] jars) throws IOException {
        Map<String, Set<String>> packages = new HashMap<>();
        for (URL url : jars) {
            String name = fileName(url.getPath());
            try (JarFile jar = new JarFile(Path.of(java.net.URI.create(url.toString())).toFile())) {
                jar.stream().map(java.util.zip.ZipEntry::getName).filter(entry -> entry.endsWith(".class"))
                        .map(entry -> entry.lastIndexOf('/') < 0 ? "" : entry.substring(0, entry.lastIndexOf('/')))
                        .distinct().forEach(pkg -> packages.computeIfAbsent(pkg, p -> new java.util.HashSet<>()).add(name));
            }
        }
        return packages;
    }

    /**
     * What one service may take from the shared loader: classes of packages that one of its own libraries has, and
     * resources of its own libraries.
     */
    record SharedView(Set<String> visible, Set<String> sharedNames, Map<String, Set<String>> jarsByPackage) {

        boolean seesClass(String className) {
            int dot = className.lastIndexOf('.');
            String pkg = dot < 0 ? "" : className.substring(0, dot).replace('.', '/');
            Set<String> jars = jarsByPackage.get(pkg);
            return jars != null && jars.stream().anyMatch(visible::contains);
        }

        boolean seesResource(URL url) {
            String jar = jarOf(url);
            return jar == null || visible.contains(jar);
        }

        /**
         * A resource of a service's own copy of a library it takes from the shared loader (its jar's manifest
         * Class-Path names them all). A copy of the same name that differs from the shared one (a snapshot built at
         * another time) is the service's own, and so are its resources.
         */
        boolean isSharedCopy(URL url) {
            String jar = jarOf(url);
            return jar != null && sharedNames.contains(jar) && visible.contains(jar);
        }

        private static String jarOf(URL url) {
            String path = url.getPath();
            int end = path.indexOf("!/");
            return end > 0 ? fileName(path.substring(0, end)) : null;
        }
    }

    /**
     * Every shared library. Asked for resources on a service's thread (Spring looks up {@code spring.factories} in
     * its own loader when it has none given), it answers only those of that service's libraries.
     */
    static final class SharedLoader extends URLClassLoader {

        static {
            registerAsParallelCapable();
        }

        SharedLoader(URL[] urls) {
            super("plaza-shared-libs", urls, ClassLoader.getPlatformClassLoader());
        }

        @Override
        public URL getResource(String name) {
            try {
                Enumeration<URL> all = getResources(name);
                return all.hasMoreElements() ? all.nextElement() : null;
            } catch (IOException e) {
                return null;
            }
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            Enumeration<URL> all = super.getResources(name);
            for (ClassLoader loader = Thread.currentThread().getContextClassLoader(); loader != null;
                    loader = loader.getParent()) {
                if (loader instanceof ServiceClassLoader service) {
                    return Collections.enumeration(Collections.list(all).stream()
                            .filter(service.view::seesResource).toList());
                }
            }
            return all;
        }
    }

    /**
     * One service's classes: the JDK's, then those of the shared libraries the service has itself, then its own jar
     * and the libraries it keeps to itself. Resources come from its own jar first (as in the Boot jar, where the
     * application's classes come first), then from the shared libraries it has.
     */
    static final class ServiceClassLoader extends URLClassLoader {

        static {
            registerAsParallelCapable();
        }

        private final ClassLoader shared;
        private final SharedView view;

        ServiceClassLoader(String service, URL[] urls, ClassLoader shared, SharedView view) {
            super(LOADER_PREFIX + service, urls, ClassLoader.getPlatformClassLoader());
            this.shared = shared;
            this.view = view;
        }

        String startClass() throws IOException {
            try (JarFile jar = new JarFile(Path.of(java.net.URI.create(getURLs()[0].toString())).toFile())) {
                String start = jar.getManifest().getMainAttributes().getValue("Start-Class");
                return start != null ? start : jar.getManifest().getMainAttributes().getValue("Main-Class");
            }
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    try {
                        loaded = getParent().loadClass(name);
                    } catch (ClassNotFoundException notJdk) {
                        loaded = view.seesClass(name) ? sharedOrOwn(name) : findClass(name);
                    }
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }

        private Class<?> sharedOrOwn(String name) throws ClassNotFoundException {
            try {
                return shared.loadClass(name);
            } catch (ClassNotFoundException notShared) {
                return findClass(name);
            }
        }

        @Override
        public URL getResource(String name) {
            URL own = findResource(name);
            if (own != null && !view.isSharedCopy(own)) {
                return own;
            }
            URL jdk = getParent().getResource(name);
            if (jdk != null) {
                return jdk;
            }
            try {
                return Collections.list(shared.getResources(name)).stream().filter(view::seesResource)
                        .findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            List<URL> all = new ArrayList<>(Collections.list(findResources(name)).stream()
                    .filter(url -> !view.isSharedCopy(url)).toList());
            all.addAll(Collections.list(getParent().getResources(name)));
            all.addAll(Collections.list(shared.getResources(name)).stream().filter(view::seesResource).toList());
            return Collections.enumeration(all);
        }
    }

    /**
     * Sends each write to the log of the service whose loader is the writing thread's context class loader, else to
     * that of the service whose thread created the writing one (a library may run with its own class loader as context,
     * as the Kafka binder does while it creates a producer, and the producer's threads inherit that), else to this
     * process's log.
     */
    static final class RoutedOutput extends OutputStream {

        /** The loader of the service whose start thread created this thread, directly or through other threads. */
        static final InheritableThreadLocal<ClassLoader> OWNER = new InheritableThreadLocal<>();

        private final OutputStream fallback;
        private final Map<ClassLoader, OutputStream> logs = new ConcurrentHashMap<>();

        RoutedOutput(OutputStream fallback) {
            this.fallback = fallback;
        }

        void route(ClassLoader loader, Path log) throws IOException {
            logs.put(loader, new FileOutputStream(log.toFile(), true));
        }

        private OutputStream target() {
            ClassLoader context = Thread.currentThread().getContextClassLoader();
            for (ClassLoader loader = context; loader != null; loader = loader.getParent()) {
                OutputStream log = logs.get(loader);
                if (log != null) {
                    return log;
                }
            }
            ClassLoader owner = OWNER.get();
            return owner != null ? logs.getOrDefault(owner, fallback) : fallback;
        }

        @Override
        public void write(int b) throws IOException {
            target().write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            target().write(bytes, offset, length);
        }

        @Override
        public void flush() throws IOException {
            target().flush();
        }
    }
}
