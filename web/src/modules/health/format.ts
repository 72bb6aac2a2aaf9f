import { formatAmount } from '../../ui/money';

/**
 * A metric's value as people read it, from the registry's unit (decision 0292): money formatted
 * with its currency (minor units in, "$1,379,008.40" out), percentages as percentages, days as
 * days, counts as counts; "no data" when there is nothing to measure.
 */
export function metricValueText(value: number | null, unit: string | null | undefined, currency: string): string {
  if (value === null || !Number.isFinite(value)) return 'no data';
  switch (unit) {
    case 'money':
      return formatAmount({ amount: Math.round(value), currency });
    case 'percent':
      return `${Math.round(value)}%`;
    case 'boolean':
      return value ? 'yes' : 'no';
    case 'days':
      return `${Math.round(value)} ${Math.round(value) === 1 ? 'day' : 'days'}`;
    default:
      return (Math.round(value * 10) / 10).toLocaleString();
  }
}
