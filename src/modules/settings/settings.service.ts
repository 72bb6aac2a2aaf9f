import { eq, getTableColumns, sql } from 'drizzle-orm';
import { withTx } from '../../db/scope.js';
import { sharedRead } from '../../db/shared-reads.js';
import type { Ctx, TxCtx } from '../../shared/context.js';
import { type FiscalPeriod, fiscalPeriodOf } from '../../shared/fiscal.js';
import { type AuditedKind, updateAudited } from '../audit/index.js';
import type { LogoImage } from './settings.rules.js';
import { type OrganizationSettingsRow, organizationSettings } from './settings.schema.js';

export type OrganizationSettings = Omit<OrganizationSettingsRow, 'id' | 'logo' | 'logoContentType'> & {
  hasLogo: boolean;
  currentFiscalPeriod: FiscalPeriod;
};

function toSettings(ctx: Ctx, row: OrganizationSettingsRow): OrganizationSettings {
  const { id: _id, logo, logoContentType: _type, ...rest } = row;
  return {
    ...rest,
    hasLogo: logo !== null,
    currentFiscalPeriod: fiscalPeriodOf(ctx.now, row.fiscalYearStartMonth, row.timeZone),
  };
}

const SETTINGS: AuditedKind<OrganizationSettingsRow> = {
  entityType: 'organization_settings',
  partnerIdOf: () => null,
  labelOf: (r) => r.vendorName,
};

/** The settings row, created with defaults the first time anyone asks. */
async function loadRow(ctx: TxCtx): Promise<OrganizationSettingsRow> {
  await ctx.tx.insert(organizationSettings).values({ id: 1 }).onConflictDoNothing();
  const [row] = await ctx.tx.select().from(organizationSettings).where(eq(organizationSettings.id, 1));
  if (!row) throw new Error('organization settings row missing');
  return row;
}

/**
 * The settings (every request that needs "today" in the organisation's time zone asks): one
 * round trip once the row exists, and without the logo's bytes, which only the logo route reads.
 */
export async function getSettings(ctx: Ctx): Promise<OrganizationSettings> {
  // Read once per portfolio computation, where every metric asks for the time zone (decision 0323).
  return sharedRead(ctx, 'settings', () => readSettings(ctx));
}

async function readSettings(ctx: Ctx): Promise<OrganizationSettings> {
  return withTx(ctx, async (c) => {
    const { logo: _logo, logoContentType: _type, ...columns } = getTableColumns(organizationSettings);
    const read = () =>
      c.tx
        .select({ ...columns, hasLogo: sql<boolean>`${organizationSettings.logo} is not null` })
        .from(organizationSettings)
        .where(eq(organizationSettings.id, 1));
    let [row] = await read();
    if (!row) {
      await loadRow(c);
      [row] = await read();
    }
    if (!row) throw new Error('organization settings row missing');
    const { id: _id, hasLogo, ...rest } = row;
    return { ...rest, hasLogo, currentFiscalPeriod: fiscalPeriodOf(c.now, row.fiscalYearStartMonth, row.timeZone) };
  });
}

export type SettingsPatch = Partial<
  Pick<OrganizationSettingsRow, 'vendorName' | 'fiscalYearStartMonth' | 'reportingCurrency' | 'timeZone'>
>;

export async function updateSettings(ctx: Ctx, patch: SettingsPatch): Promise<OrganizationSettings> {
  return withTx(ctx, async (c) => {
    const after = await updateAudited(c, organizationSettings, await loadRow(c), { ...patch, updatedAt: c.now }, SETTINGS, {
      summary: 'Updated organisation settings',
    });
    return toSettings(c, after);
  });
}

/** The logo's bytes stay out of the audit log (audit.rules.ts); its type and size are kept. */
export async function setLogo(ctx: Ctx, logo: LogoImage | null): Promise<OrganizationSettings> {
  return withTx(ctx, async (c) => {
    const after = await updateAudited(
      c,
      organizationSettings,
      await loadRow(c),
      { logo: logo?.bytes ?? null, logoContentType: logo?.contentType ?? null, updatedAt: c.now },
      SETTINGS,
      { summary: logo ? 'Uploaded a new logo' : 'Removed the logo', eventData: { logoBytes: logo?.bytes.length ?? 0 } },
    );
    return toSettings(c, after);
  });
}

export async function getLogo(ctx: Ctx): Promise<{ bytes: Buffer; contentType: string; updatedAt: Date } | null> {
  const [row] = await withTx(ctx, (c) =>
    c.tx
      .select({
        logo: organizationSettings.logo,
        type: organizationSettings.logoContentType,
        updatedAt: organizationSettings.updatedAt,
      })
      .from(organizationSettings)
      .where(eq(organizationSettings.id, sql`1`)),
  );
  if (!row?.logo || !row.type) return null;
  return { bytes: row.logo, contentType: row.type, updatedAt: row.updatedAt };
}
