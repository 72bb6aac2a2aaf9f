import { LineChart } from '@mantine/charts';
import { Anchor, Badge, Button, Grid, Group, Select, Stack, Text } from '@mantine/core';
import { IconSend, IconSettings, IconTemplate } from '@tabler/icons-react';
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
import { type RoundQuery, type SurveyRound, type SurveyTrends, useRounds, useTrends } from '../api';
import { SendRoundForm } from '../components/SendRoundForm';
import { SettingsForm } from '../components/SettingsForm';
import { dimensionLabel } from '../labels';

const COLUMNS: Column<SurveyRound>[] = [
  {
    key: 'title',
    header: 'Survey',
    miw: 220,
    cell: (r) => (
      <div>
        <Anchor component={Link} to={`/surveys/${r.id}`} size="sm" fw={600}>
          {r.title}
        </Anchor>
        <Text size="xs" c="dimmed">
          {LABELS.surveyKind[r.kind]} · {r.period}
          {r.recurring ? ' · recurring' : ''}
        </Text>
      </div>
    ),
  },
  { key: 'partner', header: 'Partner', cell: (r) => r.partnerName },
  {
    key: 'status',
    header: 'Status',
    nowrap: true,
    cell: (r) => (
      <Badge color={COLORS.surveyRoundStatus[r.status]} variant="light">
        {LABELS.surveyRoundStatus[r.status]}
      </Badge>
    ),
  },
  { key: 'closes', header: 'Closes', nowrap: true, cell: (r) => formatDay(r.closesOn) },
  {
    key: 'answers',
    header: 'Answered',
    nowrap: true,
    cell: (r) =>
      r.kind === 'health_diagnostic'
        ? `vendor ${r.responses.vendor}/${r.recipients.vendor} · partner ${r.responses.partner}/${r.recipients.partner}`
        : `${r.responses.partner}/${r.recipients.partner}`,
  },
  {
    key: 'you',
    header: 'You',
    nowrap: true,
    cell: (r) =>
      r.myResponse ? (
        <Badge color="teal" variant="light">
          Answered
        </Badge>
      ) : r.can.answer ? (
        <Anchor component={Link} to={`/surveys/${r.id}`} size="sm">
          Answer
        </Anchor>
      ) : (
        '—'
      ),
  },
];

function parse(params: URLSearchParams): RoundQuery {
  const q: Record<string, string | number> = { limit: 200 };
  for (const key of ['partnerId', 'kind', 'status']) {
    const value = params.get(key);
    if (value) q[key] = value;
  }
  return q as RoundQuery;
}

/** NPS per half-year and PX per quarter across the portfolio, and the diagnostics' two sides. */
function TrendCharts({ trends }: { trends: SurveyTrends }) {
  const px = trends.px.map((p) => ({
    period: p.period,
    Overall: p.value,
    ...Object.fromEntries(trends.pxDimensions.map((d) => [dimensionLabel(d), p.dimensions[d] ?? null])),
  }));
  const pxColors = ['cyan.6', 'grape.6', 'orange.6', 'teal.6', 'pink.6'];
  return (
    <Grid>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <SectionCard
          title="Partner NPS trend"
          label="NPS trend"
          description="Promoters (9–10) minus detractors (0–6), all partners’ people, per half-year."
        >
          {trends.nps.length === 0 ? (
            <Empty title="No NPS answers yet" description="Send an NPS survey to your partners." />
          ) : (
            <LineChart
              h={220}
              data={trends.nps.map((p) => ({ period: p.period, NPS: p.value, Answers: p.count }))}
              dataKey="period"
              yAxisProps={{ domain: [-100, 100] }}
              referenceLines={[{ y: 0, color: 'gray.5' }]}
              series={[{ name: 'NPS', color: 'indigo.6' }]}
              withLegend
            />
          )}
        </SectionCard>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <SectionCard
          title="Partner experience (PX) trend"
          label="PX trend"
          description="Average agreement (1–5) per quarter, overall and by dimension."
        >
          {px.length === 0 ? (
            <Empty title="No PX answers yet" description="Turn on the recurring PX survey, or send one." />
          ) : (
            <LineChart
              h={220}
              data={px}
              dataKey="period"
              yAxisProps={{ domain: [1, 5] }}
              series={[
                { name: 'Overall', color: 'dark.6' },
                ...trends.pxDimensions.map((d, i) => ({
                  name: dimensionLabel(d),
                  color: pxColors[i % pxColors.length] ?? 'gray.6',
                })),
              ]}
              withLegend
            />
          )}
        </SectionCard>
      </Grid.Col>
      {trends.diagnostics.length > 0 && (
        <Grid.Col span={12}>
          <SectionCard
            title="Health diagnostics: how each side sees the alliances"
            label="Diagnostic trend"
            description="Average agreement (1–5) of the vendor’s and the partners’ people per quarter; the distance between the lines is the perception gap."
          >
            <LineChart
              h={200}
              data={trends.diagnostics.map((d) => ({ period: d.period, Vendor: d.vendor, Partner: d.partner }))}
              dataKey="period"
              yAxisProps={{ domain: [1, 5] }}
              series={[
                { name: 'Vendor', color: 'blue.6' },
                { name: 'Partner', color: 'teal.6' },
              ]}
              withLegend
            />
          </SectionCard>
        </Grid.Col>
      )}
    </Grid>
  );
}

