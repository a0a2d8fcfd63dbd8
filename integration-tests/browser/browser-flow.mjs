// Drives the built-in authorization server's login and consent pages in a real headless browser (Debian's chromium,
// through Playwright): discovery and dynamic client registration over HTTP, then the authorization-code + PKCE flow
// in the browser (a wrong password, an unknown user, the right password, the consent page, one scope unticked), the
// redirect to a loopback listener with code, state and iss, the token exchange, a tool call inside the partial grant
// and one outside it. Also checks that the login page refuses to be framed, and saves screenshots of the pages.
//
// Usage: node browser-flow.mjs <mcp-url> <user> <password> <screenshot-dir>
// The browser is $CHROMIUM (default /usr/bin/chromium); playwright-core never downloads one.
//
// Prints one JSON summary on stdout (the JUnit test asserts it). Exit codes: 0 the flow ran to its end, 2 it could
// not be completed (the summary's "error" says why), 64 bad usage.

import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const OVERALL_TIMEOUT_MS = 90_000;
const STEP_TIMEOUT_MS = 15_000;
const WRONG_PASSWORD = 'not-the-password-7Qx';
const GRANTED = 'orders:read';
const UNTICKED = 'orders:write';

const [mcpUrl, username, password, screenshots] = process.argv.slice(2);
if (!mcpUrl || !username || !password || !screenshots) {
    console.error('Usage: node browser-flow.mjs <mcp-url> <user> <password> <screenshot-dir>');
    process.exit(64);
}
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';

const watchdog = setTimeout(() => {
    console.error(`The browser flow against ${mcpUrl} did not finish within ${OVERALL_TIMEOUT_MS} ms`);
    process.exit(2);
}, OVERALL_TIMEOUT_MS);
watchdog.unref();

const summary = {};

// The client's side of the redirect (RFC 8252 loopback): records what reaches /callback. Also serves /framer, a page
// of another origin that tries to show the login page in a frame.
const callbacks = [];
let framedUrl = null;
const listener = createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (url.pathname === '/callback') {
        callbacks.push(Object.fromEntries(url.searchParams));
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end('<!DOCTYPE html><title>Signed in</title><p id="done">You can close this window.</p>');
    } else if (url.pathname === '/framer') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(`<!DOCTYPE html><title>Framer</title><iframe id="victim" src="${framedUrl}"></iframe>`);
    } else {
        res.writeHead(404).end();
    }
});
await new Promise((resolve) => listener.listen(0, '127.0.0.1', resolve));
const listenerOrigin = `http://127.0.0.1:${listener.address().port}`;
const redirectUri = `${listenerOrigin}/callback`;
summary.redirectUri = redirectUri;

function fetchWithTimeout(url, init = {}) {
    return fetch(url, { ...init, redirect: 'manual', signal: AbortSignal.timeout(STEP_TIMEOUT_MS) });
}

async function json(response, what) {
    const text = await response.text();
    try {
        return JSON.parse(text);
    } catch {
        throw new Error(`${what} answered ${response.status} with no JSON: ${text.slice(0, 300)}`);
    }
}

function base64url(bytes) {
    return Buffer.from(bytes).toString('base64url');
}

function jwtPayload(jwt) {
    return JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString());
}

// What a user sees of an element: its text with whitespace collapsed.
async function textOf(locator) {
    return (await locator.innerText()).replace(/\s+/g, ' ').trim();
}

// One MCP JSON-RPC request over Streamable HTTP; the answer may come as JSON or as one SSE event.
async function mcp(token, session, message) {
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json',
        accept: 'application/json, text/event-stream', 'mcp-protocol-version': '2025-11-25' };
    if (session) {
        headers['mcp-session-id'] = session;
    }
    const response = await fetchWithTimeout(mcpUrl, { method: 'POST', headers, body: JSON.stringify(message) });
    const text = await response.text();
    let body = null;
    if (text && (response.headers.get('content-type') ?? '').startsWith('text/event-stream')) {
        const data = text.split('\n').filter((line) => line.startsWith('data:')).map((line) => line.slice(5));
        body = data.length ? JSON.parse(data.join('\n')) : null;
    } else if (text) {
        body = JSON.parse(text);
    }
    return { status: response.status, headers: response.headers, body };
}

