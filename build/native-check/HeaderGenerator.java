import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes the C headers the image builder reads while it analyses the application, for the native build check only.
 * <p>
 * The builder learns the layout of a few C structs of GraalVM's own C helper library (CPU features, locale) by
 * compiling a small query program against that library's headers. Maven Central carries the builder but not those
 * headers, so this program writes equivalent ones from the builder's own Java declarations of the same structs
 * ({@code @CStruct}, {@code @CField}, {@code @CConstant}). The values they give only matter to the linked image, which
 * the check never produces.
 * <p>
 * Arguments: the output folder (the builder's {@code -H:CLibraryPath}) and the builder class path.
 */
public class HeaderGenerator {

    /** Header file (as the builder names it) and the class declaring what it must contain. */
    private static final String[][] HEADERS = {
            { "include/amd64cpufeatures.h", "com.oracle.svm.core.amd64.AMD64LibCHelper" },
            { "include/aarch64cpufeatures.h", "com.oracle.svm.core.aarch64.AArch64LibCHelper" },
            { "include/riscv64cpufeatures.h", "com.oracle.svm.core.riscv64.RISCV64LibCHelper" },
            { "include/svm_locale.h", "com.oracle.svm.core.c.locale.LocaleCHelper" },
    };

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        List<URL> urls = new ArrayList<>();
        for (String jar : args[1].split(":")) {
            urls.add(Path.of(jar).toUri().toURL());
        }
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new))) {
            for (String[] header : HEADERS) {
                Class<?> declaring = Class.forName(header[1], false, loader);
                Path file = out.resolve(header[0]);
                Files.createDirectories(file.getParent());
                Files.writeString(file, header(declaring, loader));
            }
        }
    }

    private static String header(Class<?> declaring, ClassLoader loader) throws Exception {
        @SuppressWarnings("unchecked")
        Class<? extends Annotation> cStruct = (Class<? extends Annotation>) loader
                .loadClass("org.graalvm.nativeimage.c.struct.CStruct");
        @SuppressWarnings("unchecked")
        Class<? extends Annotation> cField = (Class<? extends Annotation>) loader
                .loadClass("org.graalvm.nativeimage.c.struct.CField");
        @SuppressWarnings("unchecked")
        Class<? extends Annotation> cConstant = (Class<? extends Annotation>) loader
                .loadClass("org.graalvm.nativeimage.c.constant.CConstant");

        StringBuilder text = new StringBuilder("/* Written by build/native-check/HeaderGenerator.java from "
                + declaring.getName() + ": layouts for the builder's C queries, not GraalVM's header. */\n"
                + "#include <stdint.h>\n\n");
        int constantValue = 0;
        for (Method method : sorted(declaring.getDeclaredMethods())) {
            Annotation constant = method.getAnnotation(cConstant);
            if (constant != null) {
                String name = (String) cConstant.getMethod("value").invoke(constant);
                text.append("#define ").append(name.isEmpty() ? method.getName() : name).append(' ')
                        .append(constantValue++).append('\n');
            }
        }
        for (Class<?> nested : declaring.getDeclaredClasses()) {
            Annotation struct = nested.getAnnotation(cStruct);
            if (struct == null) {
                continue;
            }
            String name = (String) cStruct.getMethod("value").invoke(struct);
            name = name.isEmpty() ? nested.getSimpleName() : name;
            boolean structKeyword = (Boolean) cStruct.getMethod("addStructKeyword").invoke(struct);
            text.append(structKeyword ? "struct " + name + " {\n" : "typedef struct {\n");
            for (Method method : sorted(nested.getDeclaredMethods())) {
                Annotation field = method.getAnnotation(cField);
                if (field == null || method.getParameterCount() != 0) {
                    continue;
                }
                String fieldName = (String) cField.getMethod("value").invoke(field);
                text.append("    ").append(cType(method.getReturnType())).append(' ')
                        .append(fieldName.isEmpty() ? method.getName() : fieldName).append(";\n");
            }
            text.append(structKeyword ? "};\n" : "} " + name + ";\n");
        }
        return text.toString();
    }

    private static List<Method> sorted(Method[] methods) {
        List<Method> list = new ArrayList<>(List.of(methods));
        list.sort(Comparator.comparing(Method::getName));
        return list;
    }

    private static String cType(Class<?> javaType) {
        if (javaType == boolean.class || javaType == byte.class) {
            return "int8_t";
        }
        if (javaType == short.class || javaType == char.class) {
            return "int16_t";
        }
        if (javaType == int.class) {
            return "int32_t";
        }
        if (javaType == long.class) {
            return "int64_t";
        }
        // Word types: pointers (CCharPointer, PointerBase, ...) and machine-word integers.
        return "void *";
    }
}
