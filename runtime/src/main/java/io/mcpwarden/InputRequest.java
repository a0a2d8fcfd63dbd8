package io.mcpwarden;

import java.util.Objects;

/**
 * One request a tool or prompt method asks the client to answer before it can finish: an elicitation, a
 * sampling request or a roots listing. Ask with {@link InputRequired}; read the answer with {@link ClientInput}.
 */
public final class InputRequest {

    /** What the client is asked to do. */
    public enum Kind {
        /** {@code elicitation/create} in form mode. */
        ELICITATION_FORM,
        /** {@code elicitation/create} in URL mode. */
        ELICITATION_URL,
        /** {@code sampling/createMessage}. */
        SAMPLING,
        /** {@code roots/list}. */
        ROOTS
    }

    private final Kind kind;
    private final String message;
    private final ElicitationSchema schema;
    private final String url;
    private final String elicitationId;
    private final SamplingRequest sampling;

    private InputRequest(Kind kind, String message, ElicitationSchema schema, String url, String elicitationId,
            SamplingRequest sampling) {
        this.kind = kind;
        this.message = message;
        this.schema = schema;
        this.url = url;
        this.elicitationId = elicitationId;
        this.sampling = sampling;
    }

    /**
     * Asks the user to fill in a form; never ask for secrets this way.
     */
    public static InputRequest form(String message, ElicitationSchema schema) {
        return new InputRequest(Kind.ELICITATION_FORM, Objects.requireNonNull(message, "message"),
                Objects.requireNonNull(schema, "schema"), null, null, null);
    }

    /**
     * Sends the user to a web page (for data that must not pass through the client, such as credentials).
     */
    public static InputRequest url(String message, String url, String elicitationId) {
        return new InputRequest(Kind.ELICITATION_URL, Objects.requireNonNull(message, "message"), null,
                Objects.requireNonNull(url, "url"), Objects.requireNonNull(elicitationId, "elicitationId"), null);
    }

    /**
     * Asks the client's language model for a message.
     */
    public static InputRequest sampling(SamplingRequest request) {
        return new InputRequest(Kind.SAMPLING, null, null, null, null, Objects.requireNonNull(request, "request"));
    }

    /**
     * Asks the client for its roots.
     */
    public static InputRequest roots() {
        return new InputRequest(Kind.ROOTS, null, null, null, null, null);
    }

    public Kind kind() {
        return kind;
    }

    /** The elicitation's message, or null for sampling and roots. */
    public String message() {
        return message;
    }

    /** The form's schema, or null unless {@link Kind#ELICITATION_FORM}. */
    public ElicitationSchema schema() {
        return schema;
    }

    /** The page to open, or null unless {@link Kind#ELICITATION_URL}. */
    public String url() {
        return url;
    }

    /** The URL elicitation's id, or null unless {@link Kind#ELICITATION_URL}. */
    public String elicitationId() {
        return elicitationId;
    }

    /** The sampling request, or null unless {@link Kind#SAMPLING}. */
    public SamplingRequest sampling() {
        return sampling;
    }
}
