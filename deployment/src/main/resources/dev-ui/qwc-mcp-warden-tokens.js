import { LitElement, html, css } from 'lit';
import { JsonRpc } from 'jsonrpc';
import '@vaadin/button';
import '@vaadin/progress-bar';
import '@vaadin/text-field';
import '@vaadin/text-area';
import '@vaadin/combo-box';
import '@vaadin/multi-select-combo-box';

/**
 * Dev-only tokens: mint one with the chosen subject, scopes and extra claims, signed by a key that exists only in
 * this dev-mode process, then call a tool with it through the application's own MCP endpoint and see the result or
 * the refusal (status and WWW-Authenticate challenge).
 */
export class QwcMcpWardenTokens extends LitElement {

    jsonRpc = new JsonRpc(this);

    static styles = css`
        :host { display: flex; flex-direction: column; gap: 0.5em; padding: 0 1em 1em 1em; max-width: 70em; }
        .row { display: flex; gap: 1em; align-items: end; flex-wrap: wrap; }
        pre { white-space: pre-wrap; word-break: break-all; background: var(--lumo-contrast-5pct); padding: 0.5em; }
        .error { color: var(--lumo-error-text-color); }
        .note { color: var(--lumo-secondary-text-color); }
    `;

    static properties = {
        _setup: { state: true },
        _tools: { state: true },
        _scopes: { state: true },
        _minted: { state: true },
        _call: { state: true },
        _error: { state: true },
    };

    constructor() {
        super();
        this._scopes = [];
        this._subject = 'dev-user';
        this._claims = '';
        this._tool = '';
        this._arguments = '{}';
    }

    connectedCallback() {
        super.connectedCallback();
        this.jsonRpc.getMintingSetup().then(r => this._setup = r.result);
        this.jsonRpc.getTools().then(r => this._tools = r.result);
    }

    render() {
        if (!this._setup) return html`<vaadin-progress-bar indeterminate></vaadin-progress-bar>`;
        return html`
            <p class="note">Tokens minted here are signed by a key generated in memory by this dev-mode process and
                accepted only by it: a production build has neither the key nor the code that trusts it. They are
                issued by <code>${this._setup.issuer}</code> to client <code>${this._setup.clientId}</code> for
                <code>${this._setup.audience ?? '(no resource)'}</code> and last ${this._setup.lifetimeSeconds} s.</p>
            ${this._setup.available ? this._mintForm() : html`<p class="error">${this._setup.unavailableReason}</p>`}
            ${this._error ? html`<p class="error">${this._error}</p>` : ''}
            ${this._minted ? this._mintedView() : ''}
            ${this._callForm()}
            ${this._call ? this._callView() : ''}`;
    }

    _mintForm() {
        return html`
            <div class="row">
                <vaadin-text-field label="Subject (sub)" value=${this._subject}
                    @value-changed=${e => this._subject = e.detail.value}></vaadin-text-field>
                <vaadin-multi-select-combo-box label="Scopes" .items=${this._setup.scopes}
                    .selectedItems=${this._scopes} style="min-width: 20em"
                    @selected-items-changed=${e => this._scopes = e.detail.value}></vaadin-multi-select-combo-box>
            </div>
            <vaadin-text-area label='Extra claims (JSON object, for instance {"tenant":"acme","acr":"mfa","auth_time":1700000000})'
                value=${this._claims} @value-changed=${e => this._claims = e.detail.value}></vaadin-text-area>
            <div class="row"><vaadin-button theme="primary" @click=${this._mint}>Mint token</vaadin-button></div>`;
    }

    _mintedView() {
        return html`<h4>Token</h4><pre>${this._minted.token}</pre>
            <h4>Claims</h4><pre>${JSON.stringify(this._minted.claims, null, 2)}</pre>`;
    }

    _callForm() {
        const names = (this._tools ?? []).map(t => t.name);
        return html`
            <h3>Try a tool at ${this._setup.endpoint}</h3>
            <div class="row">
                <vaadin-combo-box label="Tool" .items=${names} value=${this._tool}
                    @value-changed=${e => this._tool = e.detail.value}></vaadin-combo-box>
                <vaadin-text-field label="Arguments (JSON object)" value=${this._arguments} style="min-width: 25em"
                    @value-changed=${e => this._arguments = e.detail.value}></vaadin-text-field>
                <vaadin-button @click=${this._callTool}>
                    ${this._minted ? 'Call with the token' : 'Call without a token'}</vaadin-button>
            </div>`;
    }

    _callView() {
        if (this._call.error) return html`<p class="error">${this._call.error}</p>`;
        let body = this._call.body;
        try { body = JSON.stringify(JSON.parse(body), null, 2); } catch (e) { /* not JSON: shown as sent */ }
        return html`
            <p><b>${this._call.step}</b>: HTTP ${this._call.status}</p>
            ${this._call.wwwAuthenticate ? html`<p>WWW-Authenticate: <code>${this._call.wwwAuthenticate}</code></p>` : ''}
            <pre>${body}</pre>`;
    }

    _mint() {
        this._error = null;
        this.jsonRpc.mintToken({ subject: this._subject, scopes: this._scopes.join(' '), claims: this._claims })
            .then(r => {
                if (r.result.error) {
                    this._error = r.result.error;
                    this._minted = null;
                } else {
                    this._minted = r.result;
                }
            });
    }

    _callTool() {
        this._call = null;
        this.jsonRpc.callTool({ token: this._minted ? this._minted.token : '', tool: this._tool, arguments: this._arguments })
            .then(r => this._call = r.result);
    }
}
customElements.define('qwc-mcp-warden-tokens', QwcMcpWardenTokens);
