import type pg from 'pg';
import { v7 } from 'uuid';
import type { Database } from '../src/db/database.js';
import { DEFAULT_PROGRAM_ID } from '../src/modules/programs/index.js';
import { hashPassword } from '../src/shared/password.js';
import { type Column, insertRows, type Row } from './bulk-insert.js';
import { openOwner } from './owner.js';
import { progress } from './progress.js';
import { type Random, seededRandom } from './random.js';
import { contactRows, type PartnerSeed, partnerRow, type Team, transitionRows, type UserSeed, userRow } from './scale-rows.js';
import { TIERS } from './vocabulary.js';

/** Everyone in the scale data signs in with this password (only two of them do). */
export const BENCH_PASSWORD = 'consort-bench-2026';
const SEED = 20_260_101;
/** Partners generated and inserted together, so memory stays flat however large the portfolio. */
const PARTNERS_PER_STEP = 1_000;
/** Every 20th partner has a partner admin, every 40th also a partner user. */
const PARTNER_ADMIN_EVERY = 20;

export type Person = { id: string; email: string; name: string; role: string; partnerId: string | null };

export type ScaleData = {
  sizes: { partners: number; contacts: number; stageTransitions: number; users: number; tiers: number };
  admin: Person;
  partnerAdmin: Person;
  /** A partner from the middle of the portfolio, for the by-id benchmark. */
  samplePartnerId: string;
  /** A tier, for the ceiling route (a table without row-level security). */
  sampleTierId: string;
  seconds: number;
};

const PARTNER_COLUMNS: Column[] = [
  { name: 'id', type: 'uuid' },
  { name: 'name', type: 'text' },
  { name: 'legal_name', type: 'text' },
  { name: 'website', type: 'text' },
  { name: 'description', type: 'text' },
  { name: 'domains', type: 'text[]' },
  { name: 'types', type: 'text[]' },
  { name: 'motion', type: 'text' },
  { name: 'designation', type: 'text' },
  { name: 'country', type: 'text' },
  { name: 'regions', type: 'text[]' },
  { name: 'industries', type: 'text[]' },
  { name: 'company_size', type: 'text' },
  { name: 'status', type: 'text' },
  { name: 'tags', type: 'text[]' },
  { name: 'segment', type: 'text' },
  { name: 'lifecycle_stage', type: 'text' },
  { name: 'lifecycle_stage_changed_at', type: 'timestamptz' },
  { name: 'tier_id', type: 'uuid' },
  { name: 'owner_id', type: 'uuid' },
  { name: 'executive_sponsor_id', type: 'uuid' },
  { name: 'created_at', type: 'timestamptz' },
  { name: 'updated_at', type: 'timestamptz' },
];

const CONTACT_COLUMNS: Column[] = [
  { name: 'id', type: 'uuid' },
  { name: 'partner_id', type: 'uuid' },
  { name: 'name', type: 'text' },
  { name: 'email', type: 'text' },
  { name: 'phone', type: 'text' },
  { name: 'title', type: 'text' },
  { name: 'side', type: 'text' },
  { name: 'role', type: 'text' },
  { name: 'influence', type: 'text' },
  { name: 'is_primary', type: 'boolean' },
  { name: 'is_executive_sponsor', type: 'boolean' },
  { name: 'notes', type: 'text' },
  { name: 'created_at', type: 'timestamptz' },
  { name: 'updated_at', type: 'timestamptz' },
];

const TRANSITION_COLUMNS: Column[] = [
  { name: 'id', type: 'uuid' },
  { name: 'partner_id', type: 'uuid' },
  { name: 'from_stage', type: 'text' },
  { name: 'to_stage', type: 'text' },
  { name: 'reason', type: 'text' },
  { name: 'actor_id', type: 'uuid' },
  { name: 'occurred_at', type: 'timestamptz' },
];

const USER_COLUMNS: Column[] = [
  { name: 'id', type: 'uuid' },
  { name: 'email', type: 'text' },
  { name: 'name', type: 'text' },
  { name: 'role', type: 'text' },
  { name: 'partner_id', type: 'uuid' },
  { name: 'title', type: 'text' },
  { name: 'phone', type: 'text' },
  { name: 'password_hash', type: 'text' },
  { name: 'active', type: 'boolean' },
  { name: 'password_changed_at', type: 'timestamptz' },
  { name: 'created_at', type: 'timestamptz' },
  { name: 'updated_at', type: 'timestamptz' },
];

