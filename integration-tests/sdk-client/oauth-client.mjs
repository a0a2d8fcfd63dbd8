// Drives the MCP Warden order-desk demo through its built-in OAuth 2.1 authorization server with the official MCP
// TypeScript SDK client: discovery, dynamic client registration, PKCE authorization with the login and consent forms
// submitted over HTTP (as a user in a browser would), a scoped tool call, the 403 step-up challenge for a tool outside
// the grant, re-authorization with the extra scope, and the call that then succeeds.
//
// Usage: node oauth-client.mjs <mcp-url> <user> <password>
//
// Prints one JSON summary on stdout. Exit codes: 0 all checks passed, 1 a check failed (the summary lists which),
// 2 the flow could not be completed, 64 bad usage.

import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { auth, UnauthorizedError } from '@modelcontextprotocol/sdk/client/auth.js';

const OVERALL_TIMEOUT_MS = 60_000;
// Nothing listens here: the script reads the redirect's Location itself, as a browser would hand it to the app.
const REDIRECT_URL = 'http://127.0.0.1:33418/callback';

const [url, username, password] = process.argv.slice(2);
if (!url || !username || !password) {
    console.error('Usage: node oauth-client.mjs <mcp-url> <user> <password>');
    process.exit(64);
}

const failures = [];
function check(condition, description) {
    if (!condition) {
        failures.push(description);
    }
}

const watchdog = setTimeout(() => {
    console.error(`The OAuth flow against ${url} did not finish within ${OVERALL_TIMEOUT_MS} ms`);
    process.exit(2);
}, OVERALL_TIMEOUT_MS);
watchdog.unref();

function hiddenField(html, name) {
    const match = html.match(new RegExp(`name="${name}" value="([^"]*)"`));
    if (!match) {
        throw new Error(`No ${name} field in the page: ${html.slice(0, 300)}`);
    }
    return match[1];
}

function form(fields) {
    const body = new URLSearchParams();
    for (const [name, value] of fields) {
        body.append(name, value);
    }
    return body;
}

// The user at the browser: opens the authorization URL, signs in, ticks the scopes in `grant` on the consent page
// (when it is shown) and follows the redirect back to the client. Returns the code.
async function actAsUser(authorizationUrl, grant, log) {
    const page = await fetch(authorizationUrl, { redirect: 'manual' });
    const loginHtml = await page.text();
    if (page.status !== 200) {
        throw new Error(`Authorization page answered ${page.status}: ${loginHtml.slice(0, 300)}`);
    }
    log.framing = page.headers.get('x-frame-options');
    const cookie = page.headers.get('set-cookie').split(';')[0];
    const origin = new URL(authorizationUrl).origin;
    const login = await fetch(`${origin}/oauth/login`, {
        method: 'POST', redirect: 'manual', headers: { cookie },
        body: form([['request', hiddenField(loginHtml, 'request')], ['csrf', hiddenField(loginHtml, 'csrf')],
            ['username', username], ['password', password]])
    });
    let redirect = login;
    if (login.status === 200) {
        const consentHtml = await login.text();
        log.consentShown = true;
        log.consentMentionsTools = consentHtml.includes('<code>cancel_order</code>');
        const fields = [['request', hiddenField(consentHtml, 'request')], ['csrf', hiddenField(consentHtml, 'csrf')]];
        for (const scope of grant) {
            fields.push(['scope', scope]);
        }
        fields.push(['decision', 'allow']);
        redirect = await fetch(`${origin}/oauth/consent`, { method: 'POST', redirect: 'manual', headers: { cookie },
            body: form(fields) });
    } else {
        log.consentShown = false;
    }
    if (redirect.status !== 303) {
        throw new Error(`Sign-in answered ${redirect.status}: ${(await redirect.text()).slice(0, 300)}`);
    }
    const back = new URL(redirect.headers.get('location'));
    log.iss = back.searchParams.get('iss');
    if (back.searchParams.get('error')) {
        throw new Error(`Authorization refused: ${back.searchParams.get('error_description')}`);
    }
    return back.searchParams.get('code');
}

