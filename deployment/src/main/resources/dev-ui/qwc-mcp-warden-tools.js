import { LitElement, html, css } from 'lit';
import { JsonRpc } from 'jsonrpc';
import '@vaadin/grid';
import '@vaadin/progress-bar';
import '@vaadin/tabs';
import { columnBodyRenderer } from '@vaadin/grid/lit.js';

/**
 * The tools, prompts and resources of the application with the access rules the MCP endpoint enforces: the
 * build-time policies (scopes, claim predicates, authentication strength, @Authorize bean).
 */
export class QwcMcpWardenTools extends LitElement {

    jsonRpc = new JsonRpc(this);

    static styles = css`
        :host { display: flex; flex-direction: column; height: 100%; padding: 0 1em; }
        vaadin-grid { flex: 1; }
        .chips { display: flex; flex-wrap: wrap; gap: 4px; }
        .chip { border-radius: 4px; padding: 0 6px; background: var(--lumo-contrast-10pct); font-family: monospace; }
        .any { background: var(--lumo-primary-color-10pct); }
        .muted { color: var(--lumo-secondary-text-color); }
        code { word-break: break-all; }
    `;

    static properties = {
        _tab: { state: true },
        _tools: { state: true },
        _prompts: { state: true },
        _resources: { state: true },
    };

    constructor() {
        super();
        this._tab = 0;
    }

    connectedCallback() {
        super.connectedCallback();
        this.jsonRpc.getTools().then(r => this._tools = r.result);
        this.jsonRpc.getPrompts().then(r => this._prompts = r.result);
        this.jsonRpc.getResources().then(r => this._resources = r.result);
    }

    render() {
        return html`
            <vaadin-tabs @selected-changed=${e => this._tab = e.detail.value}>
                <vaadin-tab>Tools</vaadin-tab>
                <vaadin-tab>Prompts</vaadin-tab>
                <vaadin-tab>Resources</vaadin-tab>
            </vaadin-tabs>
            ${this._tab === 0 ? this._toolGrid() : this._tab === 1 ? this._promptGrid() : this._resourceGrid()}`;
    }

    _toolGrid() {
        if (!this._tools) return html`<vaadin-progress-bar indeterminate></vaadin-progress-bar>`;
        return html`
            <vaadin-grid .items=${this._tools} theme="row-stripes wrap-cell-content" all-rows-visible>
                <vaadin-grid-column header="Tool" auto-width flex-grow="0"
                    ${columnBodyRenderer(t => html`<b>${t.name}</b><br><span class="muted">${t.description ?? ''}</span>`, [])}>
                </vaadin-grid-column>
                <vaadin-grid-column header="Scopes"
                    ${columnBodyRenderer(t => this._scopes(t, t.publicTool), [])}></vaadin-grid-column>
                <vaadin-grid-column header="Claims"
                    ${columnBodyRenderer(t => html`${t.claims.map(c => html`<div>${c.text}</div>`)}`, [])}>
                </vaadin-grid-column>
                <vaadin-grid-column header="Authentication strength"
                    ${columnBodyRenderer(t => this._strength(t.authStrength), [])}></vaadin-grid-column>
                <vaadin-grid-column header="Policy bean"
                    ${columnBodyRenderer(t => html`<code>${t.policyBean ?? ''}</code>`, [])}></vaadin-grid-column>
                <vaadin-grid-column header="Method"
                    ${columnBodyRenderer(t => html`<code class="muted">${t.method ?? ''}</code>`, [])}></vaadin-grid-column>
            </vaadin-grid>`;
    }

    _promptGrid() {
        if (!this._prompts) return html`<vaadin-progress-bar indeterminate></vaadin-progress-bar>`;
        if (this._prompts.length === 0) return html`<p>No prompts.</p>`;
        return html`
            <vaadin-grid .items=${this._prompts} theme="row-stripes wrap-cell-content" all-rows-visible>
                <vaadin-grid-column header="Prompt"
                    ${columnBodyRenderer(p => html`<b>${p.name}</b><br><span class="muted">${p.description ?? ''}</span>`, [])}>
                </vaadin-grid-column>
                <vaadin-grid-column header="Scopes" ${columnBodyRenderer(p => this._scopes(p, false), [])}></vaadin-grid-column>
                <vaadin-grid-column header="Method"
                    ${columnBodyRenderer(p => html`<code class="muted">${p.method}</code>`, [])}></vaadin-grid-column>
            </vaadin-grid>`;
    }

    _resourceGrid() {
        if (!this._resources) return html`<vaadin-progress-bar indeterminate></vaadin-progress-bar>`;
        if (this._resources.length === 0) return html`<p>No resources.</p>`;
        return html`
            <vaadin-grid .items=${this._resources} theme="row-stripes wrap-cell-content" all-rows-visible>
                <vaadin-grid-column header="URI"
                    ${columnBodyRenderer(r => html`<code>${r.uri}</code>${r.template ? html` <span class="muted">(template)</span>` : ''}<br><span class="muted">${r.description ?? ''}</span>`, [])}>
                </vaadin-grid-column>
                <vaadin-grid-column header="Scopes" ${columnBodyRenderer(r => this._scopes(r, false), [])}></vaadin-grid-column>
                <vaadin-grid-column header="Method"
                    ${columnBodyRenderer(r => html`<code class="muted">${r.method}</code>`, [])}></vaadin-grid-column>
            </vaadin-grid>`;
    }

    _scopes(item, publicTool) {
        if (publicTool) return html`<span class="muted">public: no token needed</span>`;
        if (item.allOfScopes.length === 0 && item.anyOfScopes.length === 0) {
            return html`<span class="muted">any valid token</span>`;
        }
        return html`<div class="chips">
            ${item.allOfScopes.map(s => html`<span class="chip" title="required">${s}</span>`)}
            ${item.anyOfScopes.length ? html`<span class="muted">one of</span>` : ''}
            ${item.anyOfScopes.map(s => html`<span class="chip any" title="one of these">${s}</span>`)}
        </div>`;
    }

    _strength(strength) {
        if (!strength) return '';
        const parts = [];
        if (strength.acr.length) parts.push(`acr: ${strength.acr.join(', ')}`);
        if (strength.maxAgeSeconds != null) parts.push(`signed in within ${strength.maxAgeSeconds} s`);
        return html`${parts.join('; ')}`;
    }
}
customElements.define('qwc-mcp-warden-tools', QwcMcpWardenTools);
