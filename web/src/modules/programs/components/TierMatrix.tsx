import { Badge, Table, Text } from '@mantine/core';
import type { Tier } from '../../../api/types';
import { formatAmount } from '../../../ui/money';
import { Empty } from '../../../ui/States';
import { useSettings } from '../../settings/api';
import { SUPPORT_LABELS } from '../labels';

type Row = { label: string; cell: (tier: Tier) => string };

/** The tier-benefits matrix of one program: tiers as columns, requirements and benefits as rows. */
export function TierMatrix({ tiers }: { tiers: readonly Tier[] }) {
  // Revenue requirements are in the reporting currency's minor units (as the tier form enters them).
  const currency = useSettings().data?.reportingCurrency ?? 'USD';
  if (tiers.length === 0)
    return <Empty title="No tiers yet" description="Add the program's tiers to show their requirements and benefits." />;
  const requirementLabels = [...new Set(tiers.flatMap((t) => t.requirements.map((r) => r.label)))];
  const requirementRows: Row[] = requirementLabels.map((label) => ({
    label,
    cell: (t) => {
      const r = t.requirements.find((x) => x.label === label);
      if (!r) return '—';
      return r.type === 'revenue_t4q' ? `≥ ${formatAmount({ amount: r.min, currency })}` : `≥ ${r.min.toLocaleString()}`;
    },
  }));
  const benefitRows: Row[] = [
    { label: 'Discount', cell: (t) => (t.benefits.discountPercent !== undefined ? `${t.benefits.discountPercent} %` : '—') },
    {
      label: 'MDF accrual',
      cell: (t) => (t.benefits.mdfAccrualPercent !== undefined ? `${t.benefits.mdfAccrualPercent} %` : '—'),
    },
    {
      label: 'Deal protection',
      cell: (t) => (t.benefits.dealProtectionDays !== undefined ? `${t.benefits.dealProtectionDays} days` : '—'),
    },
    {
      label: 'Support',
      cell: (t) => (t.benefits.supportLevel ? (SUPPORT_LABELS[t.benefits.supportLevel] ?? t.benefits.supportLevel) : '—'),
    },
    { label: 'Resources', cell: (t) => (t.benefits.resources?.length ? t.benefits.resources.join(', ') : '—') },
  ];
  const section = (title: string, rows: Row[]) => (
    <>
      <Table.Tr>
        <Table.Th colSpan={tiers.length + 1}>
          <Text size="xs" tt="uppercase" c="dimmed" fw={700}>
            {title}
          </Text>
        </Table.Th>
      </Table.Tr>
      {rows.map((row) => (
        <Table.Tr key={`${title}-${row.label}`}>
          <Table.Td>{row.label}</Table.Td>
          {tiers.map((t) => (
            <Table.Td key={t.id}>{row.cell(t)}</Table.Td>
          ))}
        </Table.Tr>
      ))}
    </>
  );
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table aria-label="Tier benefits matrix" striped withColumnBorders>
        <Table.Thead>
          <Table.Tr>
            <Table.Th />
            {tiers.map((t) => (
              <Table.Th key={t.id}>
                <Badge
                  color={t.color === 'gold' ? 'yellow' : t.color === 'silver' || t.color === 'platinum' ? 'gray' : t.color}
                  variant="light"
                >
                  {t.name}
                </Badge>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {requirementRows.length > 0 && section('Requirements', requirementRows)}
          {section('Benefits', benefitRows)}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
