// Drives an MCP Warden server with the official TypeScript SDK client: calls the tool 'consult', which logs, reports
// progress, asks the client's model (sampling) and its user (elicitation) before it answers. Prints a JSON summary
// of what the client saw. Usage: node interaction-client.mjs <mcp-url>
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import {
  CreateMessageRequestSchema,
  ElicitRequestSchema,
  LoggingMessageNotificationSchema,
} from '@modelcontextprotocol/sdk/types.js';

const url = process.argv[2];
const summary = { logs: [], progress: [], sampling: [], elicitation: [], failures: [] };

const client = new Client(
  { name: 'warden-interaction-client', version: '1.0.0' },
  { capabilities: { sampling: {}, elicitation: { form: {} } } },
);
client.setRequestHandler(CreateMessageRequestSchema, async (request) => {
  summary.sampling.push(request.params);
  return { role: 'assistant', content: { type: 'text', text: 'Paris' }, model: 'fake-model', stopReason: 'endTurn' };
});
client.setRequestHandler(ElicitRequestSchema, async (request) => {
  summary.elicitation.push(request.params);
  return { action: 'accept', content: { confirm: true, detail: 'short' } };
});
client.setNotificationHandler(LoggingMessageNotificationSchema, (notification) => {
  summary.logs.push(notification.params);
});

try {
  await client.connect(new StreamableHTTPClientTransport(new URL(url)));
  await client.setLoggingLevel('info');
  summary.result = await client.callTool(
    { name: 'consult', arguments: { question: 'Capital of France?' } },
    undefined,
    { onprogress: (progress) => summary.progress.push(progress) },
  );
} catch (error) {
  summary.failures.push(String(error));
} finally {
  await client.close();
}
console.log(JSON.stringify(summary));
