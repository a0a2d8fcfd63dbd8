package io.mcpwarden.runtime.resources;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An RFC 6570 level 1 URI template ({@code orders://{customer}/orders/{id}}), parsed once and matched against the
 * URIs clients read. Each variable matches one or more characters other than {@code / ? #}; matched values are
 * percent-decoded, as level 1 expansion percent-encodes them.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6570#section-3.2.2">RFC 6570 section 3.2.2</a>
 */
public final class UriTemplate {

    private static final Pattern EXPRESSION = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z0-9_]+");

    private final String template;
    private final List<String> variables;
    private final Pattern pattern;

    private UriTemplate(String template, List<String> variables, Pattern pattern) {
        this.template = template;
        this.variables = variables;
        this.pattern = pattern;
    }

    /**
     * Parses a template.
     *
     * @throws IllegalArgumentException with a message that says what is wrong, for a template that is not level 1
     */
    public static UriTemplate parse(String template) {
        List<String> variables = new ArrayList<>();
        StringBuilder regex = new StringBuilder("^");
        Matcher matcher = EXPRESSION.matcher(template);
        int literalStart = 0;
        while (matcher.find()) {
            regex.append(literal(template.substring(literalStart, matcher.start())));
            String name = matcher.group(1);
            if (!VARIABLE_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("the expression {" + name + "} is not supported: only level 1 "
                        + "expressions {name}, with a name of letters, digits and _, are");
            }
            if (variables.contains(name)) {
                throw new IllegalArgumentException("the variable {" + name + "} appears twice");
            }
            variables.add(name);
            regex.append("([^/?#]+)");
            literalStart = matcher.end();
        }
        String rest = template.substring(literalStart);
        regex.append(literal(rest)).append('$');
        return new UriTemplate(template, List.copyOf(variables), Pattern.compile(regex.toString()));
    }

    private static String literal(String text) {
        if (text.indexOf('{') >= 0 || text.indexOf('}') >= 0) {
            throw new IllegalArgumentException("it has an unmatched brace");
        }
        return text.isEmpty() ? "" : Pattern.quote(text);
    }

    public String template() {
        return template;
    }

    /**
     * The variable names, in template order.
     */
    public List<String> variables() {
        return variables;
    }

    /**
     * The decoded value of each variable when the URI matches, else null.
     */
    public Map<String, String> match(String uri) {
        Matcher matcher = pattern.matcher(uri);
        if (!matcher.matches()) {
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < variables.size(); i++) {
            String raw = matcher.group(i + 1);
            try {
                // '+' is a literal plus in a URI, not a space as in form encoding.
                values.put(variables.get(i), URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return values;
    }
}
