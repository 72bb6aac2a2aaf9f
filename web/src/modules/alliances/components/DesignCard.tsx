import { Badge, Button, Group, NumberInput, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { Form } from '../../../ui/Form';
import { useApiForm } from '../../../ui/forms';
import { LABELS } from '../../../ui/labels';
import { formatAmount, MoneyInput } from '../../../ui/money';
import { SectionCard } from '../../../ui/SectionCard';
import { QueryState } from '../../../ui/States';
import { type Alliance, type AllianceDesign, type Cadence, type DesignBody, useAlliance, useUpdateDesign } from '../api';

type Investment = AllianceDesign['investment']['vendor'];
type Money = NonNullable<Investment['coMarketingBudget']>;
const list = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const cadenceOptions = () => Object.entries(LABELS.cadence).map(([value, label]) => ({ value, label }));
const num = (v: number | string) => (v === '' ? null : Number(v));

function investmentLine(i: Investment): string {
  const parts = [
    i.coMarketingBudget && `${formatAmount(i.coMarketingBudget)} co-marketing`,
    i.presalesPeople && `${i.presalesPeople} pre-sales people`,
    i.engineeringDaysPerQuarter && `${i.engineeringDaysPerQuarter} engineering days/quarter`,
    i.executiveHoursPerQuarter && `${i.executiveHoursPerQuarter} executive hours/quarter`,
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : 'Nothing quantified';
}

function DesignForm({ alliance, onDone }: { alliance: Alliance; onDone: () => void }) {
  const update = useUpdateDesign(alliance.partnerId);
  const d = alliance.design;
  const full = alliance.can.edit;
  const invValues = (i: Investment) => ({
    budget: i.coMarketingBudget as Money | null,
    presales: (i.presalesPeople ?? '') as number | string,
    engineering: (i.engineeringDaysPerQuarter ?? '') as number | string,
    executive: (i.executiveHoursPerQuarter ?? '') as number | string,
  });
  const form = useApiForm({
    initialValues: {
      statement: d.valueProposition.statement,
      targetCustomer: d.valueProposition.targetCustomer,
      outcome: d.valueProposition.outcome,
      segments: d.marketScope.segments.join(', '),
      territories: d.marketScope.territories.join(', '),
      solutionCategories: d.marketScope.solutionCategories.join(', '),
      vendor: invValues(d.investment.vendor),
      partner: invValues(d.investment.partner),
      cadence: (d.governance.cadence ?? '') as string,
      decisionRights: d.governance.decisionRights,
      escalationPath: d.governance.escalationPath,
      metrics: d.performance.metrics.map((m) => `${m.side}: ${m.name}${m.target ? ` — ${m.target}` : ''}`).join('\n'),
      frequency: (d.performance.frequency ?? '') as string,
      consequences: d.performance.consequences,
    },
    mutation: update,
    toVariables: (v): DesignBody => {
      const inv = (x: typeof v.vendor, notes: string) => ({
        coMarketingBudget: x.budget,
        presalesPeople: num(x.presales),
        engineeringDaysPerQuarter: num(x.engineering),
        executiveHoursPerQuarter: num(x.executive),
        notes,
      });
      const partnerSide = { investment: { partner: inv(v.partner, d.investment.partner.notes) } };
      if (!full) return partnerSide;
      return {
        valueProposition: { ...d.valueProposition, statement: v.statement, targetCustomer: v.targetCustomer, outcome: v.outcome },
        marketScope: {
          segments: list(v.segments),
          territories: list(v.territories),
          solutionCategories: list(v.solutionCategories),
        },
        investment: { vendor: inv(v.vendor, d.investment.vendor.notes), partner: inv(v.partner, d.investment.partner.notes) },
        governance: {
          cadence: (v.cadence || null) as Cadence | null,
          decisionRights: v.decisionRights,
          escalationPath: v.escalationPath,
        },
        performance: {
          metrics: v.metrics
            .split('\n')
            .map((line) => line.trim())
            .filter(Boolean)
            .map((line) => {
              const m = /^(vendor|partner|joint)\s*:\s*(.*?)(?:\s+—\s+(.*))?$/i.exec(line);
              return m
                ? {
                    side: (m[1] ?? 'joint').toLowerCase() as 'vendor' | 'partner' | 'joint',
                    name: m[2] ?? line,
                    target: m[3] ?? '',
                  }
                : { side: 'joint' as const, name: line, target: '' };
            }),
          frequency: (v.frequency || null) as Cadence | null,
          consequences: v.consequences,
        },
      };
    },
    success: () => 'Design saved',
    onSuccess: onDone,
  });
  const investmentInputs = (side: 'vendor' | 'partner') => (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {side === 'vendor' ? 'Vendor investment' : 'Partner investment'}
      </Text>
      <MoneyInput
        label="Co-marketing budget (a year)"
        {...form.getInputProps(`${side}.budget`)}
        value={form.values[side].budget}
        onChange={(value) => form.setFieldValue(`${side}.budget`, value)}
      />
      <Group grow>
        <NumberInput label="Pre-sales people" min={0} {...form.getInputProps(`${side}.presales`)} />
        <NumberInput label="Engineering days / quarter" min={0} {...form.getInputProps(`${side}.engineering`)} />
        <NumberInput label="Executive hours / quarter" min={0} {...form.getInputProps(`${side}.executive`)} />
      </Group>
    </Stack>
  );
  return (
    <Form form={form} submitLabel="Save the design" onCancel={onDone}>
      {full && (
        <>
          <Textarea
            label="Joint value proposition"
            description="Together, [vendor] and [partner] enable [outcome] for [customer segment] that neither delivers alone"
            autosize
            minRows={2}
            {...form.getInputProps('statement')}
          />
          <Group grow>
            <TextInput label="Target customer" {...form.getInputProps('targetCustomer')} />
            <TextInput label="Outcome" {...form.getInputProps('outcome')} />
          </Group>
          <TextInput label="Segments" description="Comma-separated" {...form.getInputProps('segments')} />
          <TextInput label="Territories" description="Comma-separated" {...form.getInputProps('territories')} />
          <TextInput label="Solution categories" description="Comma-separated" {...form.getInputProps('solutionCategories')} />
          {investmentInputs('vendor')}
        </>
      )}
      {investmentInputs('partner')}
      {full && (
        <>
          <Select label="Governance cadence" data={cadenceOptions()} clearable {...form.getInputProps('cadence')} />
          <Textarea label="Decision rights" autosize {...form.getInputProps('decisionRights')} />
          <Textarea label="Escalation path" autosize {...form.getInputProps('escalationPath')} />
          <Textarea
            label="Metrics"
            description="One a line: “partner: Joint pipeline — €4m”, “vendor: Budget deployed — 100%”, “joint: Joint wins — 6”"
            autosize
            minRows={2}
            {...form.getInputProps('metrics')}
          />
          <Select label="Measured" data={cadenceOptions()} clearable {...form.getInputProps('frequency')} />
          <Textarea label="Consequences of sustained underperformance" autosize {...form.getInputProps('consequences')} />
        </>
      )}
    </Form>
  );
}

/** Seed 004's five commercial dimensions, each checked for being explicit, and value capture per party. */
export function DesignCard({ partnerId }: { partnerId: string }) {
  const alliance = useAlliance(partnerId);
  const dialog = useDialog();
  return (
    <QueryState query={alliance}>
      {(a) =>
        a && (
          <SectionCard
            title="Commercial design"
            label="Commercial design"
            description={`${a.designExplicit} of 5 dimensions designed explicitly`}
            action={
              a.can.editPartnerSide && (
                <Button size="xs" variant="light" leftSection={<IconPencil size={14} />} onClick={() => dialog.open()}>
                  {a.can.edit ? 'Edit the design' : 'Edit your investment'}
                </Button>
              )
            }
          >
            <Stack gap="sm">
              {a.designChecks.map((c) => (
                <div key={c.dimension} data-testid="design-dimension">
                  <Group gap={6}>
                    <Badge size="sm" color={c.explicit ? 'teal' : 'orange'} variant="light">
                      {c.explicit ? 'Explicit' : 'Not explicit'}
                    </Badge>
                    <Text size="sm" fw={600}>
                      {LABELS.designDimension[c.dimension]}
                    </Text>
                  </Group>
                  {c.missing.length > 0 && (
                    <Text size="xs" c="dimmed">
                      Missing: {c.missing.join('; ')}
                    </Text>
                  )}
                </div>
              ))}
              {a.design.valueProposition.statement && <Text size="sm">“{a.design.valueProposition.statement}”</Text>}
              <Text size="xs">Vendor invests: {investmentLine(a.design.investment.vendor)}</Text>
              <Text size="xs">Partner invests: {investmentLine(a.design.investment.partner)}</Text>
            </Stack>
            <FormDialog dialog={dialog} title="Commercial design" size="xl">
              {() => <DesignForm alliance={a} onDone={dialog.close} />}
            </FormDialog>
          </SectionCard>
        )
      }
    </QueryState>
  );
}
