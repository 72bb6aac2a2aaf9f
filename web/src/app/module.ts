import type { ComponentType } from 'react';
import type { AuditEvent, OpportunityDetail, Partner } from '../api/types';
import { isVendor } from '../modules/auth/permissions';
import type { SessionUser } from '../modules/auth/session';

/**
 * What one web module adds to the app. Adding a module is adding a folder: create
 * `web/src/modules/<m>/module.tsx` exporting `module: WebModule`, and the router, the navigation
 * and the label registry (`ui/labels.ts`) pick it up through `app/modules.ts`; no central file
 * changes.
 *
 * The shell imports every module.tsx eagerly, before any page: load pages lazily
 * (`page: () => import('./pages/X').then((m) => m.X)`) and import only data and small pure files
 * (labels, permissions, icons) at its top, never components.
 *
 * Labels: put a module's enum → text maps in its `labels.ts`, register them under `labels` (and
 * their badge colours under `colors`), and declare their types into `LabelSets` / `ColorSets`
 * there (`declare module '../../app/module' { interface LabelSets extends MyLabels {} }`). Code
 * anywhere then reads them, typed, as `LABELS.<name>` / `COLORS.<name>` from `ui/labels.ts`; two
 * modules claiming one name fail to compile.
 *
 * Permissions: every `allow` / `visible` predicate is a function of `modules/auth/permissions.ts`,
 * so that what the UI offers is decided in one place.
 */
export type WebModule = {
  routes?: readonly ModuleRoute[];
  nav?: readonly NavEntry[];
  labels?: Partial<LabelSets>;
  colors?: Partial<ColorSets>;
  audit?: AuditVocabulary;
  /** Cards the module adds to the partner 360 page (vendor app and the partner's own company page). */
  partnerCards?: readonly PageCard[];
  /** Cards the module adds to the partner portal's home page (the user's own company). */
  portalHomeCards?: readonly PageCard[];
  /** Cards the module adds to an opportunity's page (both apps; check `visible` for who sees them). */
  opportunityCards?: readonly PageCard<OpportunityCardProps>[];
};

/**
 * One card a module places on a shared page (the partner 360, the portal home). The page lists
 * every module's cards by column and order; nothing central names them. `load` imports the card
 * lazily (module.tsx files load before any page) and may wrap it to map the page's props onto the
 * card's own: `load: () => import('./components/X').then((m) => (p) => <m.X partnerId={p.partner.id} />)`.
 */
export type PageCard<P = PageCardProps> = {
  /** 'main': the wide left column; 'side': the narrow right one. */
  column: 'main' | 'side';
  /** Place in its column, lowest first, across all modules. */
  order: number;
  /** Shown only when this holds (default: to everyone who sees the page). */
  visible?: (props: P) => boolean;
  load: () => Promise<ComponentType<P>>;
};

/** What a card is given: the partner the page is about, and who is looking. */
export type PageCardProps = { partner: Partner; user: SessionUser };

/** What a card on the opportunity page is given: the opportunity as the page loaded it, and who is looking. */
export type OpportunityCardProps = { opportunity: OpportunityDetail; user: SessionUser };

export type ModuleRoute = {
  /**
   * Relative to the app root, as React Router writes it: '' is the home page, 'partners/:id'.
   * Several modules may offer a page for one path (the vendor home and the portal home both live
   * at ''): the first whose `allow` admits the user is shown.
   */
  path: string;
  /** Loads the page on first visit. */
  page: () => Promise<ComponentType>;
  /** Who may open the page; everyone else gets "not found" (never "forbidden": it tells nothing). */
  allow?: (user: SessionUser) => boolean;
  /** Outside the signed-in shell, for people without a session (the sign-in page). */
  public?: boolean;
};

/** The vendor's app (vendor staff) or the partner portal (people of a partner company). */
export type AppKind = 'vendor' | 'portal';

export function appOf(user: SessionUser): AppKind {
  return isVendor(user) ? 'vendor' : 'portal';
}

export type NavEntry = {
  label: string;
  /** A path, or one made from the user ("Our company" is the user's own partner page). */
  to: string | ((user: SessionUser) => string);
  icon: ComponentType<{ size?: number | string }>;
  /** Place in the list, lowest first, across all modules: home 0, records 10–70, admin 80–99. */
  order: number;
  /** Which app lists it. */
  apps: readonly AppKind[];
  visible?: (user: SessionUser) => boolean;
  /** Active only on exactly this path (home), not on the pages below it. */
  exact?: boolean;
  /** 'main' (default), or 'you': the user's own pages at the bottom of the navigation. */
  section?: 'main' | 'you';
  /** The heading it is listed under in the main section; none: at the top (home). */
  group?: NavGroup;
};

/**
 * The headings of the main navigation, in the order they are shown: what a partner or alliance
 * manager does, then the administration of the app. A module picks one for each entry.
 */
export const NAV_GROUPS = {
  partners: { vendor: 'Partners', portal: 'Partnership' },
  alliances: { vendor: 'Alliances', portal: 'Alliance' },
  sell: { vendor: 'Sell', portal: 'Sell' },
  grow: { vendor: 'Enable and market', portal: 'Enable and market' },
  measure: { vendor: 'Measure', portal: 'Measure' },
  admin: { vendor: 'Administration', portal: 'Administration' },
} as const satisfies Record<string, Record<AppKind, string>>;

export type NavGroup = keyof typeof NAV_GROUPS;

/**
 * How the audit log names a module's records and actions, for its filters and entries. Values
 * are the strings the API writes (`entityType`, `action`, field names of the before/after
 * snapshots).
 */
export type AuditVocabulary = {
  entities?: Readonly<Record<string, AuditEntity>>;
  actions?: Readonly<Record<string, { label: string; color: string }>>;
  fields?: Readonly<Record<string, string>>;
};

export type AuditEntity = {
  label: string;
  /** Where the record is shown in the app, if anywhere. */
  link?: (event: AuditEvent) => string | null;
};

/**
 * The registry of label sets: set name → (API value → human text). Empty here; each module adds
 * its sets by declaration merging (an interface because only interfaces merge).
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by modules through declaration merging
export interface LabelSets {}

/** Set name → (API value → Mantine colour), for badges; filled like LabelSets. */
// biome-ignore lint/suspicious/noEmptyInterface: filled by modules through declaration merging
export interface ColorSets {}
