import type { AuditVocabulary } from '../../app/module';

/** Tier colours are names the API stores; the labels name them, tierColor() draws them. */
export const TIER_COLORS = ['gray', 'bronze', 'silver', 'gold', 'platinum', 'blue', 'teal', 'violet', 'red'] as const;
export type TierColor = (typeof TIER_COLORS)[number];

const TIER_COLOR_MAP: Record<TierColor, string> = {
  gray: 'gray.7',
  bronze: 'orange.8',
  silver: 'gray.5',
  gold: 'yellow.7',
  platinum: 'indigo.4',
  blue: 'blue',
  teal: 'teal',
  violet: 'violet',
  red: 'red',
};

/** The Mantine colour of a tier; an unknown name (stored by a newer server) is grey. */
export function tierColor(color: string): string {
  return (TIER_COLOR_MAP as Record<string, string>)[color] ?? 'gray';
}

export const settingsLabels = {
  tierColor: {
    gray: 'Gray',
    bronze: 'Bronze',
    silver: 'Silver',
    gold: 'Gold',
    platinum: 'Platinum',
    blue: 'Blue',
    teal: 'Teal',
    violet: 'Violet',
    red: 'Red',
  } satisfies Record<TierColor, string>,
};

type SettingsLabelSets = typeof settingsLabels;

declare module '../../app/module' {
  interface LabelSets extends SettingsLabelSets {}
}

export const settingsAudit: AuditVocabulary = {
  entities: { organization_settings: { label: 'Settings' }, tier: { label: 'Tier' } },
  fields: {
    vendorName: 'Vendor name',
    fiscalYearStartMonth: 'Fiscal year starts',
    reportingCurrency: 'Reporting currency',
    timeZone: 'Time zone',
    logoBytes: 'Logo size (bytes)',
    logoContentType: 'Logo image type',
    name: 'Name',
    description: 'Description',
    rank: 'Rank',
    color: 'Colour',
  },
};
