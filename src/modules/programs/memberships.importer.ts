import { and, inArray, isNull, or, sql } from 'drizzle-orm';
import { dateCell, type ImporterDef, type ImportProblem, textCell } from '../../server/importer.js';
import { access } from '../../server/route.js';
import { policyActor, type TxCtx } from '../../shared/context.js';
import type { IsoDate } from '../../shared/dates.js';
import { findPartnersByReference, partnerNamedBy } from '../directory/index.js';
import { tiers } from '../tiers/index.js';
import { joinProgram } from './memberships.service.js';
import { mayDecideFor } from './programs.policy.js';
import { DEFAULT_PROGRAM_ID } from './programs.rules.js';
import { programMemberships, programs } from './programs.schema.js';

export type MembershipImportRow = {
  partner: string;
  program: string;
  tier?: string;
  joinedOn?: IsoDate;
  partnerId?: string;
  programId?: string;
  tierId?: string | null;
};

type ProgramRef = { id: string; name: string; status: string };
type TierRef = { id: string; name: string; programId: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const lower = (s: string) => s.trim().toLowerCase();

/** Programs named in a batch, by id or name (case aside): one query. */
async function programsByReference(c: TxCtx, refs: readonly string[]): Promise<Map<string, ProgramRef>> {
  const wanted = [...new Set(refs.map(lower))];
  const ids = wanted.filter((r) => UUID.test(r));
  const rows = await c.tx
    .select({ id: programs.id, name: programs.name, status: programs.status })
    .from(programs)
    .where(or(ids.length ? inArray(programs.id, ids) : undefined, inArray(sql`lower(${programs.name})`, wanted)));
  const out = new Map<string, ProgramRef>();
  for (const row of rows) {
    out.set(row.id, row);
    out.set(row.name.toLowerCase(), row);
  }
  return out;
}

/** Tiers of the given programs: one query. */
async function tiersOf(c: TxCtx, programIds: readonly string[]): Promise<TierRef[]> {
  if (programIds.length === 0) return [];
  return c.tx
    .select({ id: tiers.id, name: tiers.name, programId: tiers.programId })
    .from(tiers)
    .where(inArray(tiers.programId, [...new Set(programIds)]));
}

/**
 * Program memberships kept in a spreadsheet (the usual start): a row per partner and program,
 * the partner by name, domain or id, the program and tier by name (or id), the day it joined.
 * Each row joins the partner as if done in the app by the person importing (audited, with its
 * events, the tier placement in the tier history); a partner already in the program is refused
 * on its row, never joined twice.
 */
export const membershipsImporter: ImporterDef<MembershipImportRow, { pairs: Map<string, number> }> = {
  kind: 'program-memberships',
  label: 'Program memberships',
  access: access.roles(['admin', 'partner_manager'], { scope: 'none' }),
  permission: 'programMembership.import',
  columns: [
    {
      key: 'partner',
      label: 'Partner',
      required: true,
      aliases: ['Partner name', 'Partner ID', 'Account', 'Account Name', 'Company'],
      hint: "the partner's name, a domain it claims, or its id",
      parse: textCell(253),
    },
    {
      key: 'program',
      label: 'Program',
      required: true,
      aliases: ['Program name', 'Partner program', 'Programme'],
      hint: 'the program’s name (Programs page) or its id',
      parse: textCell(200),
    },
    {
      key: 'tier',
      label: 'Tier',
      aliases: ['Tier name', 'Level', 'Partner level', 'Partner tier'],
      hint: 'a tier of that program, by name; empty: not placed yet',
      parse: textCell(200),
    },
    {
      key: 'joinedOn',
      label: 'Joined on',
      aliases: ['Joined', 'Join date', 'Member since', 'Start date'],
      hint: 'YYYY-MM-DD; empty: today',
      parse: dateCell,
    },
  ],
  example: (refs) => `Partner ID,Program,Tier,Joined on\n${refs.partnerId},${DEFAULT_PROGRAM_ID},${refs.tierId},2025-01-15\n`,
  newState: () => ({ pairs: new Map() }),

  async validate(ctx, rows, state) {
    const problems: ImportProblem[] = [];
    const actor = policyActor(ctx);
    const today = ctx.now.toISOString().slice(0, 10);
    const found = await findPartnersByReference(
      ctx,
      rows.map((r) => r.values.partner),
    );
    const programRefs = await programsByReference(
      ctx,
      rows.map((r) => r.values.program),
    );
    const programIds = [...new Set([...programRefs.values()].map((p) => p.id))];
    const tierRows = await tiersOf(ctx, programIds);
    const partnerIds = [...new Set([...found.values()].flatMap((m) => m.map((p) => p.id)))];
    const current =
      partnerIds.length && programIds.length
        ? await ctx.tx
            .select({ partnerId: programMemberships.partnerId, programId: programMemberships.programId })
            .from(programMemberships)
            .where(
              and(
                inArray(programMemberships.partnerId, partnerIds),
                inArray(programMemberships.programId, programIds),
                isNull(programMemberships.leftAt),
              ),
            )
        : [];
    const members = new Set(current.map((m) => `${m.partnerId} ${m.programId}`));

    for (const { row, values } of rows) {
      const { partner: match, problem } = partnerNamedBy(found, values.partner);
      if (problem !== undefined) problems.push({ row, column: 'partner', message: problem });
      else if (!mayDecideFor(actor, match))
        problems.push({ row, column: 'partner', message: `you may not change the programs of ${match.name}` });
      else values.partnerId = match.id;

      const program = programRefs.get(lower(values.program));
      if (!program) problems.push({ row, column: 'program', message: `no program "${values.program}"` });
      else if (program.status !== 'active')
        problems.push({ row, column: 'program', message: `${program.name} is retired: nobody joins it` });
      else values.programId = program.id;

      values.tierId = null;
      if (program && values.tier) {
        const wanted = lower(values.tier);
        const tier = tierRows.find((t) => t.programId === program.id && (t.id === wanted || t.name.toLowerCase() === wanted));
        if (!tier) problems.push({ row, column: 'tier', message: `${program.name} has no tier "${values.tier}"` });
        else values.tierId = tier.id;
      }
      if (values.joinedOn && values.joinedOn > today)
        problems.push({ row, column: 'joinedOn', message: 'must not be in the future' });

      if (values.partnerId && values.programId) {
        const key = `${values.partnerId} ${values.programId}`;
        const earlier = state.pairs.get(key);
        if (members.has(key))
          problems.push({ row, column: 'program', message: `${match?.name} is already a member of ${program?.name}` });
        else if (earlier) problems.push({ row, column: 'program', message: `is also on row ${earlier} for the same partner` });
        else state.pairs.set(key, row);
      }
    }
    return problems;
  },

  async commit(ctx, rows) {
    // Memberships are tens to hundreds of rows: each through the service, as if joined in the app.
    for (const { values } of rows) {
      await joinProgram(ctx, values.partnerId as string, {
        programId: values.programId as string,
        tierId: values.tierId ?? null,
        ...(values.joinedOn ? { joinedAt: new Date(`${values.joinedOn}T00:00:00Z`) } : {}),
      });
    }
  },
};
