// Benchmark peer: the official MCP TypeScript SDK server (Streamable HTTP, stateful sessions, JSON responses) with the
// SDK's bearer-auth middleware verifying the benchmark's RS256 tokens against the identity provider's JWKS (jose).
// Usage: node server.mjs PORT ISSUER RESOURCE [noauth]
import { randomUUID } from 'node:crypto';
import express from 'express';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { z } from 'zod';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { isInitializeRequest } from '@modelcontextprotocol/sdk/types.js';
import { requireBearerAuth } from '@modelcontextprotocol/sdk/server/auth/middleware/bearerAuth.js';
import { InvalidTokenError } from '@modelcontextprotocol/sdk/server/auth/errors.js';
import { CATALOGUE } from './catalogue.mjs';

const [port, issuer, resource, mode] = process.argv.slice(2);
if (!port || !issuer || !resource) {
    console.error('usage: node server.mjs PORT ISSUER RESOURCE [noauth]');
    process.exit(2);
}

function newServer() {
    const server = new McpServer({ name: 'ts-sdk-benchmark', version: '1.0.0' });
    server.registerTool('add', {
        description: 'Adds two integers and returns the sum.',
        inputSchema: { a: z.number().int().describe('The first addend'), b: z.number().int().describe('The second addend') },
        annotations: { readOnlyHint: true, openWorldHint: false },
    }, async ({ a, b }) => ({ content: [{ type: 'text', text: String(a + b) }] }));
    for (const tool of CATALOGUE) {
        server.registerTool(tool.name, { description: tool.description, inputSchema: tool.inputSchema },
            async () => ({ content: [{ type: 'text', text: 'ok' }] }));
    }
    return server;
}

const app = express();
app.use(express.json({ limit: '1mb' }));

if (mode !== 'noauth') {
    const discovery = await (await fetch(`${issuer}/.well-known/openid-configuration`)).json();
    const jwks = createRemoteJWKSet(new URL(discovery.jwks_uri));
    const verifier = {
        async verifyAccessToken(token) {
            try {
                const { payload } = await jwtVerify(token, jwks, { issuer, audience: resource, algorithms: ['RS256'] });
                return {
                    token,
                    clientId: String(payload.client_id ?? payload.azp ?? ''),
                    scopes: typeof payload.scope === 'string' ? payload.scope.split(' ') : [],
                    expiresAt: payload.exp,
                    resource: new URL(resource),
                };
            } catch {
                throw new InvalidTokenError('Invalid token');
            }
        },
    };
    app.use('/mcp', requireBearerAuth({ verifier, requiredScopes: ['bench:call'], expectedResource: new URL(resource) }));
}

const transports = new Map();

app.post('/mcp', async (req, res) => {
    const sessionId = req.headers['mcp-session-id'];
    let transport = sessionId ? transports.get(sessionId) : undefined;
    if (!transport) {
        if (sessionId || !isInitializeRequest(req.body)) {
            res.status(sessionId ? 404 : 400).json({ jsonrpc: '2.0', error: { code: -32000, message: 'No valid session' }, id: null });
            return;
        }
        transport = new StreamableHTTPServerTransport({
            sessionIdGenerator: () => randomUUID(),
            enableJsonResponse: true,
            onsessioninitialized: (id) => transports.set(id, transport),
        });
        transport.onclose = () => transport.sessionId && transports.delete(transport.sessionId);
        await newServer().connect(transport);
    }
    await transport.handleRequest(req, res, req.body);
});

const sessionRequest = async (req, res) => {
    const transport = transports.get(req.headers['mcp-session-id']);
    if (!transport) {
        res.status(404).end();
        return;
    }
    await transport.handleRequest(req, res);
};
app.get('/mcp', sessionRequest);
app.delete('/mcp', sessionRequest);

app.listen(Number(port), '127.0.0.1', () => console.log(`listening on http://127.0.0.1:${port}/mcp (${mode ?? 'auth'})`));
