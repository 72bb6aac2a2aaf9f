import { inArray, sql } from 'drizzle-orm';
import { cellProblem, type ImporterDef, type ImportProblem, integerCell, textCell } from '../../server/importer.js';
import { access } from '../../server/route.js';
import { policyActor } from '../../shared/context.js';
import { insertManyAudited } from '../audit/index.js';
import { INVOLVEMENT_ROLES, type InvolvementRole } from '../opportunities/index.js';
import { mayManageAttribution } from './attribution.policy.js';
import { checkRoleWeights, type RoleWeights } from './attribution.rules.js';
import { attributionPolicies } from './attribution.schema.js';
import { POLICY } from './attribution.service.js';

export type PolicyImportRow = { name: string; description?: string } & Partial<Record<InvolvementRole, number>>;

const ROLE_COLUMNS: Record<InvolvementRole, { label: string; aliases: string[] }> = {
  sourced: { label: 'Sourced', aliases: ['Sourced weight', 'Source', 'Originated'] },
  co_sell: { label: 'Co-sell', aliases: ['Co-sell weight', 'Cosell', 'Co-selling'] },
  technical: { label: 'Technical', aliases: ['Technical weight', 'Tech', 'Technical win'] },
  delivery: { label: 'Delivery', aliases: ['Delivery weight', 'Implementation', 'Services'] },
  referral: { label: 'Referral', aliases: ['Referral weight', 'Referred'] },
  influence: { label: 'Influence', aliases: ['Influence weight', 'Influenced'] },
};

function weightCell(raw: string): unknown {
  const value = integerCell(raw.replace(/%$/, '').trim());
  return typeof value === 'number' && value >= 0 && value <= 100 ? value : cellProblem('must be a whole number 0–100');
}

/**
 * Custom attribution policies kept in a spreadsheet (the weights a finance team agreed per
 * partner role): a row per policy, a column per role, empty meaning 0. Names are unique (any case)
 * against the existing policies and within the file; each policy is audited with its
 * `attribution_policy.created` event, all in one statement each.
 */
export const attributionPoliciesImporter: ImporterDef<PolicyImportRow, { names: Map<string, number> }> = {
  kind: 'attribution-policies',
  label: 'Attribution policies',
  access: access.roles(['admin', 'finance'], { scope: 'none' }),
  permission: 'attributionPolicy.import',
  columns: [
    { key: 'name', label: 'Name', required: true, aliases: ['Policy', 'Policy name', 'Model'], parse: textCell(100) },
    { key: 'description', label: 'Description', aliases: ['Notes', 'When to use'], parse: textCell(1000) },
    ...INVOLVEMENT_ROLES.map((role) => ({
      key: role,
      label: ROLE_COLUMNS[role].label,
      aliases: ROLE_COLUMNS[role].aliases,
      hint: 'weight 0–100 (empty: 0)',
      parse: weightCell,
    })),
  ],
  example: (refs) => `Name,Sourced,Co-sell,Technical\nImported policy ${refs.unique},60,30,10\n`,
  newState: () => ({ names: new Map() }),

  async validate(ctx, rows, state) {
    const problems: ImportProblem[] = [];
    if (!mayManageAttribution(policyActor(ctx))) {
      for (const { row } of rows) problems.push({ row, column: 'name', message: 'only an admin or finance adds policies' });
      return problems;
    }
    const lowered = rows.map((r) => r.values.name.toLowerCase());
    const taken = new Set(
      lowered.length
        ? (
            await ctx.tx
              .select({ name: sql<string>`lower(${attributionPolicies.name})` })
              .from(attributionPolicies)
              .where(inArray(sql`lower(${attributionPolicies.name})`, lowered))
          ).map((r) => r.name)
        : [],
    );
    for (const { row, values } of rows) {
      const key = values.name.toLowerCase();
      const earlier = state.names.get(key);
      if (taken.has(key)) problems.push({ row, column: 'name', message: 'a policy of that name exists' });
      else if (earlier) problems.push({ row, column: 'name', message: `is also on row ${earlier}` });
      else state.names.set(key, row);
      // The cells are whole numbers 0–100 already: what is left is a policy that weighs nothing.
      const check = checkRoleWeights(weightsOf(values));
      if (!check.ok) problems.push({ row, column: 'sourced', message: 'one role at least must weigh more than 0' });
    }
    return problems;
  },

  async commit(ctx, rows) {
    await insertManyAudited(
      ctx,
      attributionPolicies,
      rows.map(({ values }) => ({
        name: values.name,
        description: values.description ?? '',
        roleWeights: weightsOf(values),
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })),
      POLICY,
    );
  },
};

function weightsOf(values: PolicyImportRow): RoleWeights {
  const out: Record<string, number> = {};
  for (const role of INVOLVEMENT_ROLES) if (values[role]) out[role] = values[role] as number;
  return out as RoleWeights;
}