const TIER_COLUMNS: Column[] = [
  { name: 'id', type: 'uuid' },
  { name: 'program_id', type: 'uuid' },
  { name: 'name', type: 'text' },
  { name: 'rank', type: 'int' },
  { name: 'color', type: 'text' },
  { name: 'created_at', type: 'timestamptz' },
  { name: 'updated_at', type: 'timestamptz' },
];

function toPerson(row: Row & { id: string }): Person {
  return {
    id: row.id,
    email: String(row.email),
    name: String(row.name),
    role: String(row.role),
    partnerId: (row.partner_id as string | null) ?? null,
  };
}

/** The vendor's team: one admin, partner managers in proportion to the portfolio, executives, finance. */
function vendorTeam(partners: number): UserSeed[] {
  const managers = Math.min(40, Math.max(5, Math.round(partners / 800)));
  const seeds: UserSeed[] = [{ role: 'admin', name: 'Bench Admin', email: 'bench-admin@vendor.example', partnerId: null }];
  for (let i = 1; i <= managers; i++) {
    seeds.push({ role: 'partner_manager', name: `Partner Manager ${i}`, email: `pm${i}@vendor.example`, partnerId: null });
  }
  for (let i = 1; i <= 3; i++)
    seeds.push({ role: 'executive', name: `Executive ${i}`, email: `exec${i}@vendor.example`, partnerId: null });
  for (let i = 1; i <= 2; i++)
    seeds.push({ role: 'finance', name: `Finance ${i}`, email: `finance${i}@vendor.example`, partnerId: null });
  return seeds;
}

function partnerUsers(index: number, partner: PartnerSeed): UserSeed[] {
  if (index % PARTNER_ADMIN_EVERY !== 0) return [];
  const seeds: UserSeed[] = [
    {
      role: 'partner_admin',
      name: `Partner Admin ${index}`,
      email: `partner-admin-${index}@${partner.domain}`,
      partnerId: partner.id,
    },
  ];
  if (index % (2 * PARTNER_ADMIN_EVERY) === 0) {
    seeds.push({
      role: 'partner_user',
      name: `Partner User ${index}`,
      email: `partner-user-${index}@${partner.domain}`,
      partnerId: partner.id,
    });
  }
  return seeds;
}

async function loadTeam(client: pg.Client, partners: number, passwordHash: string, nowIso: string) {
  const tierRows = TIERS.map((t) => ({
    id: v7(),
    program_id: DEFAULT_PROGRAM_ID,
    name: t.name,
    rank: t.rank,
    color: t.color,
    created_at: nowIso,
    updated_at: nowIso,
  }));
  await insertRows(client, 'tiers', TIER_COLUMNS, tierRows);
  // Requirements on the contacts metric (and revenue, which has no data yet) for the tier evaluation.
  for (const [i, row] of tierRows.entries()) {
    const requirements =
      i === 0 ? [] : [{ key: 'contacts', type: 'metric', metric: 'partners.contacts', label: 'Contacts', min: i }];
    if (i === tierRows.length - 1)
      requirements.push({ key: 'revenue', type: 'revenue_t4q', metric: '', label: 'Revenue', min: 1 });
    await client.query('UPDATE tiers SET requirements = $1::jsonb WHERE id = $2', [JSON.stringify(requirements), row.id]);
  }
  const userRows = vendorTeam(partners).map((seed) => userRow(seed, passwordHash, nowIso));
  await insertRows(client, 'users', USER_COLUMNS, userRows);
  const people = userRows.map(toPerson);
  const team: Team = {
    ownerIds: people.filter((p) => p.role === 'partner_manager' || p.role === 'admin').map((p) => p.id),
    executiveIds: people.filter((p) => p.role === 'executive').map((p) => p.id),
    tierIds: tierRows.map((row, i) => ({ id: row.id, weight: TIERS[i]?.weight ?? 1 })),
  };
  const admin = people[0];
  if (!admin) throw new Error('the vendor team has no admin');
  return { team, admin };
}

