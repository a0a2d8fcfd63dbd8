package io.mcpwarden.deployment;

import org.jboss.jandex.DotName;
import org.jboss.jandex.Type;

import io.mcpwarden.Prompt;
import io.mcpwarden.PromptArg;
import io.mcpwarden.PromptMessage;
import io.mcpwarden.PromptResult;
import io.mcpwarden.runtime.prompts.PromptParameter;
import io.mcpwarden.runtime.prompts.PromptResultKind;

/**
 * The parameter and return types a {@code @Prompt} method may use, as listed in the {@code @Prompt} javadoc.
 */
final class PromptTypes {

    static final DotName PROMPT = DotName.createSimple(Prompt.class);
    static final DotName PROMPT_ARG = DotName.createSimple(PromptArg.class);
    private static final DotName PROMPT_MESSAGE = DotName.createSimple(PromptMessage.class);
    private static final DotName PROMPT_RESULT = DotName.createSimple(PromptResult.class);
    private static final DotName STRING = DotName.createSimple(String.class);
    private static final DotName OPTIONAL = DotName.createSimple(java.util.Optional.class);

    private PromptTypes() {
    }

    /**
     * How a parameter is passed, or null when its type is not accepted.
     */
    static PromptParameter.Kind parameterKind(Type type) {
        if (type.kind() == Type.Kind.CLASS && type.name().equals(STRING)) {
            return PromptParameter.Kind.STRING;
        }
        if (type.kind() == Type.Kind.CLASS && type.name().equals(DotNames.CALLER)) {
            return PromptParameter.Kind.CALLER;
        }
        if (type.kind() == Type.Kind.CLASS && type.name().equals(DotNames.CLIENT_INPUT)) {
            return PromptParameter.Kind.CLIENT_INPUT;
        }
        if (type.kind() == Type.Kind.PARAMETERIZED_TYPE && type.name().equals(OPTIONAL)
                && type.asParameterizedType().arguments().get(0).name().equals(STRING)) {
            return PromptParameter.Kind.OPTIONAL_STRING;
        }
        return null;
    }

    /**
     * How a return type becomes a result, or null when it is not supported.
     *
     * @param kind the result kind
     * @param async whether the method completes later ({@code Uni} or {@code CompletionStage})
     */
    record ReturnShape(PromptResultKind kind, boolean async) {
    }

    static ReturnShape classifyReturn(Type type) {
        boolean async = DotNames.isAsync(type);
        if (async && type.kind() != Type.Kind.PARAMETERIZED_TYPE) {
            return null;
        }
        PromptResultKind kind = classifyValue(async ? type.asParameterizedType().arguments().get(0) : type);
        return kind == null ? null : new ReturnShape(kind, async);
    }

    private static PromptResultKind classifyValue(Type type) {
        if (type.kind() == Type.Kind.CLASS) {
            if (type.name().equals(STRING)) {
                return PromptResultKind.TEXT;
            }
            if (type.name().equals(PROMPT_MESSAGE)) {
                return PromptResultKind.MESSAGE;
            }
            if (type.name().equals(PROMPT_RESULT)) {
                return PromptResultKind.PROMPT_RESULT;
            }
            return null;
        }
        if (type.kind() == Type.Kind.PARAMETERIZED_TYPE && type.name().equals(DotNames.LIST)) {
            Type element = type.asParameterizedType().arguments().get(0);
            if (element.kind() == Type.Kind.WILDCARD_TYPE) {
                element = element.asWildcardType().extendsBound();
            }
            return element.name().equals(PROMPT_MESSAGE) ? PromptResultKind.MESSAGE_LIST : null;
        }
        return null;
    }
}
