import type { Program } from '../../api/types';
import { formatAmount } from '../../ui/money';

export const PROGRAM_KIND_LABELS: Record<Program['kind'], string> = {
  reseller: 'Reseller',
  referral: 'Referral',
  msp: 'MSP',
  technology: 'Technology / ISV',
  oem: 'OEM',
  distributor: 'Distributor',
  services: 'Services',
  other: 'Other',
};

export const MODEL_LABELS: Record<string, string> = {
  commission: 'Commission',
  reseller_discount: 'Reseller discount',
  flat_fee: 'Flat fee',
  subscription: 'Subscription',
  usage_based: 'Usage-based',
  value_based: 'Value-based',
  hybrid: 'Hybrid',
  white_label: 'White label',
  revenue_share: 'Revenue share',
};

type Model = Program['commercialModel'];

/** "Commission 10 %", "Subscription 999.00 EUR / year", "Hybrid: … + …". */
export function describeModel(m: Model): string {
  const name = MODEL_LABELS[m.model] ?? m.model;
  switch (m.model) {
    case 'commission':
      return `${name} ${m.ratePercent} %`;
    case 'reseller_discount':
      return `${name} ${m.discountPercent} %`;
    case 'flat_fee':
      return m.fee ? `${name} ${formatAmount(m.fee)} per ${m.per}` : name;
    case 'subscription':
      return m.price ? `${name} ${formatAmount(m.price)} / ${m.period}` : name;
    case 'usage_based':
      return m.ratePerUnit ? `${name} ${formatAmount(m.ratePerUnit)} per ${m.unit}` : name;
    case 'value_based':
      return `${name} ${m.percentOfValue} % of ${m.basis}`;
    case 'white_label':
      return `${name}, ${m.wholesaleDiscountPercent} % wholesale discount`;
    case 'revenue_share':
      return `${name} ${m.sharePercent} %`;
    case 'hybrid':
      return `${name}: ${(m.components ?? []).map((c) => describeModel(c as Model)).join(' + ')}`;
    default:
      return name;
  }
}

/** The kinds of tier requirement (the API's `type`), as a program manager names them. */
export const REQUIREMENT_TYPE_LABELS: Record<string, string> = {
  revenue_t4q: 'Revenue, trailing four quarters',
  certified_people: 'Certified people',
  active_deals: 'Active deals',
  min_health: 'Minimum health score',
  metric: 'Another metric',
  custom: 'Custom (recorded per partner)',
};

export const SUPPORT_LABELS: Record<string, string> = {
  standard: 'Standard',
  priority: 'Priority',
  premium: 'Premium',
  dedicated: 'Dedicated team',
};

/** A requirement's value in its unit: money in major units, days, percent, counts. */
export function formatMetric(value: number | null, unit: string): string {
  if (value === null) return 'No data yet';
  switch (unit) {
    case 'money':
      return `${(value / 100).toLocaleString(undefined, { maximumFractionDigits: 0 })}`;
    case 'percent':
      return `${value} %`;
    case 'days':
      return `${value} days`;
    case 'boolean':
      return value >= 1 ? 'Yes' : 'No';
    default:
      return value.toLocaleString();
  }
}
