import { z } from 'zod';
import { access, defineRoute } from '../../server/route.js';
import { TEXT_CHECK, zString, zText } from '../../server/schemas.js';
import { systemCtx } from '../../shared/context.js';
import { invalidField, notFound } from '../../shared/errors.js';
import { isCurrencyCode, isTimeZone } from '../../shared/locale.js';
import { ROLES } from '../../shared/roles.js';
import { parseLogoDataUrl } from './settings.rules.js';
import { getLogo, getSettings, setLogo, updateSettings } from './settings.service.js';

export const ZSettings = z
  .object({
    vendorName: z.string(),
    fiscalYearStartMonth: z.number().int().min(1).max(12),
    reportingCurrency: z.string(),
    timeZone: z.string(),
    hasLogo: z.boolean(),
    currentFiscalPeriod: z
      .object({
        fiscalYear: z.number().int(),
        quarter: z.number().int().min(1).max(4),
        label: z.string(),
        start: z.iso.date(),
        end: z.iso.date(),
      })
      .describe('The fiscal quarter today falls in, by the fiscal-year start month and time zone'),
    updatedAt: z.date(),
  })
  .meta({ id: 'OrganizationSettings' });

const ZSettingsPatch = z.strictObject({
  vendorName: zText(120).optional(),
  fiscalYearStartMonth: z.number().int('must be a whole number').min(1, 'must be 1 to 12').max(12, 'must be 1 to 12').optional(),
  reportingCurrency: zString(10).refine(isCurrencyCode, 'must be an ISO 4217 currency code such as USD or EUR').optional(),
  timeZone: zString(100).refine(isTimeZone, 'must be an IANA time zone such as Europe/Berlin or UTC').optional(),
});

export const settingsRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/settings',
    summary: 'Organisation settings: vendor name, fiscal calendar, reporting currency, time zone',
    tags: ['settings'],
    access: access.roles(ROLES, { scope: 'none' }),
    permission: 'settings.read',
    response: ZSettings,
    handler: async ({ ctx }) => getSettings(ctx),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/settings',
    summary: 'Change organisation settings',
    tags: ['settings'],
    access: access.roles(['admin'], { scope: 'none' }),
    permission: 'settings.edit',
    body: ZSettingsPatch,
    response: ZSettings,
    example: () => ({ fiscalYearStartMonth: 2 }),
    handler: async ({ ctx, body }) => updateSettings(ctx, body),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/settings/logo',
    summary: 'Upload the vendor logo (PNG, JPEG, WebP or GIF as a data URL, at most 512 KiB)',
    tags: ['settings'],
    access: access.roles(['admin'], { scope: 'none' }),
    permission: 'settings.edit',
    body: z.strictObject({ dataUrl: z.string().check(TEXT_CHECK).max(800_000, 'is too large (at most 512 KiB of image)') }),
    response: ZSettings,
    example: () => ({
      dataUrl:
        'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    }),
    handler: async ({ ctx, body }) => {
      const parsed = parseLogoDataUrl(body.dataUrl);
      if (!parsed.ok) throw invalidField('dataUrl', parsed.reason);
      return setLogo(ctx, parsed.image);
    },
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/settings/logo',
    summary: 'Remove the vendor logo',
    tags: ['settings'],
    access: access.roles(['admin'], { scope: 'none' }),
    permission: 'settings.edit',
    status: 204,
    handler: async ({ ctx }) => {
      await setLogo(ctx, null);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/settings/public',
    summary: "What the sign-in page shows before anyone signs in: the vendor's name and whether it has a logo",
    tags: ['settings'],
    access: access.public(),
    response: z.object({ vendorName: z.string(), hasLogo: z.boolean(), updatedAt: z.date() }).meta({ id: 'PublicSettings' }),
    handler: async ({ ctx }) => {
      const settings = await getSettings(systemCtx(ctx.db, 'public settings'));
      return { vendorName: settings.vendorName, hasLogo: settings.hasLogo, updatedAt: settings.updatedAt };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/settings/logo',
    summary: 'The vendor logo image (public: the sign-in page shows it)',
    tags: ['settings'],
    access: access.public(),
    handler: async ({ ctx, reply }) => {
      const logo = await getLogo(systemCtx(ctx.db, 'public logo'));
      if (!logo) throw notFound('Logo');
      reply
        .type(logo.contentType)
        .header('cache-control', 'public, max-age=300')
        .header('last-modified', logo.updatedAt.toUTCString())
        .header('content-security-policy', "default-src 'none'; sandbox");
      return reply.send(logo.bytes);
    },
  }),
];
