import { eq, sql } from 'drizzle-orm';
import { withTx } from '../../db/scope.js';
import type { Ctx } from '../../shared/context.js';
import { type FiscalPeriod, fiscalPeriodOf } from '../../shared/fiscal.js';
import { recordAudit } from '../audit/audit.service.js';
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

/** The settings row, created with defaults the first time anyone asks. */
async function loadRow(ctx: Ctx): Promise<OrganizationSettingsRow> {
  return withTx(ctx, async (tx) => {
    await tx.insert(organizationSettings).values({ id: 1 }).onConflictDoNothing();
    const [row] = await tx.select().from(organizationSettings).where(eq(organizationSettings.id, 1));
    if (!row) throw new Error('organization settings row missing');
    return row;
  });
}

export async function getSettings(ctx: Ctx): Promise<OrganizationSettings> {
  return toSettings(ctx, await loadRow(ctx));
}

export type SettingsPatch = Partial<
  Pick<OrganizationSettingsRow, 'vendorName' | 'fiscalYearStartMonth' | 'reportingCurrency' | 'timeZone'>
>;

export async function updateSettings(ctx: Ctx, patch: SettingsPatch): Promise<OrganizationSettings> {
  const before = await loadRow(ctx);
  return withTx(ctx, async (tx) => {
    const [after] = await tx
      .update(organizationSettings)
      .set({ ...patch, updatedAt: ctx.now })
      .where(eq(organizationSettings.id, 1))
      .returning();
    if (!after) throw new Error('organization settings row missing');
    await recordAudit(tx, ctx, {
      action: 'update',
      entityType: 'organization_settings',
      entityId: '1',
      partnerId: null,
      before,
      after,
      summary: 'Updated organisation settings',
    });
    return toSettings(ctx, after);
  });
}

export async function setLogo(ctx: Ctx, logo: LogoImage | null): Promise<OrganizationSettings> {
  await loadRow(ctx);
  return withTx(ctx, async (tx) => {
    const [after] = await tx
      .update(organizationSettings)
      .set({ logo: logo?.bytes ?? null, logoContentType: logo?.contentType ?? null, updatedAt: ctx.now })
      .where(eq(organizationSettings.id, 1))
      .returning();
    if (!after) throw new Error('organization settings row missing');
    await recordAudit(tx, ctx, {
      action: 'update',
      entityType: 'organization_settings',
      entityId: '1',
      partnerId: null,
      after: { logoContentType: after.logoContentType, logoBytes: after.logo?.length ?? 0 },
      summary: logo ? 'Uploaded a new logo' : 'Removed the logo',
    });
    return toSettings(ctx, after);
  });
}

export async function getLogo(ctx: Ctx): Promise<{ bytes: Buffer; contentType: string; updatedAt: Date } | null> {
  const [row] = await withTx(ctx, (tx) =>
    tx
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
