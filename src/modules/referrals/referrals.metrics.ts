import type { MetricDef } from '../../server/module.js';
import { referralClicks90d, referralConversionsCount } from './referrals.service.js';

export const referralMetrics: readonly MetricDef[] = [
  {
    key: 'referrals.clicks_90d',
    label: 'Referral clicks (90 days)',
    unit: 'count',
    description: 'Visits of the partner’s referral links in the 90 days before the date.',
    compute: (c, ids, asOf) => referralClicks90d(c, ids, asOf),
  },
  {
    key: 'referrals.signups_90d',
    label: 'Referred sign-ups (90 days)',
    unit: 'count',
    description: 'Sign-ups attributed to the partner in the 90 days before the date.',
    compute: (c, ids, asOf) => referralConversionsCount(c, 'signup', ids, asOf, 90),
  },
  {
    key: 'referrals.customers',
    label: 'Referred paying customers',
    unit: 'count',
    description: 'Paying customers attributed to the partner up to the date.',
    compute: (c, ids, asOf) => referralConversionsCount(c, 'customer', ids, asOf, null),
  },
];
