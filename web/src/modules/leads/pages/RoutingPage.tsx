import {
  ActionIcon,
  Badge,
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  Stack,
  Switch,
  TagsInput,
  Text,
  TextInput,
} from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { DataTable } from '../../../ui/DataTable';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { Form } from '../../../ui/Form';
import { useApiForm } from '../../../ui/forms';
import { COLORS, LABELS, optionsOf } from '../../../ui/labels';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, QueryState } from '../../../ui/States';
import { mayApp } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { PartnersMultiSelect } from '../../partners/components/PartnersMultiSelect';
import {
  type CoverageSegment,
  type RoutingRule,
  type RuleBody,
  useCreateRule,
  useCreateSegment,
  useDeleteRule,
  useDeleteSegment,
  useLeadSettings,
  useReorderRules,
  useRoutingRules,
  useSegments,
  useUpdateLeadSettings,
  useUpdateRule,
} from '../api';

type RuleValues = {
  name: string;
  countries: string[];
  regions: string[];
  industries: string[];
  sizes: string[];
  products: string[];
  partnerIds: string[];
  strategy: RoutingRule['strategy'];
  metricKey: string;
  maxOpenLeads: number | '';
};

const ruleValuesOf = (r: RoutingRule | null): RuleValues => ({
  name: r?.name ?? '',
  countries: r?.countries ?? [],
  regions: r?.regions ?? [],
  industries: r?.industries ?? [],
  sizes: r?.sizes ?? [],
  products: r?.products ?? [],
  partnerIds: r?.partnerIds ?? [],
  strategy: r?.strategy ?? 'round_robin',
  metricKey: r?.metricKey ?? '',
  maxOpenLeads: r?.maxOpenLeads ?? '',
});

const ruleBodyOf = (v: RuleValues): RuleBody => ({
  name: v.name,
  countries: v.countries,
  regions: v.regions as RuleBody['regions'],
  industries: v.industries,
  sizes: v.sizes as RuleBody['sizes'],
  products: v.products,
  partnerIds: v.partnerIds,
  strategy: v.strategy,
  metricKey: v.strategy === 'performance' ? v.metricKey || null : null,
  maxOpenLeads: v.maxOpenLeads === '' ? null : v.maxOpenLeads,
});

/** A new rule, or (with `rule`) the rule's conditions, partners and strategy edited in place. */
function RuleForm({ rule, onDone }: { rule: RoutingRule | null; onDone: () => void }) {
  const create = useCreateRule();
  const update = useUpdateRule();
  const form = useApiForm<RuleValues, RoutingRule, RuleBody & { id?: string }>({
    initialValues: ruleValuesOf(rule),
    mutation: (rule ? update : create) as never,
    toVariables: (v) => (rule ? { id: rule.id, ...ruleBodyOf(v) } : ruleBodyOf(v)),
    success: (r) => (rule ? `Saved rule ${r.name}` : `Added rule ${r.name}`),
    onSuccess: onDone,
  });
  return (
    <Form form={form} submitLabel={rule ? 'Save rule' : 'Add rule'} onCancel={onDone}>
      <TextInput label="Name" required placeholder="DACH manufacturing" {...form.getInputProps('name')} data-autofocus />
      <Text size="xs" c="dimmed">
        Conditions: a lead must meet every one you fill in; empty means any.
      </Text>
      <TagsInput label="Countries" placeholder="DE, AT, CH" {...form.getInputProps('countries')} />
      <MultiSelect label="Regions" data={optionsOf(LABELS.region)} {...form.getInputProps('regions')} />
      <TagsInput label="Industries" {...form.getInputProps('industries')} />
      <MultiSelect label="Company sizes" data={optionsOf(LABELS.companySize)} {...form.getInputProps('sizes')} />
      <TagsInput label="Products of interest" {...form.getInputProps('products')} />
      <PartnersMultiSelect
        label="Partners"
        description="Empty: every eligible partner serving the lead"
        known={rule?.partners}
        value={form.values.partnerIds}
        onChange={(ids) => form.setFieldValue('partnerIds', ids)}
        error={form.errors.partnerIds}
      />
      <Select
        label="Strategy"
        allowDeselect={false}
        data={optionsOf(LABELS.routingStrategy)}
        {...form.getInputProps('strategy')}
      />
      {form.values.strategy === 'performance' && (
        <TextInput
          label="Metric"
          placeholder="deals.won_registrations"
          description="Higher is better"
          {...form.getInputProps('metricKey')}
        />
      )}
      <NumberInput
        label="Most open leads per partner"
        min={1}
        description="Partners at this number are skipped"
        {...form.getInputProps('maxOpenLeads')}
      />
    </Form>
  );
}

