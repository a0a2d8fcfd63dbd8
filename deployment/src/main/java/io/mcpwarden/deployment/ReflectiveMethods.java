package io.mcpwarden.deployment;

import java.lang.reflect.Method;

import org.jboss.jandex.MethodInfo;

/**
 * Finds the {@link Method} behind a Jandex method at build time, to read generic types and parameter annotations for
 * schema generation. Never used at run time.
 */
final class ReflectiveMethods {

    private ReflectiveMethods() {
    }

    static Method find(MethodInfo method) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try {
            Class<?> declaring = Class.forName(method.declaringClass().name().toString(), false, loader);
            Class<?>[] parameterTypes = new Class<?>[method.parametersCount()];
            for (int i = 0; i < parameterTypes.length; i++) {
                parameterTypes[i] = load(method.parameterType(i), loader);
            }
            return declaring.getDeclaredMethod(method.name(), parameterTypes);
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            throw new IllegalStateException("Cannot load " + ToolMethodReader.describe(method), e);
        }
    }

    private static Class<?> load(org.jboss.jandex.Type type, ClassLoader loader) throws ClassNotFoundException {
        return switch (type.kind()) {
            case PRIMITIVE -> switch (type.asPrimitiveType().primitive()) {
                case BOOLEAN -> boolean.class;
                case BYTE -> byte.class;
                case CHAR -> char.class;
                case SHORT -> short.class;
                case INT -> int.class;
                case LONG -> long.class;
                case FLOAT -> float.class;
                case DOUBLE -> double.class;
            };
            case ARRAY -> load(type.asArrayType().constituent(), loader).arrayType();
            default -> Class.forName(type.name().toString(), false, loader);
        };
    }
}