/** Surveys: every round (vendor) or the company's own (portal), with the portfolio's trends. */
export function SurveysPage() {
  const user = useCurrentUser();
  const vendor = isVendor(user);
  const manage = mayApp(user, 'manageSurveys');
  const [params, setParams] = useSearchParams();
  const query = parse(params);
  const rounds = useRounds(query);
  const trends = useTrends(vendor);
  const sending = useDialog<'one' | 'many'>();
  const settings = useDialog<null>();
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  return (
    <>
      <PageHeader
        title="Surveys"
        description={
          vendor
            ? 'Partner health diagnostics with the perception gap between both sides, partner NPS and the partner-experience (PX) survey.'
            : 'Surveys the vendor asked our company to answer. Results are shown per side, never who answered what.'
        }
        actions={
          <Group gap="xs">
            {manage && (
              <>
                <Button leftSection={<IconSend size={16} />} onClick={() => sending.open('one')}>
                  Send a survey
                </Button>
                <Button variant="light" onClick={() => sending.open('many')}>
                  Send NPS / PX to partners
                </Button>
                <Button variant="subtle" component={Link} to="/surveys/templates" leftSection={<IconTemplate size={16} />}>
                  Templates
                </Button>
              </>
            )}
            {mayApp(user, 'surveySettings') && (
              <Button variant="subtle" leftSection={<IconSettings size={16} />} onClick={() => settings.open(null)}>
                Schedule
              </Button>
            )}
            <ImportButton kind="survey-answers" label="Import answers" allowed={mayApp(user, 'import:survey-answers')} />
            <ExportMenu path="/api/v1/survey-rounds" />
          </Group>
        }
      />
      <Stack gap="md">
        {vendor && <QueryState query={trends}>{(t) => <TrendCharts trends={t} />}</QueryState>}
        <SectionCard title="Rounds" label="Survey rounds">
          <Group gap="xs" mb="sm">
            <Select
              aria-label="Kind"
              placeholder="Any survey"
              clearable
              w={220}
              data={optionsOf(LABELS.surveyKind)}
              value={params.get('kind')}
              onChange={(v) => set('kind', v)}
            />
            <Select
              aria-label="Status"
              placeholder="Any status"
              clearable
              w={150}
              data={optionsOf(LABELS.surveyRoundStatus)}
              value={params.get('status')}
              onChange={(v) => set('status', v)}
            />
          </Group>
          <QueryState query={rounds}>
            {(rows) => (
              <DataTable
                label="Survey rounds"
                minWidth={720}
                rows={rows}
                columns={vendor ? COLUMNS : COLUMNS.filter((c) => c.key !== 'partner')}
                card={(r) => ({
                  title: r.title,
                  subtitle: `${LABELS.surveyKind[r.kind]} · closes ${formatDay(r.closesOn)}`,
                  aside: <Badge variant="light">{LABELS.surveyRoundStatus[r.status]}</Badge>,
                  to: `/surveys/${r.id}`,
                })}
                empty={
                  <Empty
                    title="No surveys yet"
                    description={vendor ? 'Send a health diagnostic to a strategic partner.' : 'Nothing to answer.'}
                  />
                }
              />
            )}
          </QueryState>
        </SectionCard>
      </Stack>
      <FormDialog dialog={sending} title={(m) => (m === 'many' ? 'Send NPS or PX to partners' : 'Send a survey')} size="lg">
        {(m) => <SendRoundForm many={m === 'many'} onDone={sending.close} />}
      </FormDialog>
      <FormDialog dialog={settings} title="Survey schedule and settings">
        {() => <SettingsForm onDone={settings.close} />}
      </FormDialog>
    </>
  );
}
