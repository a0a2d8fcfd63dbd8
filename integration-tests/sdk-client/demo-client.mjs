// Drives the MCP Warden order-desk demo with the official MCP TypeScript SDK client.
//
// Usage: node demo-client.mjs <mcp-url>      (for instance http://127.0.0.1:8080/mcp)
//
// Prints one JSON summary on stdout. Exit codes: 0 all checks passed, 1 a check failed (the summary lists which),
// 2 the client could not talk to the server at all, 64 bad usage.

import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

const EXPECTED_TOOLS = ['cancel_order', 'find_order', 'list_orders', 'place_order'];
const OVERALL_TIMEOUT_MS = 60_000;

const url = process.argv[2];
if (!url) {
    console.error('Usage: node demo-client.mjs <mcp-url>');
    process.exit(64);
}

const failures = [];
function check(condition, description) {
    if (!condition) {
        failures.push(description);
    }
}

function textOf(result) {
    return (result.content ?? []).filter((c) => c.type === 'text').map((c) => c.text).join('\n');
}

const watchdog = setTimeout(() => {
    console.error(`No answer from ${url} within ${OVERALL_TIMEOUT_MS} ms`);
    process.exit(2);
}, OVERALL_TIMEOUT_MS);
watchdog.unref();

const client = new Client({ name: 'mcp-warden-demo-client', version: '1.0.0' });
const transport = new StreamableHTTPClientTransport(new URL(url));
const summary = {};

try {
    await client.connect(transport);
    summary.server = client.getServerVersion();
    summary.protocolVersion = transport.protocolVersion ?? null;
    summary.sessionId = transport.sessionId ? 'present' : 'absent';
    check(summary.server?.name === 'mcp-warden-order-desk', `server name is ${summary.server?.name}`);
    check(typeof client.getInstructions() === 'string' && client.getInstructions().includes('list_orders'),
        'initialize carries instructions that mention list_orders');

    const { tools } = await client.listTools();
    summary.tools = tools.map((t) => t.name).sort();
    check(JSON.stringify(summary.tools) === JSON.stringify(EXPECTED_TOOLS), `tools are ${summary.tools}`);
    const findOrderTool = tools.find((t) => t.name === 'find_order');
    summary.findOrderReadOnly = findOrderTool?.annotations?.readOnlyHint ?? null;
    check(summary.findOrderReadOnly === true, 'find_order is marked read-only');

    // The SDK validates structuredContent against the tool's outputSchema, so a schema mismatch fails here.
    const found = await client.callTool({ name: 'find_order', arguments: { orderId: 'ORD-1002' } });
    const order = found.structuredContent ?? {};
    summary.findOrder = {
        isError: found.isError ?? false,
        id: order.id,
        customer: order.customer,
        status: order.status,
        total: order.total,
        skus: (order.lines ?? []).map((l) => l.sku),
    };
    check(!found.isError, 'find_order succeeds');
    check(order.customer === 'Grace Hopper' && order.status === 'SHIPPED', 'find_order returns ORD-1002');
    check(JSON.parse(textOf(found)).id === 'ORD-1002', 'find_order also returns the order as JSON text');

    const listed = await client.callTool({ name: 'list_orders', arguments: { status: 'SHIPPED', limit: 5 } });
    const page = listed.structuredContent ?? {};
    summary.listOrders = {
        isError: listed.isError ?? false,
        matching: page.matching,
        ids: (page.orders ?? []).map((o) => o.id),
        statuses: [...new Set((page.orders ?? []).map((o) => o.status))],
    };
    check(!listed.isError, 'list_orders succeeds');
    check(summary.listOrders.ids.includes('ORD-1002'), 'list_orders SHIPPED includes ORD-1002');
    check(JSON.stringify(summary.listOrders.statuses) === '["SHIPPED"]', 'list_orders filters by status');

    const refused = await client.callTool({ name: 'cancel_order', arguments: { orderId: 'ORD-1003', reason: '' } });
    summary.invalidCancel = { isError: refused.isError ?? false, message: textOf(refused) };
    check(refused.isError === true, 'cancel_order with a blank reason is an error result');
    check(summary.invalidCancel.message.includes("'reason'"), 'the error names the reason argument');

    const placed = await client.callTool({
        name: 'place_order',
        arguments: {
            customer: 'Margaret Hamilton',
            items: [{ sku: 'KB-101', quantity: 1 }, { sku: 'CB-050', quantity: 2 }],
        },
    });
    const newOrder = placed.structuredContent ?? {};
    summary.placeOrder = {
        isError: placed.isError ?? false,
        id: newOrder.id,
        customer: newOrder.customer,
        status: newOrder.status,
        total: newOrder.total,
        lines: (newOrder.lines ?? []).map((l) => `${l.quantity} x ${l.sku}`),
    };
    check(!placed.isError, 'place_order succeeds');
    check(/^ORD-\d+$/.test(newOrder.id ?? ''), 'place_order returns a new order id');
    check(newOrder.status === 'PENDING' && newOrder.total === 108.8, 'place_order prices the order');

    const reread = await client.callTool({ name: 'find_order', arguments: { orderId: newOrder.id ?? 'none' } });
    check(reread.structuredContent?.customer === 'Margaret Hamilton', 'the placed order can be found');
} catch (error) {
    summary.error = String(error?.message ?? error);
    failures.push(`client error: ${summary.error}`);
    console.log(JSON.stringify({ ...summary, failures }, null, 2));
    process.exit(2);
} finally {
    await transport.terminateSession().catch(() => {});
    await client.close().catch(() => {});
}

summary.failures = failures;
console.log(JSON.stringify(summary, null, 2));
process.exit(failures.length === 0 ? 0 : 1);
