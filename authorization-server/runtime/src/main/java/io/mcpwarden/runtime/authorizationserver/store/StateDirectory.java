package io.mcpwarden.runtime.authorizationserver.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

/**
 * Keeps the directory of an embedded H2 database readable by the server's user only, since the database holds the
 * private signing keys. Created (or tightened) before the first connection opens it.
 */
public final class StateDirectory {

    private static final String H2_FILE = "jdbc:h2:file:";

    private StateDirectory() {
    }

    /**
     * For an embedded H2 file URL, creates its directory with owner-only permissions and tightens what is in it; does
     * nothing for other databases, whose own access control applies.
     */
    public static void restrict(String jdbcUrl) {
        if (jdbcUrl == null || !jdbcUrl.startsWith(H2_FILE)) {
            return;
        }
        String file = jdbcUrl.substring(H2_FILE.length());
        int options = file.indexOf(';');
        Path directory = Path.of(options < 0 ? file : file.substring(0, options)).toAbsolutePath().getParent();
        if (directory == null || !FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try {
            Files.createDirectories(directory,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
            try (Stream<Path> files = Files.list(directory)) {
                for (Path path : (Iterable<Path>) files::iterator) {
                    if (Files.isRegularFile(path)) {
                        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the authorization server's database directory "
                    + directory, e);
        }
    }
}
