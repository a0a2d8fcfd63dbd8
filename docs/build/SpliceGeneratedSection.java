import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Puts a generated file between the {@code <!-- BEGIN GENERATED} and {@code <!-- END GENERATED} marker lines of a
 * Markdown page, so that the page always shows what the build generated. The page is written only when its content
 * changes, so running the build twice leaves it untouched.
 * <p>
 * Run by the docs module's build with the single-file source launcher:
 * {@code java SpliceGeneratedSection.java <generated file> <page> write|check}. {@code check} writes nothing and fails
 * when the page is out of date, for CI ({@code -Dwarden.docs.mode=check}).
 */
public class SpliceGeneratedSection {

    private static final String BEGIN = "<!-- BEGIN GENERATED";
    private static final String END = "<!-- END GENERATED";

    public static void main(String[] args) throws IOException {
        if (args.length != 3 || !("write".equals(args[2]) || "check".equals(args[2]))) {
            fail("usage: java SpliceGeneratedSection.java <generated file> <page> write|check");
        }
        Path generated = Path.of(args[0]);
        Path page = Path.of(args[1]);
        boolean check = "check".equals(args[2]);
        if (!Files.isRegularFile(generated)) {
            fail(generated + " does not exist: the config-doc plugin generates it from runtime/target/"
                    + "quarkus-config-doc, which compiling the runtime module writes");
        }
        String section = Files.readString(generated, StandardCharsets.UTF_8);
        if (!section.isEmpty() && !section.endsWith("\n")) {
            section += "\n";
        }
        String text = Files.readString(page, StandardCharsets.UTF_8);
        int begin = lineStartingWith(text, BEGIN, 0);
        int afterBegin = begin < 0 ? 0 : text.indexOf('\n', begin) + 1;
        int end = afterBegin == 0 ? -1 : lineStartingWith(text, END, afterBegin);
        if (end < 0) {
            fail(page + " needs a line starting with '" + BEGIN + "' followed by a line starting with '" + END + "'");
        }
        String updated = text.substring(0, afterBegin) + section + text.substring(end);
        if (updated.equals(text)) {
            return; // up to date: leave the file, and its timestamp, alone
        }
        if (check) {
            fail(page + " is out of date: build without -Dwarden.docs.mode=check to regenerate it, then commit it");
        }
        Files.writeString(page, updated, StandardCharsets.UTF_8);
        System.out.println(page + " updated from " + generated);
    }

    /**
     * The offset of the first line, starting at the line that begins at {@code from}, that starts with
     * {@code prefix}; -1 when there is none.
     */
    private static int lineStartingWith(String text, String prefix, int from) {
        int lineStart = from;
        while (true) {
            if (text.startsWith(prefix, lineStart)) {
                return lineStart;
            }
            int next = text.indexOf('\n', lineStart);
            if (next < 0) {
                return -1;
            }
            lineStart = next + 1;
        }
    }

    private static void fail(String message) {
        System.err.println(message);
        System.exit(1);
    }
}
