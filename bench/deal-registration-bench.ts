import type pg from 'pg';
import type { Database } from '../src/db/database.js';
import { createDealRegistration, formatNumber } from '../src/modules/deal-registrations/index.js';
import { userCtx } from './floor-bench.js';
import { openOwner } from './owner.js';
import { log } from './progress.js';
import type { ScaleData } from './scale-data.js';

/**
 * Deal registration with its conflict check, under concurrency: `concurrency` callers register
 * `total` deals at once for random partners, from a pool of customers small enough that most
 * registrations meet an earlier one (the lock per customer key is contended), as `POST
 * /deal-registrations` runs it (the service in a transaction with an admin's context: audit
 * entry, event, notification). The floor: the same lock, claims query, number and insert as plain
 * SQL on owner connections at the same concurrency, without the ORM, the audit or RLS.
 */
export type DealBenchResult = {
  registrations: number;
  concurrency: number;
  flagged: number;
  serviceP50Ms: number;
  serviceP99Ms: number;
  floorP50Ms: number;
  floorP99Ms: number;
  registrationsPerSecond: number;
};

const CUSTOMERS = 150;

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

async function concurrently(total: number, concurrency: number, one: (i: number, worker: number) => Promise<void>) {
  const times: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      while (next < total) {
        const i = next++;
        const started = performance.now();
        await one(i, worker);
        times.push(performance.now() - started);
      }
    }),
  );
  return times.sort((a, b) => a - b);
}

export async function benchDealRegistrations(
  database: Database,
  owner: pg.Client,
  scale: ScaleData,
  total = 400,
  concurrency = 10,
): Promise<DealBenchResult> {
  const { rows } = await owner.query<{ id: string }>('SELECT id FROM partners ORDER BY id LIMIT 500');
  const partnerIds = rows.map((r) => r.id);
  const pick = (i: number) => partnerIds[(i * 7919) % partnerIds.length] as string;
  const customer = (i: number) => `Bench Customer ${(i * 31) % CUSTOMERS}`;
  const ctx = userCtx(database.db, scale.admin);
  let flagged = 0;
  const started = performance.now();
  const service = await concurrently(total, concurrency, async (i) => {
    const dto = await createDealRegistration(ctx, {
      partnerId: pick(i),
      customer: { name: `${customer(i)} Inc.`, domain: `bench-customer-${(i * 31) % CUSTOMERS}.example` },
      title: `Bench deal ${i}`,
      amount: 1_000_000 + i,
      currency: 'USD',
      expectedCloseDate: '2035-01-01',
    });
    if (dto.conflict.flagged) flagged += 1;
  });
  const seconds = (performance.now() - started) / 1000;
  // The floor: the same three statements in a transaction per registration, on as many owner
  // connections as callers. PGlite takes one owner connection (a second one breaks the shared
  // session), so its floor runs one at a time: its p50 is one registration's work without the
  // queue the service's callers wait in (PGlite runs one transaction at a time either way).
  const owners = await Promise.all(
    Array.from({ length: database.kind === 'pglite' ? 1 : concurrency }, () => openOwner(database)),
  );
  try {
    const today = new Date().toISOString().slice(0, 10);
    const floor = await concurrently(total, owners.length, async (i, worker) => {
      const client = (owners[worker] as (typeof owners)[number]).client;
      const name = `floor customer ${(i * 31) % CUSTOMERS}`;
      const domain = `floor-customer-${(i * 31) % CUSTOMERS}.example`;
      await client.query('BEGIN');
      try {
        await client.query(
          "SELECT count(pg_advisory_xact_lock(hashtextextended('deal_registration:' || k, 0))) FROM (SELECT unnest($1::text[]) AS k ORDER BY 1) keys",
          [[`domain:${domain}`, `name:${name}`]],
        );
        const found = await client.query<{ n: string }>(
          "SELECT (SELECT nextval('deal_registration_number_seq'))::text AS n, claim.* FROM (SELECT 1) one LEFT JOIN deal_registration_claims($1::text, $2::text, $3::uuid, $4::date) claim ON true",
          [domain, name, pick(i), today],
        );
        const now = new Date();
        await client.query(
          `INSERT INTO deal_registrations (id, number, partner_id, title, customer_name, customer_domain, customer_name_key,
             customer_domain_key, amount, currency, expected_close_date, submitted_at, approval_due_at, conflict_flagged)
           VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7, $8, 'USD', '2035-01-01', $9, $10, $11)`,
          [
            formatNumber(BigInt(found.rows[0]?.n ?? '0')),
            pick(i),
            `Floor deal ${i}`,
            name,
            domain,
            name,
            domain,
            1_000_000 + i,
            now,
            new Date(now.getTime() + 48 * 3_600_000),
            found.rows.length > 1,
          ],
        );
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    });
    const result: DealBenchResult = {
      registrations: total,
      concurrency,
      flagged,
      serviceP50Ms: percentile(service, 50),
      serviceP99Ms: percentile(service, 99),
      floorP50Ms: percentile(floor, 50),
      floorP99Ms: percentile(floor, 99),
      registrationsPerSecond: total / seconds,
    };
    log(
      `  deal registration (conflict check, ${concurrency} at once): p50 ${result.serviceP50Ms.toFixed(1)} ms, p99 ${result.serviceP99Ms.toFixed(1)} ms; floor p50 ${result.floorP50Ms.toFixed(1)} ms`,
    );
    return result;
  } finally {
    for (const o of owners) await o.close();
  }
}
