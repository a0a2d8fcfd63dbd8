// The official MCP TypeScript SDK client connects to a Warden server secured by Keycloak, knowing nothing but the
// MCP URL and a user's credentials: Warden's 401 -> RFC 9728 protected-resource metadata -> Keycloak's RFC 8414
// metadata -> anonymous dynamic client registration -> authorization code with PKCE (this script submits Keycloak's
// login form, as the user would) -> tool call. Prints one JSON summary on stdout; exits non-zero on failure.
//
// Usage: node keycloak-discovery-client.mjs <mcp-url> <username> <password>
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { UnauthorizedError } from '@modelcontextprotocol/sdk/client/auth.js';

const [mcpUrl, username, password] = process.argv.slice(2);
if (!mcpUrl || !username || !password) {
  console.error('Usage: node keycloak-discovery-client.mjs <mcp-url> <username> <password>');
  process.exit(2);
}

// Every HTTP exchange the SDK makes, in order, so the caller can check the discovery sequence.
const exchanges = [];
async function recordingFetch(input, init) {
  const response = await fetch(input, init);
  const url = new URL(input instanceof Request ? input.url : input);
  exchanges.push({ method: init?.method ?? 'GET', url: url.origin + url.pathname, status: response.status });
  return response;
}

// An OAuth client provider that keeps everything in memory and remembers the authorization URL it is sent to.
class InMemoryProvider {
  constructor() {
    this.registered = undefined;
    this.saved = undefined;
    this.verifier = undefined;
    this.authorizationUrl = undefined;
  }
  get redirectUrl() {
    return 'http://127.0.0.1/callback';
  }
  get clientMetadata() {
    return {
      client_name: 'MCP Warden Keycloak discovery test',
      redirect_uris: [this.redirectUrl],
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      token_endpoint_auth_method: 'none',
    };
  }
  clientInformation() {
    return this.registered;
  }
  saveClientInformation(information) {
    this.registered = information;
  }
  tokens() {
    return this.saved;
  }
  saveTokens(tokens) {
    this.saved = tokens;
  }
  redirectToAuthorization(url) {
    this.authorizationUrl = url;
  }
  saveCodeVerifier(verifier) {
    this.verifier = verifier;
  }
  codeVerifier() {
    return this.verifier;
  }
}

// What the user's browser does: open the authorization URL, submit Keycloak's login form, follow nothing further.
// Keycloak's cookies are sent back by hand (a browser on 127.0.0.1 sends its Secure cookies too).
async function logIn(authorizationUrl) {
  const page = await fetch(authorizationUrl, { redirect: 'manual' });
  const html = await page.text();
  if (page.status !== 200) {
    throw new Error(`Keycloak's login page answered ${page.status}: ${html.slice(0, 500)}`);
  }
  const form = /<form[^>]*id="kc-form-login"[^>]*action="([^"]+)"/s.exec(html);
  if (!form) {
    throw new Error(`No login form on Keycloak's page: ${html.slice(0, 500)}`);
  }
  const cookies = page.headers.getSetCookie().map((cookie) => cookie.split(';')[0]).join('; ');
  const submitted = await fetch(form[1].replaceAll('&amp;', '&'), {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookies },
    body: new URLSearchParams({ username, password }),
  });
  const location = submitted.headers.get('location');
  if (submitted.status !== 302 || !location) {
    throw new Error(`Keycloak did not accept the login: HTTP ${submitted.status}`);
  }
  const callback = new URL(location);
  const code = callback.searchParams.get('code');
  if (!code) {
    throw new Error(`Keycloak redirected without a code: ${callback.searchParams.get('error')}`);
  }
  return { code, iss: callback.searchParams.get('iss') };
}

const provider = new InMemoryProvider();
const clientInfo = { name: 'mcp-warden-keycloak-it', version: '0.1.0' };
const summary = { exchanges };

// 1. Without a token: the SDK discovers the authorization server, registers and asks us to send the user to log in.
const firstTransport = new StreamableHTTPClientTransport(new URL(mcpUrl), { authProvider: provider, fetch: recordingFetch });
try {
  await new Client(clientInfo).connect(firstTransport);
  throw new Error('The server accepted a connection without a token');
} catch (error) {
  if (!(error instanceof UnauthorizedError)) {
    throw error;
  }
}
const authorization = provider.authorizationUrl;
summary.registeredClient = {
  clientIdIssued: typeof provider.registered?.client_id === 'string' && provider.registered.client_id.length > 0,
  tokenEndpointAuthMethod: provider.registered?.token_endpoint_auth_method,
};
summary.authorizationRequest = {
  endpoint: authorization.origin + authorization.pathname,
  clientIdIsRegistered: authorization.searchParams.get('client_id') === provider.registered?.client_id,
  scope: authorization.searchParams.get('scope'),
  resource: authorization.searchParams.get('resource'),
  codeChallengeMethod: authorization.searchParams.get('code_challenge_method'),
};

// 2. The user logs in; the SDK exchanges the code (with the PKCE verifier) at Keycloak's token endpoint.
const { code, iss } = await logIn(authorization);
summary.authorizationResponseIssuer = iss;
await firstTransport.finishAuth(code);

// 3. With the token: connect, list and call.
const client = new Client(clientInfo);
await client.connect(new StreamableHTTPClientTransport(new URL(mcpUrl), { authProvider: provider, fetch: recordingFetch }));
summary.tools = (await client.listTools()).tools.map((tool) => tool.name).sort();
const whoami = await client.callTool({ name: 'whoami', arguments: {} });
summary.whoami = { isError: whoami.isError ?? false, ...whoami.structuredContent };
summary.whoami.clientIdIsRegistered = summary.whoami.clientId === provider.registered?.client_id;
await client.close();

console.log(JSON.stringify(summary, null, 2));
