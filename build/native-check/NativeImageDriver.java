import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;

/**
 * A minimal stand-in for GraalVM's {@code native-image} launcher, for the native build check only.
 * <p>
 * Maven Central has the image builder (the {@code svm} jars) but not the launcher that turns user-level options into
 * builder options and starts the builder JVM. This program does that for the options Quarkus passes, and for the
 * {@code META-INF/native-image} files of the jars on the image class path, then runs the builder on the Temurin 25 JDK
 * (which carries the JVMCI module the builder needs). Run by {@code bin/native-image}, which the check script writes;
 * the first argument is the check's settings file.
 */
public class NativeImageDriver {

    private static final String VERSION = "25.0.2";
    private static final String BUILDER_MAIN = "org.graalvm.nativeimage.builder/com.oracle.svm.hosted.NativeImageGeneratorRunner";
    private static final List<String> CONFIG_FILES = List.of("reflect-config.json:ReflectionConfigurationResources",
            "resource-config.json:ResourceConfigurationResources", "proxy-config.json:DynamicProxyConfigurationResources",
            "serialization-config.json:SerializationConfigurationResources", "jni-config.json:JNIConfigurationResources",
            "reachability-metadata.json:ReachabilityMetadataResources",
            "predefined-classes-config.json:PredefinedClassesConfigurationResources");

    private final Properties settings;
    private final List<String> jvmOptions = new ArrayList<>();
    private final List<String> builderOptions = new ArrayList<>();
    private final Set<String> imageClasspath = new LinkedHashSet<>();
    private final Set<String> addedModules = new LinkedHashSet<>();
    private final List<Pattern[]> excludedConfigs = new ArrayList<>();
    private String imageName;
    private String mainClass;

    private NativeImageDriver(Properties settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        Properties settings = new Properties();
        try (var reader = Files.newBufferedReader(Path.of(args[0]))) {
            settings.load(reader);
        }
        List<String> options = List.of(args).subList(1, args.length);
        if (options.contains("--version")) {
            // The form GraalVM prints since 23.0; Quarkus reads the version from it to choose its options.
            System.out.println("native-image " + VERSION + " 2026-01-20");
            System.out.println("GraalVM Runtime Environment GraalVM CE " + VERSION + "+10.1 (build " + VERSION
                    + "+10-jvmci-b01)");
            System.out.println("Substrate VM GraalVM CE " + VERSION + "+10.1 (build " + VERSION + "+10, serial gc)");
            return;
        }
        NativeImageDriver driver = new NativeImageDriver(settings);
        driver.translate(new ArrayList<>(options), null);
        driver.readJarMetadata();
        System.exit(driver.runBuilder());
    }

