import { v7 } from 'uuid';
import { LIFECYCLE_PATH, type LifecycleStage, type Motion } from '../src/modules/partners/partners.rules.js';
import type { Row } from './bulk-insert.js';
import type { Random } from './random.js';
import {
  ALLIANCE_TYPES,
  CHANNEL_TYPES,
  COMPANY_SIZES,
  CONTACT_ROLES,
  CONTACT_TITLES,
  COUNTRIES,
  FIRST_NAMES,
  INDUSTRIES,
  LAST_NAMES,
  NAME_NOUNS,
  NAME_QUALIFIERS,
  NAME_ROOTS,
  NO_TIER_WEIGHT,
  SEGMENTS,
  STAGES,
  TAGS,
} from './vocabulary.js';

/**
 * One row per record, built the way the services would store it (same vocabularies, same
 * normalised domains, UUIDv7 ids carrying the record's creation time) but without going through
 * them: loading 20,000 partners one service call at a time would take minutes and measure the
 * loader, not the app.
 */
const YEAR_MS = 365 * 24 * 3_600_000;
/** Partners were created over the last four years. */
const HISTORY_MS = 4 * YEAR_MS;

export type Team = {
  ownerIds: readonly string[];
  executiveIds: readonly string[];
  tierIds: readonly { id: string; weight: number }[];
};

export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** Distinct names for the first 80 × 40 × 31 partners; beyond that a number keeps them apart. */
export function partnerName(index: number): string {
  const root = NAME_ROOTS[index % NAME_ROOTS.length];
  const noun = NAME_NOUNS[Math.floor(index / NAME_ROOTS.length) % NAME_NOUNS.length];
  const combos = NAME_ROOTS.length * NAME_NOUNS.length;
  const qualifier = NAME_QUALIFIERS[Math.floor(index / combos) % NAME_QUALIFIERS.length];
  const round = Math.floor(index / (combos * NAME_QUALIFIERS.length));
  return [root, noun, qualifier, round > 0 ? String(round + 1) : ''].filter(Boolean).join(' ');
}

function typesFor(random: Random, motion: Motion) {
  return random.some(
    motion === 'alliance' ? ALLIANCE_TYPES : CHANNEL_TYPES,
    random.weighted([
      [1, 55],
      [2, 35],
      [3, 10],
    ]),
  );
}

function designationFor(random: Random, motion: Motion) {
  if (motion === 'alliance')
    return random.weighted([
      ['standard', 70],
      ['strategic', 18],
      ['strategic_alliance', 12],
    ]);
  return random.weighted([
    ['standard', 85],
    ['strategic', 15],
  ]);
}

function statusFor(random: Random, stage: LifecycleStage) {
  if (stage === 'terminated') return 'inactive';
  return random.weighted([
    ['active', 88],
    ['on_hold', 8],
    ['inactive', 4],
  ]);
}

function tierFor(random: Random, team: Team): string | null {
  return random.weighted<string | null>([[null, NO_TIER_WEIGHT], ...team.tierIds.map((t) => [t.id, t.weight] as const)]);
}

export type PartnerSeed = { row: Row; id: string; domain: string; stage: LifecycleStage; createdMs: number; changedMs: number };