let browser;
try {
    // 1. Discovery and registration, as an MCP client does before it opens the browser.
    const challenge = await fetchWithTimeout(mcpUrl, { method: 'POST', headers: { 'content-type': 'application/json',
        accept: 'application/json, text/event-stream' }, body: '{"jsonrpc":"2.0","id":0,"method":"ping"}' });
    summary.unauthenticatedStatus = challenge.status;
    const resourceMetadataUrl = challenge.headers.get('www-authenticate')?.match(/resource_metadata="([^"]+)"/)?.[1];
    if (!resourceMetadataUrl) {
        throw new Error(`No resource_metadata in the challenge: ${challenge.headers.get('www-authenticate')}`);
    }
    const resourceMetadata = await json(await fetchWithTimeout(resourceMetadataUrl), 'The resource metadata');
    const issuer = resourceMetadata.authorization_servers[0];
    const asMetadata = await json(await fetchWithTimeout(`${issuer}/.well-known/oauth-authorization-server`),
        'The authorization server metadata');
    summary.issuer = asMetadata.issuer;

    const registration = await fetchWithTimeout(asMetadata.registration_endpoint, { method: 'POST',
        headers: { 'content-type': 'application/json' }, body: JSON.stringify({
            client_name: 'Browser Test Client', redirect_uris: [redirectUri],
            grant_types: ['authorization_code', 'refresh_token'], response_types: ['code'],
            token_endpoint_auth_method: 'none' }) });
    summary.registrationStatus = registration.status;
    const client = await json(registration, 'Registration');

    const verifier = base64url(randomBytes(32));
    const state = base64url(randomBytes(16));
    const authorizeUrl = new URL(asMetadata.authorization_endpoint);
    for (const [name, value] of Object.entries({ response_type: 'code', client_id: client.client_id,
        redirect_uri: redirectUri, scope: `${GRANTED} ${UNTICKED}`, state,
        code_challenge: base64url(createHash('sha256').update(verifier).digest()), code_challenge_method: 'S256',
        resource: resourceMetadata.resource })) {
        authorizeUrl.searchParams.set(name, value);
    }

    // A fresh profile: Playwright gives the browser a new temporary --user-data-dir and removes it on close.
    browser = await chromium.launch({ executablePath, headless: true, timeout: 30_000, args: ['--no-sandbox',
        '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'] });
    summary.browser = browser.version();
    mkdirSync(screenshots, { recursive: true });

    const context = await browser.newContext({ viewport: { width: 800, height: 900 } });
    context.setDefaultTimeout(STEP_TIMEOUT_MS);
    context.setDefaultNavigationTimeout(STEP_TIMEOUT_MS);
    const page = await context.newPage();

    // 2. The login page, and the headers that keep it out of frames.
    const loginResponse = await page.goto(authorizeUrl.href);
    const loginHeaders = await loginResponse.allHeaders();
    summary.login = {
        status: loginResponse.status(),
        xFrameOptions: loginHeaders['x-frame-options'] ?? null,
        contentSecurityPolicy: loginHeaders['content-security-policy'] ?? null,
        cacheControl: loginHeaders['cache-control'] ?? null,
        title: await page.title(),
        heading: await textOf(page.locator('h1')),
        lead: await textOf(page.locator('p.lead')),
        errorShown: await page.locator('.error').count()
    };
    await page.screenshot({ path: join(screenshots, 'login.png'), fullPage: true });

    // 3. A wrong password, then an unknown user: the same answer, and nothing typed comes back.
    async function failedLogin(user) {
        await page.getByLabel('User name').fill(user);
        await page.getByLabel('Password').fill(WRONG_PASSWORD);
        const [response] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/oauth/login')),
            page.getByRole('button', { name: 'Sign in' }).click()]);
        await page.waitForLoadState();
        const html = await page.content();
        return {
            status: response.status(),
            title: await page.title(),
            alert: await textOf(page.getByRole('alert')),
            usernameField: await page.getByLabel('User name').inputValue(),
            passwordField: await page.getByLabel('Password').inputValue(),
            pageContainsPassword: html.includes(WRONG_PASSWORD),
            xFrameOptions: (await response.allHeaders())['x-frame-options'] ?? null
        };
    }
    summary.wrongPassword = await failedLogin(username);
    await page.screenshot({ path: join(screenshots, 'login-error.png'), fullPage: true });
    summary.unknownUser = await failedLogin('nobody-here');

    // 4. The right password: the consent page.
    await page.getByLabel('User name').fill(username);
    await page.getByLabel('Password').fill(password);
    const [consentResponse] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/oauth/login')),
        page.getByRole('button', { name: 'Sign in' }).click()]);
    await page.waitForLoadState();
    const scopes = [];
    for (const box of await page.locator('.scope').all()) {
        const checkbox = box.getByRole('checkbox');
        scopes.push({
            name: await checkbox.getAttribute('value'),
            checked: await checkbox.isChecked(),
            description: await textOf(box.locator('label')),
            tools: await textOf(box.locator('.tools')),
            toolNames: await box.locator('.tools code').allInnerTexts()
        });
    }
    summary.consent = {
        status: consentResponse.status(),
        xFrameOptions: (await consentResponse.allHeaders())['x-frame-options'] ?? null,
        contentSecurityPolicy: (await consentResponse.allHeaders())['content-security-policy'] ?? null,
        title: await page.title(),
        heading: await textOf(page.locator('h1')),
        lead: await textOf(page.locator('p.lead')),
        scopes
    };
    await page.screenshot({ path: join(screenshots, 'consent.png'), fullPage: true });

    // 5. The partial grant: untick one scope, allow the rest, land on the client's redirect URI.
    const untick = scopes.find((s) => s.name === UNTICKED);
    if (!untick) {
        throw new Error(`The consent page does not offer ${UNTICKED}: ${JSON.stringify(scopes)}`);
    }
    await page.getByLabel(untick.description).uncheck();
    const [answer] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/oauth/consent')),
        page.waitForURL(`${redirectUri}?**`), page.getByRole('button', { name: 'Allow' }).click()]);
    const landed = new URL(page.url());
    summary.redirect = {
        consentAnswerStatus: answer.status(),
        origin: landed.origin,
        path: landed.pathname,
        parameters: [...landed.searchParams.keys()].sort(),
        stateMatches: landed.searchParams.get('state') === state,
        iss: landed.searchParams.get('iss'),
        codePresent: (landed.searchParams.get('code') ?? '').length > 0,
        listenerCalls: callbacks.length,
        page: await textOf(page.locator('#done'))
    };
    await context.close();

    // 6. The token exchange: the token carries only the scope left ticked.
    const tokenResponse = await fetchWithTimeout(asMetadata.token_endpoint, { method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({
            grant_type: 'authorization_code', code: landed.searchParams.get('code'), redirect_uri: redirectUri,
            code_verifier: verifier, client_id: client.client_id, resource: resourceMetadata.resource }) });
    const tokens = await json(tokenResponse, 'The token endpoint');
    const claims = jwtPayload(tokens.access_token);
    summary.token = { status: tokenResponse.status, scope: tokens.scope, tokenType: tokens.token_type,
        claims: { scope: claims.scope, aud: claims.aud, client_id: claims.client_id === client.client_id,
            sub: claims.sub } };

    // 7. A tool inside the grant works; one outside it is refused with 403 insufficient_scope.
    const init = await mcp(tokens.access_token, null, { jsonrpc: '2.0', id: 1, method: 'initialize', params: {
        protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'browser-test', version: '1.0' } } });
    const session = init.headers.get('mcp-session-id');
    await mcp(tokens.access_token, session, { jsonrpc: '2.0', method: 'notifications/initialized' });
    const found = await mcp(tokens.access_token, session, { jsonrpc: '2.0', id: 2, method: 'tools/call',
        params: { name: 'find_order', arguments: { orderId: 'ORD-1002' } } });
    const cancel = await mcp(tokens.access_token, session, { jsonrpc: '2.0', id: 3, method: 'tools/call',
        params: { name: 'cancel_order', arguments: { orderId: 'ORD-1004', reason: 'Changed my mind' } } });
    summary.tools = {
        initializeStatus: init.status,
        findOrder: { status: found.status, isError: found.body?.result?.isError ?? false,
            customer: found.body?.result?.structuredContent?.customer ?? null },
        cancelOrder: { status: cancel.status, wwwAuthenticate: cancel.headers.get('www-authenticate') }
    };

    // 8. Another origin frames the login page: the browser refuses to render it.
    framedUrl = authorizeUrl.href;
    const framing = await browser.newContext();
    framing.setDefaultTimeout(STEP_TIMEOUT_MS);
    const framer = await framing.newPage();
    const [framedResponse] = await Promise.all([
        framer.waitForResponse((r) => r.url().startsWith(asMetadata.authorization_endpoint)),
        framer.goto(`${listenerOrigin}/framer`)]);
    await framer.waitForLoadState('load');
    const frame = framer.frames().find((f) => f !== framer.mainFrame());
    summary.framed = {
        responseStatus: framedResponse.status(),
        frameUrl: frame?.url() ?? null,
        loginFormInFrame: frame ? await frame.locator('#username').count().catch(() => 0) : 0
    };
    await framing.close();
} catch (error) {
    summary.error = String(error?.stack ?? error);
    console.log(JSON.stringify(summary, null, 2));
    await browser?.close().catch(() => {});
    listener.close();
    process.exit(2);
}

await browser.close();
listener.close();
console.log(JSON.stringify(summary, null, 2));
process.exit(0);
