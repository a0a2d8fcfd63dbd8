package io.mcpwarden.nativecheck.selftest;

import java.security.SecureRandom;

/**
 * The mistake the native build check's self-test plants: a class holding a SecureRandom, initialized while the image
 * is built (see native-image.properties next to this library's metadata). Its seed would be fixed in the image, so the
 * builder must refuse it, and the check must fail with the builder's message.
 */
public final class BuildTimeRandom {

    public static final SecureRandom RANDOM = new SecureRandom();

    private BuildTimeRandom() {
    }
}