const conditionsOf = (r: RoutingRule) =>
  [
    r.countries.length ? r.countries.join(', ') : null,
    r.regions.length ? r.regions.map((x) => LABELS.region[x as keyof typeof LABELS.region] ?? x).join(', ') : null,
    r.industries.length ? r.industries.join(', ') : null,
    r.sizes.length ? r.sizes.join(', ') : null,
    r.products.length ? `products: ${r.products.join(', ')}` : null,
  ]
    .filter(Boolean)
    .join(' · ') || 'Every lead';

function RulesCard({ edit }: { edit: boolean }) {
  const rules = useRoutingRules();
  const reorder = useReorderRules();
  const update = useUpdateRule();
  const remove = useDeleteRule();
  const dialog = useDialog<RoutingRule>();
  const move = (list: RoutingRule[], index: number, by: number) => {
    const ids = list.map((r) => r.id);
    const [id] = ids.splice(index, 1);
    ids.splice(index + by, 0, id as string);
    reorder.run(ids, { success: 'Order saved' });
  };
  return (
    <SectionCard
      title="Routing rules"
      label="Routing rules"
      description="Tried in order: the first rule whose conditions a lead meets and that has an eligible partner chooses one by its strategy."
      action={
        edit ? (
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => dialog.open()}>
            Add rule
          </Button>
        ) : undefined
      }
    >
      <FormDialog dialog={dialog} title={(r) => (r ? `Edit ${r.name}` : 'New routing rule')} size="lg">
        {(r) => <RuleForm rule={r} onDone={dialog.close} />}
      </FormDialog>
      <QueryState query={rules}>
        {(list) => (
          <DataTable<RoutingRule>
            label="Routing rules"
            rows={list}
            rowName={(r) => r.name}
            card={(r) => ({
              title: `${r.position}. ${r.name}`,
              subtitle: `${conditionsOf(r)} · ${LABELS.routingStrategy[r.strategy]}`,
            })}
            minWidth={700}
            empty={<Empty title="No routing rules" description="Without a rule, every lead waits for a manual assignment." />}
            columns={[
              { key: 'position', header: '#', cell: (r) => r.position },
              {
                key: 'name',
                header: 'Rule',
                cell: (r) => (
                  <Stack gap={0}>
                    <Text size="sm" fw={600} c={r.active ? undefined : 'dimmed'}>
                      {r.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {conditionsOf(r)}
                      {r.partners.length ? ` → ${r.partners.map((p) => p.name).join(', ')}` : ''}
                    </Text>
                  </Stack>
                ),
              },
              {
                key: 'strategy',
                header: 'Strategy',
                cell: (r) => (
                  <Stack gap={0}>
                    <Text size="sm">{LABELS.routingStrategy[r.strategy]}</Text>
                    <Text size="xs" c="dimmed">
                      {[r.metricKey, r.maxOpenLeads ? `max ${r.maxOpenLeads} open` : null].filter(Boolean).join(' · ')}
                    </Text>
                  </Stack>
                ),
              },
              {
                key: 'active',
                header: 'Active',
                cell: (r) => (
                  <Switch
                    aria-label={`${r.name} active`}
                    checked={r.active}
                    disabled={!edit}
                    onChange={(e) => update.run({ id: r.id, active: e.currentTarget.checked }, { success: 'Saved' })}
                  />
                ),
              },
              ...(edit
                ? [
                    {
                      key: 'order',
                      header: '',
                      cell: (r: RoutingRule) => {
                        const i = list.indexOf(r);
                        return (
                          <Group gap={2} wrap="nowrap">
                            <ActionIcon
                              variant="subtle"
                              aria-label={`Move ${r.name} up`}
                              disabled={i === 0}
                              onClick={() => move(list, i, -1)}
                            >
                              <IconArrowUp size={16} />
                            </ActionIcon>
                            <ActionIcon
                              variant="subtle"
                              aria-label={`Move ${r.name} down`}
                              disabled={i === list.length - 1}
                              onClick={() => move(list, i, 1)}
                            >
                              <IconArrowDown size={16} />
                            </ActionIcon>
                            <ActionIcon variant="subtle" aria-label={`Edit ${r.name}`} onClick={() => dialog.open(r)}>
                              <IconPencil size={16} />
                            </ActionIcon>
                            <ActionIcon
                              variant="subtle"
                              color="red"
                              aria-label={`Delete ${r.name}`}
                              onClick={() => remove.run(r.id, { success: `Deleted ${r.name}` })}
                            >
                              <IconTrash size={16} />
                            </ActionIcon>
                          </Group>
                        );
                      },
                    },
                  ]
                : []),
            ]}
          />
        )}
      </QueryState>
    </SectionCard>
  );
}

type SegmentValues = {
  name: string;
  countries: string[];
  regions: string[];
  industries: string[];
  sizes: string[];
  motion: CoverageSegment['motion'];
};

