package com.acme.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.mcpwarden.test.McpCaller;
import io.mcpwarden.test.McpTestClient;
import io.mcpwarden.test.WardenTestIdentityProvider;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(WardenTestIdentityProvider.class)
class NoteToolsTest {

    @Test
    @McpCaller(subject = "ada", scopes = { "notes:read", "notes:write" })
    void aWriterAddsNotesAndReadsThemBack(McpTestClient ada) {
        ada.callTool("add_note", Map.of("text", "Buy milk")).assertSuccess();

        assertThat(ada.callTool("list_notes", Map.of()).assertSuccess().structuredContent())
                .isEqualTo(Map.of("notes", List.of("Buy milk")));
    }

    @Test
    @McpCaller(subject = "grace", scopes = "notes:read")
    void aReaderSeesOnlyTheReadingToolAndIsRefusedTheOther(McpTestClient grace) {
        assertThat(grace.listTools()).containsExactly("list_notes");
        grace.callTool("add_note", Map.of("text", "Hello")).assertForbidden();
        assertThat(grace.callTool("list_notes", Map.of()).assertSuccess().structuredContent())
                .isEqualTo(Map.of("notes", List.of()));
    }

    @Test
    @McpCaller(anonymous = true, initialize = false)
    void aCallerWithoutATokenIsSentToLogIn(McpTestClient stranger) {
        stranger.attemptInitialize().assertUnauthorized();
    }
}
