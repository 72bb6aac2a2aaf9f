import { Anchor, Badge, Button, CloseButton, Grid, Group, Select, Text } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { type Column, DataTable } from '../../../ui/DataTable';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { ExportMenu } from '../../../ui/ExportMenu';
import { formatDay } from '../../../ui/format';
import { ImportButton } from '../../../ui/ImportButton';
import { COLORS, LABELS, optionsOf } from '../../../ui/labels';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, QueryState } from '../../../ui/States';
import { isVendor, mayApp } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { type Risk, type RiskQuery, useHeatMap, useRisks } from '../api';
import { HeatMap } from '../components/HeatMap';
import { RiskForm } from '../components/RiskForm';

export const RISK_COLUMNS: Column<Risk>[] = [
  {
    key: 'title',
    header: 'Risk',
    miw: 220,
    cell: (r) => (
      <div>
        <Anchor component={Link} to={`/risks/${r.id}`} size="sm" fw={600}>
          {r.title}
        </Anchor>
        <Text size="xs" c="dimmed">
          {LABELS.riskCategory[r.category]}
          {r.shared ? ' · shared with the partner' : ''}
          {r.raisedBy === 'partner' ? ' · raised by the partner' : ''}
        </Text>
      </div>
    ),
  },
  {
    key: 'partner',
    header: 'Partner',
    cell: (r) => (
      <Anchor component={Link} to={`/partners/${r.partnerId}`} size="sm">
        {r.partnerName}
      </Anchor>
    ),
  },
  {
    key: 'score',
    header: 'L × I',
    nowrap: true,
    cell: (r) => (
      <Badge color={COLORS.riskBand[r.band]}>
        {r.likelihood} × {r.impact} = {r.score}
      </Badge>
    ),
  },
  {
    key: 'status',
    header: 'Status',
    nowrap: true,
    cell: (r) => (
      <Badge color={COLORS.riskStatus[r.status]} variant="light">
        {LABELS.riskStatus[r.status]}
      </Badge>
    ),
  },
  { key: 'owner', header: 'Owner', cell: (r) => r.owner?.name ?? '—' },
  {
    key: 'review',
    header: 'Review',
    nowrap: true,
    cell: (r) =>
      r.reviewOn ? (
        <Text size="sm" c={r.reviewOverdue ? 'red' : undefined} fw={r.reviewOverdue ? 600 : undefined}>
          {formatDay(r.reviewOn)}
          {r.reviewOverdue ? ' (overdue)' : ''}
        </Text>
      ) : (
        '—'
      ),
  },
  {
    key: 'actions',
    header: 'Mitigation',
    nowrap: true,
    cell: (r) => {
      const done = r.actions.filter((a) => a.status === 'done').length;
      const late = r.actions.filter((a) => a.overdue).length;
      return r.actions.length === 0 ? (
        '—'
      ) : (
        <Text size="sm" c={late ? 'red' : undefined}>
          {done}/{r.actions.length} done{late ? `, ${late} overdue` : ''}
        </Text>
      );
    },
  },
];

function parse(params: URLSearchParams): RiskQuery {
  const q: Record<string, string | number> = { limit: 200 };
  for (const key of ['partnerId', 'status', 'category', 'band', 'likelihood', 'impact', 'live', 'reviewOverdue']) {
    const value = params.get(key);
    if (value) q[key] = key === 'likelihood' || key === 'impact' ? Number(value) : value;
  }
  return q as RiskQuery;
}

/** The risk register: the portfolio's (or one partner's) heat map and every risk, highest score first. */
export function RisksPage() {
  const user = useCurrentUser();
  const vendor = isVendor(user);
  const [params, setParams] = useSearchParams();
  const query = parse(params);
  const risks = useRisks(query);
  const map = useHeatMap(params.get('partnerId'));
  const editing = useDialog<Risk>();
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const cell = params.get('likelihood') && params.get('impact');
  const partnerName = risks.data?.[0]?.partnerName;
  return (
    <>
      <PageHeader
        title="Risks"
        description={
          vendor
            ? 'The risk register of every alliance: likelihood × impact, owners, reviews and mitigation.'
            : 'Risks on our alliance that the vendor shares with us, and those we raised.'
        }
        actions={
          <Group gap="xs">
            <ImportButton kind="risks" allowed={mayApp(user, 'import:risks')} />
            <ExportMenu path="/api/v1/risks" />
          </Group>
        }
      />
      <Grid>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <SectionCard
            title={params.get('partnerId') ? `Heat map${partnerName ? `: ${partnerName}` : ''}` : 'Portfolio heat map'}
            label="Heat map"
          >
            <QueryState query={map}>{(m) => <HeatMap map={m} />}</QueryState>
            <Text size="xs" c="dimmed" mt="xs">
              Live (open and mitigating) risks per cell. Click a cell for its risks.
            </Text>
          </SectionCard>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <SectionCard title="Register" label="Register">
            <Group gap="xs" mb="sm" wrap="wrap">
              <Select
                aria-label="Status"
                placeholder="Any status"
                clearable
                w={150}
                data={optionsOf(LABELS.riskStatus)}
                value={params.get('status')}
                onChange={(v) => set('status', v)}
              />
              <Select
                aria-label="Category"
                placeholder="Any category"
                clearable
                w={170}
                data={optionsOf(LABELS.riskCategory)}
                value={params.get('category')}
                onChange={(v) => set('category', v)}
              />
              <Select
                aria-label="Band"
                placeholder="Any band"
                clearable
                w={140}
                data={optionsOf(LABELS.riskBand)}
                value={params.get('band')}
                onChange={(v) => set('band', v)}
              />
              {cell && (
                <Badge
                  variant="light"
                  rightSection={
                    <CloseButton
                      size="xs"
                      aria-label="Clear the cell"
                      onClick={() => setParams(withoutCell(params), { replace: true })}
                    />
                  }
                >
                  Likelihood {params.get('likelihood')} × impact {params.get('impact')}
                </Badge>
              )}
              {params.get('partnerId') && vendor && (
                <Button size="xs" variant="subtle" onClick={() => set('partnerId', null)}>
                  All partners
                </Button>
              )}
            </Group>
            <QueryState query={risks}>
              {(rows) => (
                <DataTable
                  label="Risks"
                  rows={rows}
                  rowName={(r) => r.title}
                  columns={RISK_COLUMNS}
                  minWidth={860}
                  empty={<Empty title="No risks match" description="Raise risks from a partner’s page." />}
                  actions={(r) => [{ label: 'Edit', onClick: () => editing.open(r), allowed: r.can.edit }]}
                  card={(r) => ({
                    title: r.title,
                    subtitle: `${r.partnerName} · ${LABELS.riskStatus[r.status]}`,
                    aside: <Badge color={COLORS.riskBand[r.band]}>{r.score}</Badge>,
                    to: `/risks/${r.id}`,
                  })}
                />
              )}
            </QueryState>
          </SectionCard>
        </Grid.Col>
      </Grid>
      <FormDialog dialog={editing} title="Edit risk">
        {(r) => r && <RiskForm partnerId={r.partnerId} risk={r} vendor={vendor} onDone={editing.close} />}
      </FormDialog>
    </>
  );
}

function withoutCell(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete('likelihood');
  next.delete('impact');
  return next;
}
