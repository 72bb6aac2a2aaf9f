import type { Role } from '../../api/types';
import type { AuditVocabulary } from '../../app/module';

export const userLabels = {
  role: {
    admin: 'Admin',
    partner_manager: 'Partner manager',
    executive: 'Executive',
    finance: 'Finance',
    partner_admin: 'Partner admin',
    partner_user: 'Partner user',
  } satisfies Record<Role, string>,
  /** The users list's filter on which side of the partnership people work. */
  userSide: { vendor: 'Vendor staff', partner: 'Partner users' },
  userActive: { true: 'Active', false: 'Inactive' },
};

/** Admins stand out; partner-side people are teal, as on every partner-side surface. */
export const userColors = {
  role: {
    admin: 'grape',
    partner_manager: 'blue',
    executive: 'blue',
    finance: 'blue',
    partner_admin: 'teal',
    partner_user: 'teal',
  } satisfies Record<Role, string>,
};

type UserLabelSets = typeof userLabels;
type UserColorSets = typeof userColors;

declare module '../../app/module' {
  interface LabelSets extends UserLabelSets {}
  interface ColorSets extends UserColorSets {}
}

export const userAudit: AuditVocabulary = {
  entities: { user: { label: 'User' } },
  fields: {
    name: 'Name',
    email: 'E-mail',
    role: 'Role',
    title: 'Title',
    phone: 'Phone',
    active: 'Active',
    partnerId: 'Partner',
  },
};
