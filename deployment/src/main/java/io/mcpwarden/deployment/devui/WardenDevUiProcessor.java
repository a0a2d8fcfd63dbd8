package io.mcpwarden.deployment.devui;

import java.util.List;

import jakarta.inject.Singleton;

import org.jboss.jandex.DotName;

import io.mcpwarden.deployment.ToolPolicyBuildItem;
import io.mcpwarden.runtime.devui.DevAuditRing;
import io.mcpwarden.runtime.devui.DevSigningKey;
import io.mcpwarden.runtime.devui.DevTokenIdentityProvider;
import io.mcpwarden.runtime.devui.DevTokenMinter;
import io.mcpwarden.runtime.devui.WardenDevUiService;
import io.mcpwarden.runtime.resources.ResourceMetadata;
import io.quarkus.arc.deployment.AdditionalBeanBuildItem;
import io.quarkus.deployment.IsLocalDevelopment;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.annotations.BuildSteps;
import io.quarkus.devui.spi.JsonRPCProvidersBuildItem;
import io.quarkus.devui.spi.page.CardPageBuildItem;
import io.quarkus.devui.spi.page.Page;

/**
 * The MCP Warden card of the Dev UI: tools with their access rules, recent audit events, and dev tokens to try tools
 * with. Every step here runs only in local dev mode ({@code quarkus:dev}; not in tests, production builds or remote
 * dev), so the audit ring, the in-memory signing key, the minter and the identity provider that accepts its tokens
 * are never beans anywhere else.
 */
@BuildSteps(onlyIf = IsLocalDevelopment.class)
class WardenDevUiProcessor {

    @BuildStep
    CardPageBuildItem card(List<ToolPolicyBuildItem> policies) {
        long tools = policies.stream()
                .filter(p -> !p.policy().toolName().startsWith(ResourceMetadata.policyKey(""))).count();
        CardPageBuildItem card = new CardPageBuildItem();
        card.addPage(Page.webComponentPageBuilder()
                .title("Tools and policies")
                .icon("font-awesome-solid:screwdriver-wrench")
                .componentLink("qwc-mcp-warden-tools.js")
                .staticLabel(String.valueOf(tools)));
        card.addPage(Page.webComponentPageBuilder()
                .title("Audit events")
                .icon("font-awesome-solid:list-check")
                .componentLink("qwc-mcp-warden-audit.js"));
        card.addPage(Page.webComponentPageBuilder()
                .title("Try a token")
                .icon("font-awesome-solid:key")
                .componentLink("qwc-mcp-warden-tokens.js"));
        return card;
    }

    @BuildStep
    JsonRPCProvidersBuildItem jsonRpcService() {
        return new JsonRPCProvidersBuildItem(WardenDevUiService.class);
    }

    @BuildStep
    AdditionalBeanBuildItem devOnlyBeans() {
        return AdditionalBeanBuildItem.builder()
                .addBeanClasses(DevAuditRing.class, DevSigningKey.class, DevTokenMinter.class,
                        DevTokenIdentityProvider.class)
                .setDefaultScope(DotName.createSimple(Singleton.class))
                .setUnremovable()
                .build();
    }
}