function SegmentForm({ onDone }: { onDone: () => void }) {
  const create = useCreateSegment();
  const form = useApiForm<SegmentValues, CoverageSegment, never>({
    initialValues: { name: '', countries: [], regions: [], industries: [], sizes: [], motion: 'partner_led' },
    mutation: create as never,
    toVariables: (v) => v as never,
    success: (s) => `Added segment ${s.name}`,
    onSuccess: onDone,
  });
  return (
    <Form form={form} submitLabel="Add segment" onCancel={onDone}>
      <TextInput label="Name" required placeholder="Enterprise" {...form.getInputProps('name')} data-autofocus />
      <TagsInput label="Countries" placeholder="US, CA" {...form.getInputProps('countries')} />
      <MultiSelect label="Regions" data={optionsOf(LABELS.region)} {...form.getInputProps('regions')} />
      <TagsInput label="Industries" {...form.getInputProps('industries')} />
      <MultiSelect label="Company sizes" data={optionsOf(LABELS.companySize)} {...form.getInputProps('sizes')} />
      <Select label="Motion" allowDeselect={false} data={optionsOf(LABELS.coverageMotion)} {...form.getInputProps('motion')} />
    </Form>
  );
}

function CoverageCard({ edit }: { edit: boolean }) {
  const segments = useSegments();
  const remove = useDeleteSegment();
  const dialog = useDialog();
  return (
    <SectionCard
      title="Coverage model"
      label="Coverage model"
      description="Who sells where: the most specific matching segment decides (a country beats a region). Direct segments are never routed to partners."
      action={
        edit ? (
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => dialog.open()}>
            Add segment
          </Button>
        ) : undefined
      }
    >
      <FormDialog dialog={dialog} title="New coverage segment" size="lg">
        {() => <SegmentForm onDone={dialog.close} />}
      </FormDialog>
      <QueryState query={segments}>
        {(list) => (
          <DataTable<CoverageSegment>
            label="Coverage segments"
            rows={list}
            rowName={(s) => s.name}
            card={(s) => ({ title: s.name, subtitle: LABELS.coverageMotion[s.motion] })}
            minWidth={600}
            empty={<Empty title="No segments" description="Every lead gets the default motion." />}
            columns={[
              { key: 'name', header: 'Segment', cell: (s) => s.name },
              {
                key: 'where',
                header: 'Where and who',
                cell: (s) => (
                  <Text size="xs" c="dimmed">
                    {[
                      ...s.countries,
                      ...s.regions.map((x) => LABELS.region[x as keyof typeof LABELS.region] ?? x),
                      ...s.industries,
                      ...s.sizes,
                    ].join(' · ')}
                  </Text>
                ),
              },
              {
                key: 'motion',
                header: 'Motion',
                cell: (s) => <Badge color={COLORS.coverageMotion[s.motion]}>{LABELS.coverageMotion[s.motion]}</Badge>,
              },
              ...(edit
                ? [
                    {
                      key: 'delete',
                      header: '',
                      cell: (s: CoverageSegment) => (
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={`Delete ${s.name}`}
                          onClick={() => remove.run(s.id, { success: `Deleted ${s.name}` })}
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </QueryState>
    </SectionCard>
  );
}

function SettingsCard({ edit }: { edit: boolean }) {
  const settings = useLeadSettings();
  const update = useUpdateLeadSettings();
  const [hours, setHours] = useState<number | string>('');
  return (
    <SectionCard title="Acceptance" label="Acceptance settings">
      <QueryState query={settings}>
        {(s) => (
          <Group align="flex-end">
            <NumberInput
              label="Acceptance SLA (hours)"
              description="After this, the lead goes to the next partner"
              min={1}
              max={720}
              disabled={!edit}
              value={hours === '' ? s.acceptanceSlaHours : hours}
              onChange={setHours}
            />
            <Select
              label="Default motion"
              description="Where no segment matches"
              disabled={!edit}
              allowDeselect={false}
              data={optionsOf(LABELS.coverageMotion)}
              value={s.defaultMotion}
              onChange={(v) => v && update.run({ defaultMotion: v as CoverageSegment['motion'] }, { success: 'Saved' })}
            />
            {edit && (
              <Button
                variant="light"
                disabled={hours === '' || Number(hours) === s.acceptanceSlaHours}
                onClick={() =>
                  update.run({ acceptanceSlaHours: Number(hours) }, { success: 'Saved', onSuccess: () => setHours('') })
                }
              >
                Save SLA
              </Button>
            )}
          </Group>
        )}
      </QueryState>
    </SectionCard>
  );
}

/** The coverage model, the routing rules in order and the acceptance SLA (admins edit; other staff read). */
export function RoutingPage() {
  const edit = mayApp(useCurrentUser(), 'editLeadRouting');
  return (
    <>
      <PageHeader
        title="Coverage & routing"
        crumbs={[{ label: 'Leads', to: '/leads' }]}
        description="Which motion covers each segment, and how leads are routed to partners."
      />
      <Stack gap="md">
        <RulesCard edit={edit} />
        <CoverageCard edit={edit} />
        <SettingsCard edit={edit} />
      </Stack>
    </>
  );
}
