import {
  ActionIcon,
  Button,
  Checkbox,
  Divider,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { Form } from '../../../ui/Form';
import { useApiForm } from '../../../ui/forms';
import { useMetrics } from '../../programs/api';
import { type ScorecardTemplate, type TemplateBody, useCreateTemplate, useUpdateTemplate } from '../api';

type MetricRow = {
  metric: string;
  target: number | string;
  weight: number | string;
  direction: 'higher' | 'lower';
  green: number | string;
  yellow: number | string;
};
type DimensionRow = { key: string; label: string; weight: number | string; metrics: MetricRow[] };
type Values = {
  name: string;
  description: string;
  cadence: 'month' | 'quarter';
  motion: string;
  dimensions: DimensionRow[];
  green: number | string;
  yellow: number | string;
  shared: boolean;
  active: boolean;
};

const newMetric = (): MetricRow => ({ metric: '', target: 1, weight: 1, direction: 'higher', green: 100, yellow: 70 });
const newDimension = (n: number): DimensionRow => ({ key: `dimension_${n}`, label: '', weight: 1, metrics: [newMetric()] });

/**
 * The scorecard template editor: dimensions, each with weighted metrics picked from the registry
 * (GET /api/v1/metrics), a target, green/yellow thresholds on attainment % and whether higher or
 * lower is better; overall thresholds; applicability by motion; shared with the partner or not.
 */
export function TemplateForm({ template, onDone }: { template?: ScorecardTemplate; onDone: () => void }) {
  const metrics = useMetrics();
  const create = useCreateTemplate();
  const update = useUpdateTemplate();
  const form = useApiForm<Values, ScorecardTemplate, never>({
    initialValues: {
      name: template?.name ?? '',
      description: template?.description ?? '',
      cadence: template?.cadence ?? 'quarter',
      motion: template?.appliesTo.motion ?? '',
      dimensions: template?.dimensions.map((d) => ({ ...d, metrics: d.metrics.map((m) => ({ ...m })) })) ?? [newDimension(1)],
      green: template?.green ?? 90,
      yellow: template?.yellow ?? 70,
      shared: template?.shared ?? true,
      active: template?.active ?? true,
    },
    mutation: (template ? update : create) as never,
    toVariables: (v) => {
      const body: TemplateBody = {
        name: v.name,
        description: v.description,
        cadence: v.cadence,
        appliesTo: { motion: (v.motion || null) as 'channel' | 'alliance' | null },
        dimensions: v.dimensions.map((d) => ({
          key: d.key,
          label: d.label,
          weight: Number(d.weight),
          metrics: d.metrics.map((m) => ({
            metric: m.metric,
            target: Number(m.target),
            weight: Number(m.weight),
            direction: m.direction,
            green: Number(m.green),
            yellow: Number(m.yellow),
          })),
        })),
        green: Number(v.green),
        yellow: Number(v.yellow),
        shared: v.shared,
        active: v.active,
      };
      return (template ? { id: template.id, ...body } : body) as never;
    },
    success: (t) => `Saved ${t.name}`,
    onSuccess: onDone,
    aliases: { 'thresholds.yellow': 'yellow' },
  });
  const options = (metrics.data ?? []).filter((m) => m.available).map((m) => ({ value: m.key, label: `${m.label} (${m.key})` }));
  return (
    <Form form={form} submitLabel={template ? 'Save template' : 'Create template'} onCancel={onDone}>
      <TextInput label="Name" required {...form.getInputProps('name')} />
      <Textarea label="Description" autosize minRows={2} {...form.getInputProps('description')} />
      <Group grow align="flex-start">
        <Select
          label="Cadence"
          allowDeselect={false}
          data={[
            { value: 'quarter', label: 'Quarterly' },
            { value: 'month', label: 'Monthly' },
          ]}
          {...form.getInputProps('cadence')}
        />
        <Select
          label="Applies to"
          data={[
            { value: '', label: 'Every partner' },
            { value: 'channel', label: 'Channel partners' },
            { value: 'alliance', label: 'Alliance partners' },
          ]}
          {...form.getInputProps('motion')}
        />
      </Group>
      <Group grow align="flex-start">
        <NumberInput label="Overall green from" min={0} max={200} {...form.getInputProps('green')} />
        <NumberInput label="Overall yellow from" description="Below: red" min={0} max={200} {...form.getInputProps('yellow')} />
      </Group>
      {form.values.dimensions.map((d, i) => (
        <Paper key={`dim-${i.toString()}`} withBorder p="sm">
          <Stack gap="xs">
            <Group align="flex-end" wrap="nowrap">
              <TextInput label="Dimension" required style={{ flex: 2 }} {...form.getInputProps(`dimensions.${i}.label`)} />
              <TextInput label="Key" style={{ flex: 1 }} {...form.getInputProps(`dimensions.${i}.key`)} />
              <NumberInput label="Weight" min={0} w={90} {...form.getInputProps(`dimensions.${i}.weight`)} />
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={`Remove dimension ${i + 1}`}
                disabled={form.values.dimensions.length === 1}
                onClick={() => form.removeListItem('dimensions', i)}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
            <Divider label="Metrics" labelPosition="left" />
            {d.metrics.map((_m, j) => (
              <Group key={`m-${j.toString()}`} align="flex-end" wrap="wrap" gap="xs">
                <Select
                  label="Metric"
                  searchable
                  style={{ flex: 3, minWidth: 220 }}
                  data={options}
                  {...form.getInputProps(`dimensions.${i}.metrics.${j}.metric`)}
                />
                <NumberInput label="Target" w={120} {...form.getInputProps(`dimensions.${i}.metrics.${j}.target`)} />
                <NumberInput label="Weight" w={80} min={0} {...form.getInputProps(`dimensions.${i}.metrics.${j}.weight`)} />
                <Select
                  label="Better"
                  w={100}
                  allowDeselect={false}
                  data={[
                    { value: 'higher', label: 'Higher' },
                    { value: 'lower', label: 'Lower' },
                  ]}
                  {...form.getInputProps(`dimensions.${i}.metrics.${j}.direction`)}
                />
                <NumberInput label="Green %" w={90} {...form.getInputProps(`dimensions.${i}.metrics.${j}.green`)} />
                <NumberInput label="Yellow %" w={90} {...form.getInputProps(`dimensions.${i}.metrics.${j}.yellow`)} />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={`Remove metric ${j + 1} of dimension ${i + 1}`}
                  disabled={d.metrics.length === 1}
                  onClick={() => form.removeListItem(`dimensions.${i}.metrics`, j)}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
            ))}
            <Button
              variant="subtle"
              size="xs"
              leftSection={<IconPlus size={14} />}
              onClick={() => form.insertListItem(`dimensions.${i}.metrics`, newMetric())}
            >
              Add metric
            </Button>
          </Stack>
        </Paper>
      ))}
      <Button
        variant="default"
        leftSection={<IconPlus size={14} />}
        onClick={() => form.insertListItem('dimensions', newDimension(form.values.dimensions.length + 1))}
      >
        Add dimension
      </Button>
      <Text size="xs" c="dimmed">
        Attainment is value ÷ target (target ÷ value when lower is better), capped at 200 %; a dimension’s score averages its
        metrics’ attainment (each counted up to 100 %) by weight.
      </Text>
      <Checkbox
        label="Share with the partner (its people see their scorecards in the portal)"
        {...form.getInputProps('shared', { type: 'checkbox' })}
      />
      {template && <Checkbox label="Active" {...form.getInputProps('active', { type: 'checkbox' })} />}
    </Form>
  );
}
