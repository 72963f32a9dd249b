/** The compensation fixtures and their hand-worked expectations (scripts/fixtures/compensation.mjs), typed. */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import { openXlsx } from '../../src/workbook/file';
import type { FileWorkbook } from '../../src/workbook/file';

export const FIXTURES = path.join(__dirname, '..', 'fixtures');

const money = z.string().regex(/^-?\d+\.\d{2}$/);
const payer = z.object({ name: z.string(), kind: z.enum(['person', 'unit']), amount: money }).strict();
export const expectedIncidentSchema = z
  .object({
    row: z.number().int(),
    item: z.string(),
    nature: z.enum(['natural', 'accidental', 'deliberate', 'lost']),
    rule: z.enum(['priceList', 'repair', 'original', 'net', 'none']),
    base: money,
    multiplier: z.number(),
    amount: money,
    amountInWords: z.string().startsWith('人民币'),
    payers: z.array(payer),
    disposition: z.enum(['compensate', 'schoolRepair', 'writeOff']),
    paid: money.optional(),
    outstanding: money.optional(),
    dueDate: z.string().optional(),
    overdue: z.boolean().optional(),
  })
  .strict();
export type ExpectedIncident = z.infer<typeof expectedIncidentSchema>;

const findingRef = z.object({ cell: z.string(), severity: z.enum(['error', 'warning', 'info']), code: z.string() }).strict();
const settlementLine = z.object({
  name: z.string(),
  unit: z.string().nullable(),
  incidents: z.number().int(),
  due: money,
  paid: money,
  outstanding: money,
  broughtForward: money,
  totalOutstanding: money,
  overdue: money,
});

const registerDocSchema = z.object({
  workbook: z.string(),
  sheet: z.string(),
  asOf: z.string(),
  month: z.string(),
  original: z.object({
    summary: z.object({ incidents: z.number(), chargeable: z.number(), total: money, outstanding: money, writeOffs: z.number() }),
    totalInWords: z.string(),
    incidents: z.array(expectedIncidentSchema),
    findings: z.array(findingRef),
    notices: z.array(z.object({ payer: z.string(), kind: z.enum(['person', 'unit']), unit: z.string(), rows: z.array(z.number()), toPay: money })),
    settlement: z.object({ byUnit: z.array(settlementLine), byPerson: z.array(settlementLine), total: settlementLine }),
    writeOffs: z.array(z.object({ row: z.number(), code: z.string(), item: z.string(), spec: z.string(), quantity: z.number(), originalTotal: money, netValue: money, acquiredOn: z.string() })),
    amountDue: z.object({
      column: z.string(),
      unchanged: z.number(),
      edits: z.array(z.object({ address: z.string(), value: money, previous: z.union([z.number(), z.null()]) })),
    }),
  }),
  net: z.object({
    summary: z.object({ incidents: z.number(), chargeable: z.number(), total: money, writeOffs: z.number() }),
    changes: z.array(expectedIncidentSchema.partial().extend({ row: z.number() })),
    extraFindings: z.array(findingRef),
  }),
});

const policyDocSchema = z.object({
  workbook: z.string(),
  sheet: z.string(),
  asOf: z.string(),
  policySheet: z.string(),
  policy: z.object({
    schoolName: z.string(),
    collector: z.string(),
    multipliers: z.object({ natural: z.number(), accidental: z.number(), deliberate: z.number(), lost: z.number() }),
    dueDays: z.number(),
    overdueEnabled: z.boolean(),
    priceList: z.array(z.string()),
  }),
  policyFindings: z.array(findingRef),
  original: z.object({
    summary: z.object({ incidents: z.number(), chargeable: z.number(), total: money, outstanding: money, writeOffs: z.number() }),
    incidents: z.array(expectedIncidentSchema),
  }),
});

export const registerDoc = registerDocSchema.parse(JSON.parse(readFileSync(path.join(FIXTURES, 'compensation-register.compensation.json'), 'utf8')));
export const policyDoc = policyDocSchema.parse(JSON.parse(readFileSync(path.join(FIXTURES, 'compensation-policy.compensation.json'), 'utf8')));

/** The net-basis incidents: the original ones with the rows the basis changes replaced. */
export function netIncidents(): ExpectedIncident[] {
  return registerDoc.original.incidents.map((i) => ({ ...i, ...(registerDoc.net.changes.find((c) => c.row === i.row) ?? {}) }));
}

export function fixtureBytes(workbook: string): Uint8Array {
  return readFileSync(path.join(FIXTURES, workbook));
}

export function openFixture(workbook: string): Promise<FileWorkbook> {
  return openXlsx(fixtureBytes(workbook), workbook);
}
