import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { type Column, DataTable } from '../../../ui/DataTable';
import { formatDay } from '../../../ui/format';
import { LABELS } from '../../../ui/labels';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, QueryState } from '../../../ui/States';
import { useAlliances } from '../../alliances/api';
import { mayApp } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { type PortfolioRow, usePortfolio } from '../api';
import { FailureModes, ReasonList } from '../components/FlagList';
import { ThresholdsCard } from '../components/ThresholdsCard';

const NOT_MEASURED = (
  <Text span size="xs" c="dimmed" fs="italic">
    not measured
  </Text>
);

/** A metric's value as the portfolio shows it, or "not measured" when no module provides it. */
function measure(
  row: PortfolioRow,
  key: string,
  show: (value: number | null) => React.ReactNode = (v) => (v === null ? '—' : v),
) {
  const m = row.measures[key];
  if (!m?.measured) return NOT_MEASURED;
  return show(m.value);
}

const percent = (v: number | null) => (v === null ? '—' : `${Math.round(v)}%`);

/** A portfolio row with its alliance's ASAP phase (null: no alliance started; undefined: not known). */
type Row = PortfolioRow & { alliance: { phase: keyof typeof LABELS.alliancePhase } | null | undefined };

const COLUMNS: Column<Row>[] = [
  {
    key: 'partner',
    header: 'Partner',
    miw: 180,
    cell: (r) => (
      <div>
        <Anchor component={Link} to={`/partners/${r.partnerId}`} size="sm" fw={600}>
          {r.partnerName}
        </Anchor>
        <Text size="xs" c="dimmed">
          {r.owner?.name ?? 'No owner'}
        </Text>
      </div>
    ),
  },
  {
    key: 'phase',
    header: 'Phase',
    nowrap: true,
    cell: (r) =>
      r.alliance === undefined ? (
        '—'
      ) : r.alliance === null ? (
        <Text span size="sm" c="orange">
          No alliance
        </Text>
      ) : (
        <Anchor component={Link} to={`/alliances/${r.partnerId}`} size="sm">
          {LABELS.alliancePhase[r.alliance.phase]}
        </Anchor>
      ),
  },
  {
    key: 'flags',
    header: 'Flags',
    miw: 240,
    cell: (r) =>
      r.flagged ? (
        <Stack gap={2}>
          <Badge color="red">Strategic in name only</Badge>
          <ReasonList reasons={r.reasons} />
        </Stack>
      ) : (
        <Badge color="teal" variant="light">
          No flags
        </Badge>
      ),
  },
  { key: 'failure', header: 'Failure modes', miw: 160, cell: (r) => <FailureModes modes={r.failureModes} /> },
  {
    key: 'plan',
    header: 'Plan',
    nowrap: true,
    cell: (r) =>
      measure(r, 'plans.current_plan', (v) =>
        v === 1 ? (
          <Badge color="teal">Current</Badge>
        ) : (
          <Badge color="red" variant="light">
            None
          </Badge>
        ),
      ),
  },
  {
    key: 'fulfilment',
    header: 'Fulfilment us / partner',
    nowrap: true,
    cell: (r) =>
      r.measures['plans.fulfilment_vendor']?.measured ? (
        <Text size="sm">
          {percent(r.measures['plans.fulfilment_vendor']?.value ?? null)} /{' '}
          {percent(r.measures['plans.fulfilment_partner']?.value ?? null)}
        </Text>
      ) : (
        NOT_MEASURED
      ),
  },
  {
    key: 'sponsors',
    header: 'Sponsors',
    nowrap: true,
    cell: (r) => measure(r, 'alliances.sponsors_named', (v) => `${v ?? 0} of 2`),
  },
  {
    key: 'review',
    header: 'Since review',
    nowrap: true,
    cell: (r) => measure(r, 'governance.days_since_review', (v) => (v === null ? 'never' : `${v} days`)),
  },
  {
    key: 'next',
    header: 'Next meeting',
    nowrap: true,
    cell: (r) =>
      measure(r, 'governance.days_to_next_meeting', () => (r.nextMeetingOn ? formatDay(r.nextMeetingOn) : 'none scheduled')),
  },
  {
    key: 'risks',
    header: 'Risks open / high',
    nowrap: true,
    cell: (r) =>
      r.measures['risks.open']?.measured ? (
        <Anchor component={Link} to={`/risks?partnerId=${r.partnerId}&live=true`} size="sm">
          {r.measures['risks.open']?.value ?? 0} /{' '}
          <Text span c={(r.measures['risks.high']?.value ?? 0) > 0 ? 'red' : undefined} fw={600} inherit>
            {r.measures['risks.high']?.value ?? 0}
          </Text>
        </Anchor>
      ) : (
        NOT_MEASURED
      ),
  },
];

/**
 * The portfolio of strategic partners: phase, plan, fulfilment per side, flags with their
 * reasons, seed 004's failure modes, risks and the governance rhythm. Columns whose module is not
 * installed read "not measured".
 */
export function PortfolioPage() {
  const portfolio = usePortfolio();
  const alliances = useAlliances();
  const user = useCurrentUser();
  // The ASAP phase of each alliance (the alliances module's list); unknown until it loads.
  const phases = alliances.data ? new Map(alliances.data.map((a) => [a.partnerId, { phase: a.phase }])) : null;
  return (
    <>
      <PageHeader
        title="Alliances"
        description="Every strategic partner: is the alliance governed, planned and mutual — or strategic in name only?"
      />
      <QueryState query={portfolio}>
        {(p) => (
          <SectionCard
            title="Strategic partners"
            label="Strategic partners"
            description={`As of ${formatDay(p.asOf)}. Flagged without a sponsor on either side, without a current plan, without a governance meeting in ${p.thresholds.reviewWithinDays} days, or with commitments more than ${p.thresholds.maxAsymmetry} points apart.`}
          >
            <Group gap="xs" mb="sm">
              <Badge color="red" variant="light">
                {p.data.filter((r) => r.flagged).length} flagged
              </Badge>
              <Badge color="gray" variant="light">
                {p.data.length} strategic partners
              </Badge>
            </Group>
            <DataTable
              label="Strategic partners"
              rows={p.data.map((r) => ({
                ...r,
                id: r.partnerId,
                alliance: phases ? (phases.get(r.partnerId) ?? null) : undefined,
              }))}
              rowName={(r) => r.partnerName}
              columns={COLUMNS}
              minWidth={1200}
              empty={<Empty title="No strategic partners" description="Partners in the strategic lifecycle stage show here." />}
              card={(r) => ({
                title: r.partnerName,
                subtitle: r.flagged ? r.reasons.map((x) => x.message).join('; ') : 'No flags',
                aside: r.flagged ? <Badge color="red">Flagged</Badge> : undefined,
                to: `/partners/${r.partnerId}`,
              })}
            />
          </SectionCard>
        )}
      </QueryState>
      {mayApp(user, 'configureAllianceAlerts') && (
        <Stack mt="md">
          <ThresholdsCard />
        </Stack>
      )}
    </>
  );
}