class HeadlessOAuthProvider {
    constructor() {
        this.grant = [];
        this.userLog = [];
    }
    get redirectUrl() { return REDIRECT_URL; }
    get clientMetadata() {
        return {
            client_name: 'MCP Warden SDK test client',
            redirect_uris: [REDIRECT_URL],
            grant_types: ['authorization_code', 'refresh_token'],
            response_types: ['code'],
            token_endpoint_auth_method: 'none'
        };
    }
    clientInformation() { return this.client; }
    saveClientInformation(client) { this.client = client; }
    tokens() { return this.savedTokens; }
    saveTokens(tokens) { this.savedTokens = tokens; }
    saveCodeVerifier(verifier) { this.verifier = verifier; }
    codeVerifier() { return this.verifier; }
    invalidateCredentials(scope) {
        if (scope === 'all' || scope === 'tokens') {
            this.savedTokens = undefined;
        }
        if (scope === 'all' || scope === 'client') {
            this.client = undefined;
        }
    }
    async redirectToAuthorization(authorizationUrl) {
        const log = { requestedScope: authorizationUrl.searchParams.get('scope'),
            resource: authorizationUrl.searchParams.get('resource') };
        this.userLog.push(log);
        this.code = await actAsUser(authorizationUrl.href, this.grant, log);
    }
}

function scopesOf(accessToken) {
    return JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64url').toString()).scope;
}

const provider = new HeadlessOAuthProvider();
const challenges = [];
// Sees the responses the SDK gets, to report the challenges the server sent.
const recordingFetch = async (input, init) => {
    const response = await fetch(input, init);
    if (response.status === 401 || response.status === 403) {
        challenges.push({ status: response.status, wwwAuthenticate: response.headers.get('www-authenticate') });
    }
    return response;
};
const summary = { failures };

try {
    // 1. Connect: 401 -> discovery -> registration -> the user signs in and allows only orders:read.
    provider.grant = ['orders:read'];
    let transport = new StreamableHTTPClientTransport(new URL(url), { authProvider: provider, fetch: recordingFetch });
    let client = new Client({ name: 'mcp-warden-oauth-client', version: '1.0.0' });
    try {
        await client.connect(transport);
        check(false, 'the first connect needs authorization');
    } catch (error) {
        if (!(error instanceof UnauthorizedError)) {
            throw error;
        }
        await transport.finishAuth(provider.code);
    }
    summary.clientRegistered = typeof provider.client?.client_id === 'string';
    summary.firstChallenge = challenges[0] ?? null;
    summary.firstAuthorization = provider.userLog[0];
    summary.grantedScope = scopesOf(provider.tokens().access_token);
    summary.refreshTokenIssued = typeof provider.tokens().refresh_token === 'string';

    transport = new StreamableHTTPClientTransport(new URL(url), { authProvider: provider, fetch: recordingFetch });
    client = new Client({ name: 'mcp-warden-oauth-client', version: '1.0.0' });
    await client.connect(transport);
    const { tools } = await client.listTools();
    summary.visibleTools = tools.map((t) => t.name).sort();

    const found = await client.callTool({ name: 'find_order', arguments: { orderId: 'ORD-1002' } });
    summary.findOrder = { isError: found.isError ?? false, customer: found.structuredContent?.customer ?? null };

    // 2. A tool outside the grant: 403 insufficient_scope. The SDK refreshes once, gets the same 403, and gives up.
    const cancel = { name: 'cancel_order', arguments: { orderId: 'ORD-1004', reason: 'Customer changed their mind' } };
    try {
        await client.callTool(cancel);
        summary.cancelBeforeStepUp = 'allowed';
    } catch (error) {
        summary.cancelBeforeStepUp = { code: error.code ?? null, message: error.message };
    }
    const stepUp = challenges.find((c) => c.status === 403);
    summary.stepUpChallenge = stepUp?.wwwAuthenticate ?? null;
    const neededScope = stepUp?.wwwAuthenticate?.match(/scope="([^"]*)"/)?.[1];

    // 3. Re-authorize with the scopes the challenge names; the user allows them.
    provider.invalidateCredentials('tokens');
    provider.grant = neededScope ? neededScope.split(' ') : [];
    const redirect = await auth(provider, { serverUrl: new URL(url), scope: neededScope, fetchFn: recordingFetch });
    check(redirect === 'REDIRECT', `re-authorization starts with a redirect, not ${redirect}`);
    const authorized = await auth(provider, { serverUrl: new URL(url), authorizationCode: provider.code,
        fetchFn: recordingFetch });
    check(authorized === 'AUTHORIZED', `re-authorization completes, not ${authorized}`);
    summary.secondAuthorization = provider.userLog[1] ?? null;
    summary.steppedUpScope = scopesOf(provider.tokens().access_token);

    const cancelled = await client.callTool(cancel);
    summary.cancelAfterStepUp = { isError: cancelled.isError ?? false,
        status: cancelled.structuredContent?.status ?? null };
    await client.close();
} catch (error) {
    summary.error = String(error?.stack ?? error);
    console.log(JSON.stringify(summary, null, 2));
    process.exit(2);
}

console.log(JSON.stringify(summary, null, 2));
process.exit(failures.length === 0 ? 0 : 1);
