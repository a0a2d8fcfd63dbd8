/*
 * The two JNI functions of com.oracle.svm.hosted.ProgressReporterCHelper: the builder's progress report asks for
 * the terminal width and the peak memory of the build. GraalVM ships them as a small C library that Maven Central
 * does not carry; the native build check compiles this file instead (see build/native-check/README.md).
 */
#include <jni.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <unistd.h>

JNIEXPORT jint JNICALL Java_com_oracle_svm_hosted_ProgressReporterCHelper_getTerminalWindowColumns0(JNIEnv *env,
        jclass clazz) {
    struct winsize size;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
        return size.ws_col;
    }
    return -1;
}

JNIEXPORT jlong JNICALL Java_com_oracle_svm_hosted_ProgressReporterCHelper_getPeakRSS0(JNIEnv *env, jclass clazz) {
    struct rusage usage;
    if (getrusage(RUSAGE_SELF, &usage) == 0) {
        return (jlong) usage.ru_maxrss * 1024; /* Linux reports kilobytes */
    }
    return -1;
}
