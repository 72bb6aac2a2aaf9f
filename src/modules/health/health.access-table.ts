import { type AccessTable, grants } from '../../shared/access-table.js';

const VENDOR_READS = { admin: 'any', partner_manager: 'any', executive: 'any', finance: 'any' } as const;
const KEEPERS = { admin: 'any', partner_manager: 'any' } as const;

/**
 * The health score is the vendor's internal judgement of a partner: every vendor role reads it, a
 * partner's people never do; admins take snapshots on demand (decision 0281) and set the
 * status thresholds (decision 0284). Scorecards are shared:
 * vendor staff read every partner's, a partner's people read their own company's shared ones;
 * admins and partner managers keep the templates and evaluate them.
 */
export const accessTable: AccessTable = {
  partnerHealth: {
    read: grants(VENDOR_READS),
    snapshot: grants({ admin: 'any' }),
  },
  healthSettings: {
    read: grants(VENDOR_READS),
    edit: grants({ admin: 'any' }),
  },
  scorecardTemplate: {
    read: grants(VENDOR_READS),
    edit: grants(KEEPERS),
  },
  scorecard: {
    read: grants(VENDOR_READS, { partner_admin: 'own', partner_user: 'own' }),
    evaluate: grants(KEEPERS),
  },
};