export function partnerRow(random: Random, team: Team, index: number, nowMs: number): PartnerSeed {
  const name = partnerName(index);
  const domain = `${slug(name)}.example`;
  const country = random.chance(0.02) ? null : random.weighted(COUNTRIES);
  const motion: Motion = random.chance(0.3) ? 'alliance' : 'channel';
  const designation = designationFor(random, motion);
  const types = typesFor(random, motion);
  const industries = random.some(
    INDUSTRIES.map((i) => [i, 1] as const),
    random.int(1, 2),
  );
  const stage = random.weighted(STAGES);
  const createdMs = nowMs - Math.floor(random.next() * HISTORY_MS);
  const changedMs = createdMs + Math.floor(random.next() * (nowMs - createdMs));
  const id = v7({ msecs: createdMs });
  const row: Row = {
    id,
    name,
    legal_name: country ? `${name} ${country.legalSuffix}` : name,
    website: `https://www.${domain}`,
    description: `${types.join(' and ')} partner serving ${industries.join(' and ').toLowerCase()} customers.`,
    domains: [domain],
    types,
    motion,
    designation,
    country: country?.code ?? null,
    regions: country?.regions ?? [],
    industries,
    company_size: random.chance(0.1) ? null : random.weighted(COMPANY_SIZES),
    status: statusFor(random, stage),
    tags: random.chance(0.6)
      ? random.some(
          TAGS.map((t) => [t, 1] as const),
          random.int(1, 3),
        )
      : [],
    segment: random.one(SEGMENTS),
    lifecycle_stage: stage,
    lifecycle_stage_changed_at: iso(changedMs),
    tier_id: stage === 'prospect' ? null : tierFor(random, team),
    owner_id: random.chance(0.05) ? null : random.one(team.ownerIds),
    executive_sponsor_id: designation === 'standard' ? null : random.one(team.executiveIds),
    created_at: iso(createdMs),
    updated_at: iso(Math.max(changedMs, createdMs + Math.floor(random.next() * (nowMs - createdMs)))),
  };
  return { row, id, domain, stage, createdMs, changedMs };
}

function personName(random: Random): { first: string; last: string; full: string } {
  const first = random.one(FIRST_NAMES);
  const last = random.one(LAST_NAMES);
  return { first, last, full: `${first} ${last}` };
}

/** One to three contacts (two on average); the first is the primary contact. */
export function contactRows(random: Random, partner: PartnerSeed): Row[] {
  const count = random.weighted([
    [1, 25],
    [2, 50],
    [3, 25],
  ]);
  return Array.from({ length: count }, (_, n) => {
    const person = personName(random);
    const vendorSide = n > 0 && random.chance(0.1);
    const at = partner.createdMs + n * 86_400_000;
    return {
      id: v7({ msecs: at }),
      partner_id: partner.id,
      name: person.full,
      email: `${slug(person.first)}.${slug(person.last)}@${vendorSide ? 'vendor.example' : partner.domain}`,
      phone: `+1 555 ${String(random.int(100, 999))} ${String(random.int(1000, 9999))}`,
      title: random.one(CONTACT_TITLES),
      side: vendorSide ? 'vendor' : 'partner',
      role: random.one(CONTACT_ROLES),
      influence: random.weighted([
        ['high', 25],
        ['medium', 50],
        ['low', 25],
      ]),
      is_primary: n === 0,
      is_executive_sponsor: n === 1 && random.chance(0.3),
      notes: '',
      created_at: iso(at),
      updated_at: iso(at),
    };
  });
}

/** The creation row, and for a partner past prospect the move to where it is now. */
export function transitionRows(partner: PartnerSeed, actorId: string | null): Row[] {
  const created: Row = {
    id: v7({ msecs: partner.createdMs }),
    partner_id: partner.id,
    from_stage: null,
    to_stage: 'prospect',
    reason: 'Partner created',
    actor_id: actorId,
    occurred_at: iso(partner.createdMs),
  };
  if (partner.stage === 'prospect') return [created];
  const onPath = (LIFECYCLE_PATH as readonly string[]).includes(partner.stage);
  const moved: Row = {
    id: v7({ msecs: partner.changedMs }),
    partner_id: partner.id,
    from_stage: 'prospect',
    to_stage: partner.stage,
    reason: onPath ? '' : 'Agreement ended',
    actor_id: actorId,
    occurred_at: iso(partner.changedMs),
  };
  return [created, moved];
}

export type UserSeed = { role: string; name: string; email: string; partnerId: string | null; title?: string };

export function userRow(user: UserSeed, passwordHash: string, at: string): Row & { id: string } {
  return {
    id: v7(),
    email: user.email,
    name: user.name,
    role: user.role,
    partner_id: user.partnerId,
    title: user.title ?? '',
    phone: '',
    password_hash: passwordHash,
    active: true,
    password_changed_at: at,
    created_at: at,
    updated_at: at,
  };
}
