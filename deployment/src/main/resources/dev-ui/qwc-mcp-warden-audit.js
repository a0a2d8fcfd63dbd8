import { LitElement, html, css } from 'lit';
import { JsonRpc } from 'jsonrpc';
import '@vaadin/grid';
import '@vaadin/button';
import { columnBodyRenderer } from '@vaadin/grid/lit.js';

/**
 * The most recent audit events (newest first), from the dev-mode ring buffer fed by the audit event stream. The
 * fields are those of io.mcpwarden.audit.AuditEvent: never a token, never the call's arguments.
 */
export class QwcMcpWardenAudit extends LitElement {

    jsonRpc = new JsonRpc(this);

    static styles = css`
        :host { display: flex; flex-direction: column; height: 100%; padding: 0 1em; }
        .bar { display: flex; gap: 1em; align-items: center; padding: 0.5em 0; }
        vaadin-grid { flex: 1; }
        .denied { color: var(--lumo-error-text-color); font-weight: bold; }
        .allowed { color: var(--lumo-success-text-color); }
    `;

    static properties = { _events: { state: true } };

    connectedCallback() {
        super.connectedCallback();
        this._refresh();
    }

    _refresh() {
        this.jsonRpc.getAuditEvents().then(r => this._events = r.result);
    }

    _clear() {
        this.jsonRpc.clearAuditEvents().then(() => this._refresh());
    }

    render() {
        return html`
            <div class="bar">
                <vaadin-button @click=${this._refresh}>Refresh</vaadin-button>
                <vaadin-button theme="tertiary" @click=${this._clear}>Clear</vaadin-button>
                <span>Newest first; the last 200 events are kept (${this._events ? this._events.length : 0} now)</span>
            </div>
            <vaadin-grid .items=${this._events ?? []} theme="row-stripes compact">
                <vaadin-grid-column path="time" auto-width></vaadin-grid-column>
                <vaadin-grid-column header="Decision" auto-width
                    ${columnBodyRenderer(e => html`<span class=${e.decision === 'DENIED' ? 'denied' : 'allowed'}>${e.decision}</span>`, [])}>
                </vaadin-grid-column>
                <vaadin-grid-column path="reason" auto-width></vaadin-grid-column>
                <vaadin-grid-column path="outcome" auto-width></vaadin-grid-column>
                <vaadin-grid-column path="method" auto-width></vaadin-grid-column>
                <vaadin-grid-column path="target" auto-width></vaadin-grid-column>
                <vaadin-grid-column path="subject" auto-width></vaadin-grid-column>
                <vaadin-grid-column path="clientId" header="Client" auto-width></vaadin-grid-column>
                <vaadin-grid-column path="issuer" auto-width></vaadin-grid-column>
                <vaadin-grid-column path="durationMicros" header="µs" auto-width></vaadin-grid-column>
                <vaadin-grid-column path="requestId" header="Request" auto-width></vaadin-grid-column>
                <vaadin-grid-column path="sessionId" header="Session" auto-width></vaadin-grid-column>
            </vaadin-grid>`;
    }
}
customElements.define('qwc-mcp-warden-audit', QwcMcpWardenAudit);
