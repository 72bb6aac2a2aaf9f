import { BarChart } from '@mantine/charts';
import { Anchor, Badge, Button, Group, Modal, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { type Column, DataTable } from '../../../ui/DataTable';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, QueryState } from '../../../ui/States';
import { mayApp } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { useSettings } from '../../settings/api';
import { type Scorecard, type ScorecardTemplate, useEvaluateTemplate, useScorecards, useScorecardTemplates } from '../api';
import { HealthBadge } from '../components/HealthBadge';
import { ScorecardView } from '../components/ScorecardView';
import { TemplateForm } from '../components/TemplateForm';
import { metricValueText } from '../format';
import { COLOUR_OF } from '../labels';

/** The periods a template can be evaluated for: the running one and the eight before it. */
function periodsOf(cadence: 'month' | 'quarter', today = new Date()): string[] {
  const out: string[] = [];
  const y = today.getUTCFullYear();
  const m = today.getUTCMonth();
  for (let i = 0; i < 9; i++) {
    if (cadence === 'month') {
      const d = new Date(Date.UTC(y, m - i, 1));
      out.push(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`);
    } else {
      const q = Math.floor(m / 3) - i;
      const year = y + Math.floor(q / 4);
      out.push(`${year}-Q${(((q % 4) + 4) % 4) + 1}`);
    }
  }
  return out;
}

function Results({ template, period }: { template: ScorecardTemplate; period: string }) {
  const cards = useScorecards({ templateId: template.id, period });
  const [open, setOpen] = useState<Scorecard | null>(null);
  const columns: Column<Scorecard & { id: string }>[] = [
    {
      key: 'partner',
      header: 'Partner',
      miw: 180,
      cell: (s) => (
        <Anchor component={Link} to={`/partners/${s.partnerId}`} size="sm" fw={600}>
          {s.partnerName}
        </Anchor>
      ),
    },
    { key: 'overall', header: 'Overall', nowrap: true, cell: (s) => <HealthBadge status={s.colour} score={s.score} /> },
    ...template.dimensions.map(
      (d): Column<Scorecard & { id: string }> => ({
        key: d.key,
        header: d.label,
        nowrap: true,
        cell: (s) => {
          const r = s.dimensions.find((x) => x.key === d.key);
          return r?.colour ? (
            <Group gap={3} wrap="nowrap">
              {r.metrics.map((m) => (
                <Badge
                  key={m.metric}
                  size="xs"
                  circle
                  color={m.colour ? COLOUR_OF[m.colour] : 'gray'}
                  title={`${m.label}: ${m.attainment ?? '–'}%`}
                >
                  {' '}
                </Badge>
              ))}
              <Text size="xs" fw={600} c={COLOUR_OF[r.colour]}>
                {Math.round(r.score ?? 0)}
              </Text>
            </Group>
          ) : (
            <Text size="xs" c="dimmed" fs="italic">
              no data
            </Text>
          );
        },
      }),
    ),
  ];
  return (
    <QueryState query={cards}>
      {(list) => {
        const counts = { green: 0, yellow: 0, red: 0 };
        for (const s of list) if (s.colour) counts[s.colour] += 1;
        return (
          <Stack gap="sm">
            {list.length > 0 && (
              <BarChart
                h={120}
                data={[{ period, Green: counts.green, Yellow: counts.yellow, Red: counts.red }]}
                dataKey="period"
                type="stacked"
                orientation="vertical"
                series={[
                  { name: 'Green', color: 'teal.6' },
                  { name: 'Yellow', color: 'yellow.6' },
                  { name: 'Red', color: 'red.6' },
                ]}
              />
            )}
            <DataTable
              label={`Scorecards ${period}`}
              rows={list.map((s) => ({ ...s, id: s.id }))}
              rowName={(s) => s.partnerName}
              columns={columns}
              minWidth={700}
              actions={(s) => [{ label: 'Open scorecard', onClick: () => setOpen(s) }]}
              actionsVariant="buttons"
              empty={
                <Empty
                  title="Not evaluated for this period"
                  description="Evaluate the template to store each partner’s scorecard."
                />
              }
              card={(s) => ({ title: s.partnerName, aside: <HealthBadge status={s.colour} score={s.score} /> })}
            />
            <Modal opened={open !== null} onClose={() => setOpen(null)} title={open?.partnerName} size="xl">
              {open && <ScorecardView scorecard={open} />}
            </Modal>
          </Stack>
        );
      }}
    </QueryState>
  );
}

/**
 * Scorecards (vendor): the templates — dimensions of weighted metrics with targets and thresholds —
 * and each period's results per partner, green/yellow/red per metric.
 */
export function ScorecardsPage() {
  const user = useCurrentUser();
  const templates = useScorecardTemplates();
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [period, setPeriod] = useState<string | null>(null);
  const edit = useDialog<ScorecardTemplate>();
  const evaluate = useEvaluateTemplate();
  const manage = mayApp(user, 'manageScorecards');
  const currency = useSettings().data?.reportingCurrency ?? 'USD';
  return (
    <>
      <PageHeader
        title="Scorecards"
        description="Templates of weighted metrics with targets and green/yellow/red thresholds, evaluated per partner per month or quarter."
        actions={
          manage ? (
            <Button onClick={() => edit.open(null)} variant="default">
              New template
            </Button>
          ) : undefined
        }
      />
      <QueryState query={templates}>
        {(list) => {
          const template = list.find((t) => t.id === templateId) ?? list[0];
          if (!template)
            return <Empty title="No scorecard templates" description="Create one to evaluate partners per period." />;
          const periods = periodsOf(template.cadence);
          const shown = period && periods.includes(period) ? period : (template.evaluatedPeriods[0] ?? periods[0] ?? '');
          return (
            <Stack>
              <SectionCard
                title={template.name}
                label="Scorecard template"
                description={template.description || undefined}
                action={
                  manage && template.can.edit ? (
                    <Button size="xs" variant="subtle" onClick={() => edit.open(template)}>
                      Edit template
                    </Button>
                  ) : undefined
                }
              >
                <Group align="flex-end" mb="sm">
                  <Select
                    label="Template"
                    allowDeselect={false}
                    value={template.id}
                    onChange={(v) => {
                      setTemplateId(v);
                      setPeriod(null);
                    }}
                    data={list.map((t) => ({ value: t.id, label: `${t.name}${t.active ? '' : ' (inactive)'}` }))}
                  />
                  <Select
                    label="Period"
                    allowDeselect={false}
                    value={shown}
                    onChange={setPeriod}
                    data={periods.map((p) => ({ value: p, label: template.evaluatedPeriods.includes(p) ? `${p} ✓` : p }))}
                  />
                  {manage && template.can.evaluate && (
                    <Button
                      loading={evaluate.isPending}
                      onClick={() =>
                        evaluate.run(
                          { templateId: template.id, period: shown },
                          {
                            success: (r) =>
                              `Evaluated ${r.partners} partners for ${r.period}: ${r.colours.green} green, ${r.colours.yellow} yellow, ${r.colours.red} red`,
                          },
                        )
                      }
                    >
                      Evaluate {shown}
                    </Button>
                  )}
                </Group>
                <SimpleGrid cols={{ base: 1, sm: Math.min(3, template.dimensions.length) }} mb="sm">
                  {template.dimensions.map((d) => (
                    <div key={d.key}>
                      <Text size="sm" fw={600}>
                        {d.label}{' '}
                        <Text span size="xs" c="dimmed">
                          weight {d.weight}
                        </Text>
                      </Text>
                      {d.metrics.map((m) => (
                        <Text key={m.metric} size="xs" c="dimmed">
                          {template.metricInfo[m.metric]?.label ?? `${m.metric} (not provided)`}: target{' '}
                          {metricValueText(m.target, template.metricInfo[m.metric]?.unit, currency)} ({m.direction} is better;
                          green ≥ {m.green}%, yellow ≥ {m.yellow}%)
                        </Text>
                      ))}
                    </div>
                  ))}
                </SimpleGrid>
                <Results template={template} period={shown} />
              </SectionCard>
            </Stack>
          );
        }}
      </QueryState>
      <FormDialog dialog={edit} title={(t) => (t ? `Edit ${t.name}` : 'New scorecard template')} size="xl">
        {(t) => <TemplateForm template={t ?? undefined} onDone={edit.close} />}
      </FormDialog>
    </>
  );
}