async function countRows(client: pg.Client): Promise<ScaleData['sizes']> {
  const { rows } = await client.query<Record<keyof ScaleData['sizes'], string>>(`SELECT
    (SELECT count(*) FROM partners) AS partners,
    (SELECT count(*) FROM partner_contacts) AS contacts,
    (SELECT count(*) FROM partner_stage_transitions) AS "stageTransitions",
    (SELECT count(*) FROM users) AS users,
    (SELECT count(*) FROM tiers) AS tiers`);
  const row = rows[0];
  if (!row) throw new Error('no counts');
  return {
    partners: Number(row.partners),
    contacts: Number(row.contacts),
    stageTransitions: Number(row.stageTransitions),
    users: Number(row.users),
    tiers: Number(row.tiers),
  };
}

type StepContext = { client: pg.Client; random: Random; team: Team; passwordHash: string; nowMs: number };

/** Generates and inserts partners [start, end) with their contacts, history and users. */
async function loadStep(step: StepContext, start: number, end: number) {
  const { client, random, team, passwordHash, nowMs } = step;
  const nowIso = new Date(nowMs).toISOString();
  const seeds: PartnerSeed[] = [];
  for (let i = start; i < end; i++) seeds.push(partnerRow(random, team, i, nowMs));
  const users = seeds.flatMap((seed, n) => partnerUsers(start + n, seed).map((u) => userRow(u, passwordHash, nowIso)));
  const ownerOf = (s: PartnerSeed) => (s.row.owner_id as string | null) ?? null;
  await insertRows(
    client,
    'partners',
    PARTNER_COLUMNS,
    seeds.map((s) => s.row),
  );
  await insertRows(
    client,
    'partner_contacts',
    CONTACT_COLUMNS,
    seeds.flatMap((s) => contactRows(random, s)),
  );
  await insertRows(
    client,
    'partner_stage_transitions',
    TRANSITION_COLUMNS,
    seeds.flatMap((s) => transitionRows(s, ownerOf(s))),
  );
  await insertRows(client, 'users', USER_COLUMNS, users);
  return { seeds, users };
}

/**
 * Loads a portfolio of `partners` partners with their contacts, stage history, vendor team and
 * partner users through one owner connection, 1,000 rows per statement, then VACUUM ANALYZEs so the
 * planner sees the tables as a running installation's autovacuum would have left them.
 */
export async function generateScaleData(database: Database, partners: number): Promise<ScaleData> {
  const started = Date.now();
  const nowMs = Date.now();
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const owner = await openOwner(database);
  try {
    const { client } = owner;
    const { team, admin } = await loadTeam(client, partners, passwordHash, new Date(nowMs).toISOString());
    const step: StepContext = { client, random: seededRandom(SEED), team, passwordHash, nowMs };
    // A partner in the middle of the portfolio that has a partner admin.
    const middle = Math.floor(partners / (2 * PARTNER_ADMIN_EVERY)) * PARTNER_ADMIN_EVERY;
    let sample: { partnerId: string; partnerAdmin: Person } | null = null;
    const bar = progress('scale data (partners)', partners);
    for (let start = 0; start < partners; start += PARTNERS_PER_STEP) {
      const end = Math.min(partners, start + PARTNERS_PER_STEP);
      const { seeds, users } = await loadStep(step, start, end);
      const partner = seeds[middle - start];
      const ownAdmin = partner && users.find((u) => u.partner_id === partner.id && u.role === 'partner_admin');
      if (partner && ownAdmin) sample = { partnerId: partner.id, partnerAdmin: toPerson(ownAdmin) };
      bar.tick(end);
    }
    bar.done();
    // Each partner claims its domains, as createPartner does (the generated domains are unique).
    await client.query(`
      INSERT INTO partner_domains (domain, partner_id, created_at)
      SELECT DISTINCT ON (d.domain) d.domain, p.id, p.created_at
      FROM partners p CROSS JOIN LATERAL unnest(p.domains) AS d(domain)
      ORDER BY d.domain, p.created_at, p.id`);
    // VACUUM too: GIN indexes (trigram search, array filters) keep the statistics the planner
    // costs them by in their metapage, which only VACUUM refreshes, as autovacuum would have.
    await client.query('VACUUM ANALYZE');
    if (!sample) throw new Error('no partner admin was generated for the sample partner');
    return {
      sizes: await countRows(client),
      admin,
      partnerAdmin: sample.partnerAdmin,
      samplePartnerId: sample.partnerId,
      sampleTierId: team.tierIds[0]?.id ?? '',
      seconds: (Date.now() - started) / 1000,
    };
  } finally {
    await owner.close();
  }
}