    /**
     * Turns launcher options into builder options; {@code origin} names the jar whose native-image.properties they
     * come from (null for the command line).
     */
    private void translate(List<String> args, String origin) throws IOException {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("-J")) {
                jvmOptions.add(arg.substring(2));
            } else if (arg.startsWith("-H:") || arg.startsWith("-R:")) {
                builderOptions.add(arg);
            } else if (arg.startsWith("--features=")) {
                builderOptions.add("-H:Features=" + value(arg));
            } else if (arg.equals("--no-fallback")) {
                builderOptions.add("-H:FallbackThreshold=0");
            } else if (arg.equals("--link-at-build-time")) {
                builderOptions.add("-H:LinkAtBuildTime=");
            } else if (arg.startsWith("--link-at-build-time=")) {
                builderOptions.add("-H:LinkAtBuildTime=" + value(arg));
            } else if (arg.startsWith("--initialize-at-run-time")) {
                builderOptions.add("-H:ClassInitialization=" + initialization(arg, "run_time"));
            } else if (arg.startsWith("--initialize-at-build-time")) {
                builderOptions.add("-H:ClassInitialization=" + initialization(arg, "build_time"));
            } else if (arg.startsWith("--enable-url-protocols=")) {
                builderOptions.add("-H:EnableURLProtocols=" + value(arg));
            } else if (arg.startsWith("--enable-monitoring")) {
                builderOptions.add("-H:EnableMonitoringFeatures=" + (arg.contains("=") ? value(arg) : "all"));
            } else if (arg.startsWith("--enable-native-access=")) {
                builderOptions.add("-H:EnableNativeAccess=" + value(arg));
            } else if (arg.startsWith("--add-modules=") || arg.equals("--add-modules")) {
                // As the launcher does: the modules join the builder JVM's module graph, and the builder learns
                // that they were asked for explicitly (so that they are kept in the image).
                String modules = arg.contains("=") ? value(arg) : args.get(++i);
                addedModules.addAll(List.of(modules.split(",")));
            } else if (arg.equals("--exclude-config")) {
                excludedConfigs.add(new Pattern[] { Pattern.compile(args.get(i + 1)), Pattern.compile(args.get(i + 2)) });
                i += 2;
            } else if (arg.equals("-o")) {
                imageName = args.get(++i);
            } else if (arg.equals("-jar")) {
                addJar(Path.of(args.get(++i)).toAbsolutePath());
            } else if (arg.equals("-cp") || arg.equals("--class-path") || arg.equals("-classpath")) {
                for (String entry : args.get(++i).split(":")) {
                    imageClasspath.add(Path.of(entry).toAbsolutePath().toString());
                }
            } else if (arg.matches("-O[b0-3s]")) {
                builderOptions.add("-H:Optimize=" + arg.substring(2));
            } else if (arg.startsWith("-D")) {
                builderOptions.add(arg);
            } else if (origin == null && !arg.startsWith("-") && imageName == null) {
                imageName = arg;
            } else {
                // Silently dropping an option could hide the very problem the check exists to find.
                throw new IllegalArgumentException("The native build check's driver does not know the option '" + arg
                        + "'" + (origin == null ? "" : " (from " + origin + ")")
                        + "; teach build/native-check/NativeImageDriver.java its builder form");
            }
        }
    }

    private static String value(String arg) {
        return arg.substring(arg.indexOf('=') + 1);
    }

    /** {@code --initialize-at-run-time=a,b} becomes {@code a:run_time,b:run_time}; no list means every class. */
    private static String initialization(String arg, String when) {
        String list = arg.contains("=") ? value(arg) : "";
        List<String> entries = new ArrayList<>();
        for (String name : list.split(",", -1)) {
            entries.add(name + ":" + when);
        }
        return String.join(",", entries);
    }

    private void addJar(Path jar) throws IOException {
        imageClasspath.add(jar.toString());
        try (JarFile file = new JarFile(jar.toFile())) {
            Attributes manifest = file.getManifest() == null ? null : file.getManifest().getMainAttributes();
            if (manifest == null) {
                return;
            }
            if (mainClass == null) {
                mainClass = manifest.getValue(Attributes.Name.MAIN_CLASS);
            }
            String classPath = manifest.getValue(Attributes.Name.CLASS_PATH);
            if (classPath != null) {
                for (String entry : classPath.trim().split("\\s+")) {
                    imageClasspath.add(jar.getParent().resolve(entry).normalize().toString());
                }
            }
        }
    }

    /**
     * What the real launcher reads from each jar: the {@code Args} of its native-image.properties files and the
     * locations of its reachability metadata, minus what {@code --exclude-config} removes.
     */
    private void readJarMetadata() throws IOException {
        for (String entry : new ArrayList<>(imageClasspath)) {
            Path path = Path.of(entry);
            if (!Files.isRegularFile(path)) {
                continue;
            }
            try (JarFile jar = new JarFile(path.toFile())) {
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    String name = entries.nextElement().getName();
                    if (!name.startsWith("META-INF/native-image/") || excluded(entry, "/" + name)) {
                        continue;
                    }
                    String fileName = name.substring(name.lastIndexOf('/') + 1);
                    if (fileName.equals("native-image.properties")) {
                        readProperties(jar, name, entry);
                    }
                    for (String config : CONFIG_FILES) {
                        String[] parts = config.split(":");
                        if (fileName.equals(parts[0])) {
                            builderOptions.add("-H:" + parts[1] + "=" + name);
                        }
                    }
                }
            }
        }
    }

    private boolean excluded(String jar, String resource) {
        for (Pattern[] pair : excludedConfigs) {
            if (pair[0].matcher(jar).find() && pair[1].matcher(resource).find()) {
                return true;
            }
        }
        return false;
    }

    private void readProperties(JarFile jar, String name, String origin) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = jar.getInputStream(jar.getEntry(name))) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            // ${.} is the folder of the properties file; the files read here do not use it for paths we need.
            properties.load(new StringReader(text.replace("\\\n", " \\\n")));
        }
        String args = properties.getProperty("Args");
        if (args != null && !args.isBlank()) {
            translate(new ArrayList<>(List.of(args.trim().split("\\s+"))), origin + "!/" + name);
        }
        String javaArgs = properties.getProperty("JavaArgs");
        if (javaArgs != null && !javaArgs.isBlank()) {
            jvmOptions.addAll(List.of(javaArgs.trim().split("\\s+")));
        }
    }

    private int runBuilder() throws IOException, InterruptedException {
        Path jdk = Path.of(settings.getProperty("jdk"));
        List<Path> builderJars = new ArrayList<>();
        Path compilerJar = null;
        for (String jar : settings.getProperty("builder.classpath").split(":")) {
            if (Path.of(jar).getFileName().toString().startsWith("compiler-")) {
                compilerJar = Path.of(jar);
            } else {
                builderJars.add(Path.of(jar));
            }
        }
        if (compilerJar == null) {
            throw new IllegalStateException("The builder class path has no Graal compiler jar: " + builderJars);
        }

        // The JVM options (thousands of --add-opens) go to an argument file: too long for one command line.
        List<String> command = new ArrayList<>();
        command.add("-Xmx" + settings.getProperty("xmx", "8g"));
        command.add("-Xss10m");
        command.add("-XX:+UnlockExperimentalVMOptions");
        command.add("-XX:+EnableJVMCI");
        command.add("-XX:-UseJVMCICompiler");
        command.add("-Dorg.graalvm.nativeimage.imagecode=buildtime");
        command.add("-Dorg.graalvm.version=" + VERSION);
        command.add("-Dorg.graalvm.vendorversion=GraalVM CE " + VERSION + "+10.1");
        command.add("-Djava.system.class.loader=com.oracle.svm.hosted.NativeImageSystemClassLoader");
        command.add("--module-path");
        command.add(String.join(":", builderJars.stream().map(Path::toString).toList()));
        command.add("--upgrade-module-path");
        command.add(compilerJar.toString());
        Set<String> builderModules = moduleNames(ModuleFinder.of(builderJars.toArray(Path[]::new)));
        builderModules.add("jdk.graal.compiler");
        command.add("--add-modules");
        command.add(String.join(",", builderModules));
        command.add("--enable-native-access=" + String.join(",", builderModules) + ",ALL-UNNAMED");
        command.addAll(openJdkInternals(builderModules));
        // The image class path is loaded as unnamed modules, which on a JVM read the default root modules (java.se
        // and the exported jdk.* modules): the builder's module layer must hold them too, or a class that refers to,
        // say, javax.script (H2 does) fails to load during analysis.
        command.add("--add-modules");
        command.add("ALL-DEFAULT");
        if (!addedModules.isEmpty()) {
            command.add("--add-modules");
            command.add(String.join(",", addedModules));
            command.add("-Dsvm.modulesupport.addedModules=" + String.join(",", addedModules));
        }
        command.addAll(jvmOptions);
        command.add("--module");
        command.add(BUILDER_MAIN);
        Path work = Path.of(settings.getProperty("work"));
        Path jvmArgsFile = work.resolve("builder-jvm.args");
        Files.write(jvmArgsFile, command.stream().map(NativeImageDriver::quoted).toList());
        command.clear();
        command.add(jdk.resolve("bin/java").toString());
        command.add("@" + jvmArgsFile);

        Path workDir = Path.of("").toAbsolutePath();
        String name = imageName == null ? "image" : Path.of(imageName).getFileName().toString();
        command.add("-imagecp");
        command.add(String.join(":", imageClasspath));
        command.add("-H:Path=" + workDir);
        command.add("-H:Name=" + name);
        if (mainClass != null) {
            command.add("-H:Class=" + mainClass);
        }
        command.add("-H:CLibraryPath=" + settings.getProperty("clibraries"));
        command.add("-H:CCompilerPath=" + settings.getProperty("cc"));
        command.add("-H:ImageBuildID=" + UUID.randomUUID());
        command.addAll(builderOptions);

        Files.write(work.resolve("builder-command.txt"), command);
        System.out.println("[native-check] builder command: " + work.resolve("builder-command.txt"));
        Process builder = new ProcessBuilder(command).inheritIO().start();
        return builder.waitFor();
    }

    /** One argument of a JVM argument file: quoted, since values such as the vendor version hold spaces. */
    private static String quoted(String arg) {
        return "\"" + arg.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static Set<String> moduleNames(ModuleFinder finder) {
        Set<String> names = new TreeSet<>();
        for (ModuleReference reference : finder.findAll()) {
            names.add(reference.descriptor().name());
        }
        return names;
    }

    /**
     * The builder reaches into the JDK's internals, as the real launcher lets it: every package a system module does
     * not export is exported and opened to the builder's modules and to the image class path. (The JVM accepts at
     * most 1000 of each option, so exported packages are left out.)
     */
    private static List<String> openJdkInternals(Set<String> builderModules) {
        String targets = String.join(",", builderModules) + ",ALL-UNNAMED";
        List<String> options = new ArrayList<>();
        for (ModuleReference reference : ModuleFinder.ofSystem().findAll()) {
            ModuleDescriptor descriptor = reference.descriptor();
            if (descriptor.name().startsWith("jdk.graal.compiler")) {
                continue; // replaced by the builder's compiler jar (--upgrade-module-path)
            }
            Set<String> exported = new TreeSet<>();
            descriptor.exports().stream().filter(e -> !e.isQualified()).forEach(e -> exported.add(e.source()));
            for (String pkg : new TreeSet<>(descriptor.packages())) {
                if (!exported.contains(pkg)) {
                    options.add("--add-exports=" + descriptor.name() + "/" + pkg + "=" + targets);
                }
                options.add("--add-opens=" + descriptor.name() + "/" + pkg + "=" + targets);
            }
        }
        return options;
    }
}
