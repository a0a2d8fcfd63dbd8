// The 100 catalogue tools of the tools/list scenario, with the same names, descriptions and argument shapes as the Java
// servers' CatalogueTools (benchmark/gen-catalogue.py): ten domains times ten operation shapes, as zod schemas.
import { z } from 'zod';

const DOMAINS = ['customer', 'invoice', 'shipment', 'ticket', 'product', 'warehouse', 'supplier', 'contract', 'employee', 'project'];
const Status = z.enum(['DRAFT', 'ACTIVE', 'ON_HOLD', 'CLOSED', 'ARCHIVED']);
const Priority = z.enum(['LOW', 'NORMAL', 'HIGH', 'URGENT']);
const Region = z.enum(['EMEA', 'AMERICAS', 'APAC']);
const Currency = z.enum(['EUR', 'USD', 'GBP', 'JPY', 'CHF']);
const ExportFormat = z.enum(['CSV', 'JSON', 'XLSX', 'PDF']);
const Address = z.object({
    street: z.string().min(1).max(200),
    city: z.string().min(1),
    postalCode: z.string().regex(/^[0-9A-Z -]{3,10}$/),
    country: z.string().min(2).max(2),
}).describe('A postal address.');
const DateRange = z.object({ from: z.iso.date(), to: z.iso.date() }).describe('A range of dates, both ends included.');
const Line = z.object({ sku: z.string().min(1), quantity: z.number().int().positive(), unitPrice: z.number() }).describe('One priced line.');

const SHAPES = [
    ['find', (d) => `Returns one ${d} by its id, with its status and when it was last changed.`, (d, p) => ({
        id: z.string().min(1).regex(new RegExp(`^${p}-[0-9]{4,8}$`)).describe(`The ${d} id, for instance ${p}-1001`),
    })],
    ['list', (d) => `Lists ${d}s newest first, optionally only those with one status, a page at a time.`, (d) => ({
        status: Status.optional().describe(`Only ${d}s with this status; omit for all`),
        limit: z.number().int().min(1).max(100).default(20).describe('Page size, 1 to 100'),
        cursor: z.string().optional().describe('Opaque cursor from the previous page'),
    })],
    ['search', (d) => `Full-text search over ${d}s within a date range and region; returns matching ids ranked by relevance.`, (d) => ({
        query: z.string().min(1).max(200).describe('Words to look for, at most 200 characters'),
        changed: DateRange.optional().describe(`Only ${d}s changed within this range`),
        regions: z.array(Region).optional().describe('Regions to search; empty for all'),
    })],
    ['create', (d) => `Creates a ${d} and returns it with its new id. Changes data: confirm with the user first.`, () => ({
        name: z.string().min(1).max(120).describe('A short human-readable name'),
        address: Address.describe('Postal address'),
        labels: z.array(z.string().min(1)).max(10).describe('Free-form labels, at most 10'),
        priority: Priority.default('NORMAL').describe('How urgent it is'),
    })],
    ['update', (d) => `Updates the name, priority or labels of a ${d}; fields left out are unchanged.`, (d) => ({
        id: z.string().min(1).describe(`The ${d} id`),
        name: z.string().optional().describe('A new name'),
        priority: Priority.optional().describe('A new priority'),
        labels: z.array(z.string()).optional().describe('Labels to replace the current ones'),
    })],
    ['archive', (d) => `Archives a ${d} so that it no longer appears in lists. Can be undone with restore.`, (d) => ({
        id: z.string().min(1).describe(`The ${d} id`),
        reason: z.string().max(500).describe('Why, in a sentence; at most 500 characters'),
    })],
    ['price', (d) => `Computes the price of a set of ${d} lines in a currency, with discounts and tax.`, () => ({
        lines: z.array(Line).min(1).max(50).describe('The lines to price, 1 to 50'),
        currency: Currency.default('EUR').describe('The currency of the quote'),
        discountPercent: z.number().int().min(0).max(90).default(0).describe('A discount in percent, 0 to 90'),
    })],
    ['assign', (d) => `Assigns a ${d} to a person and sets when it is due.`, (d) => ({
        id: z.string().min(1).describe(`The ${d} id`),
        assignee: z.email().describe("The assignee's e-mail address"),
        due: z.iso.date().describe('When it is due (ISO-8601 date)'),
    })],
    ['stats', (d) => `Returns counts and totals of ${d}s per status and region over a period.`, () => ({
        period: DateRange.describe('The period to summarise'),
        byRegion: z.boolean().default(false).describe('Group by region as well'),
    })],
    ['export', (d) => `Exports ${d}s as a file in a format and returns a link to download it.`, (d) => ({
        format: ExportFormat.describe('File format'),
        ids: z.array(z.string()).optional().describe('Only these ids; omit for all'),
        includeArchived: z.boolean().default(false).describe(`Include archived ${d}s`),
    })],
];

const PLURAL = new Set(['list', 'search', 'stats', 'export']);

/** Registers the 100 catalogue tools on an McpServer; each returns a fixed text (only the descriptors matter). */
export const CATALOGUE = DOMAINS.flatMap((d) => SHAPES.map(([verb, description, shape]) => ({
    name: `${verb}_${d}${PLURAL.has(verb) ? 's' : ''}`,
    description: description(d),
    inputSchema: shape(d, d.slice(0, 3).toUpperCase()),
})));
