import { formatAmount } from '../../../ui/money';

/** A KPI's value as people read it: money in the reporting currency, percent, days, counts. */
export function formatKpi(value: number | null | undefined, unit: string, currency: string): string {
  if (value === null || value === undefined) return '—';
  switch (unit) {
    case 'money':
      return formatAmount({ amount: Math.round(value), currency });
    case 'percent':
      return `${value.toLocaleString(undefined, { maximumFractionDigits: 1 })} %`;
    case 'days':
      return `${Math.round(value)} days`;
    default:
      return value.toLocaleString(undefined, { maximumFractionDigits: 1 });
  }
}

/** Minor units → major units, for chart axes. */
export function major(amount: number): number {
  return Math.round(amount) / 100;
}
