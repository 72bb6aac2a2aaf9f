import { Button, Fieldset, Group, NumberInput, Select, Stack, TagsInput, Text, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { Metric, Tier } from '../../../api/types';
import { Form } from '../../../ui/Form';
import { useApiForm } from '../../../ui/forms';
import { LABELS, optionsOf } from '../../../ui/labels';
import { MoneyInput } from '../../../ui/money';
import { useSettings } from '../../settings/api';
import { type TierBody, useCreateTier, useMetrics, useUpdateTier } from '../api';
import { placeNestedErrors } from '../fieldErrors';
import { REQUIREMENT_TYPE_LABELS, SUPPORT_LABELS } from '../labels';

type Num = number | '';
type RequirementValues = { key: string; type: string; metric: string; label: string; min: Num };
type Values = {
  name: string;
  rank: Num;
  color: string;
  description: string;
  requirements: RequirementValues[];
  benefits: {
    discountPercent: Num;
    mdfAccrualPercent: Num;
    dealProtectionDays: Num;
    supportLevel: string | null;
    resources: string[];
  };
};

const num = (v: Num): number => (v === '' ? (undefined as unknown as number) : Number(v));
const optional = (v: Num): number | undefined => (v === '' ? undefined : Number(v));

/** A requirement key from its label: "Business plan signed" → business_plan_signed. */
function slug(text: string, fallback: string): string {
  const s = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+|_+$/g, '')
    .slice(0, 40);
  return s || fallback;
}

/** The unit a requirement's value is in: the built-in types' own, a named metric's, or a count. */
function unitOf(r: RequirementValues, metrics: readonly Metric[]): string {
  switch (r.type) {
    case 'revenue_t4q':
      return 'money';
    case 'min_health':
      return 'score';
    case 'metric':
      return metrics.find((m) => m.key === r.metric)?.unit ?? 'count';
    default:
      return 'count';
  }
}

/** The required value with the input its unit wants: an amount in the reporting currency, a percentage, days, a count. */
function RequiredValue({
  form,
  index,
  unit,
  currency,
}: {
  form: UseFormReturnType<Values>;
  index: number;
  unit: string;
  currency: string;
}) {
  const path = `requirements.${index}.min`;
  const props = form.getInputProps(path);
  if (unit === 'money')
    return (
      <MoneyInput
        label="At least"
        description="Trailing four quarters, in the reporting currency"
        currencyEditable={false}
        defaultCurrency={currency}
        value={props.value === '' ? null : { amount: Number(props.value), currency }}
        onChange={(m) => form.setFieldValue(path, m ? m.amount : '')}
        error={props.error}
      />
    );
  if (unit === 'boolean')
    return (
      <Select
        label="Required"
        data={[
          { value: '1', label: 'Yes' },
          { value: '0', label: 'No' },
        ]}
        allowDeselect={false}
        value={props.value === '' ? null : String(props.value)}
        onChange={(v) => form.setFieldValue(path, v === null ? '' : Number(v))}
        error={props.error}
      />
    );
  const decorations: Record<string, { suffix?: string; max?: number; decimals?: number; description?: string }> = {
    percent: { suffix: ' %', max: 100, decimals: 2 },
    score: { max: 100, description: 'Health score 0–100' },
    days: { suffix: ' days' },
    count: { decimals: 0 },
  };
  const d = decorations[unit] ?? { decimals: 2 };
  return (
    <NumberInput
      label="At least"
      description={d.description}
      min={0}
      max={d.max}
      suffix={d.suffix}
      decimalScale={d.decimals}
      allowDecimal={d.decimals !== 0}
      {...props}
    />
  );
}

function RequirementFields({
  form,
  index,
  metrics,
  currency,
}: {
  form: UseFormReturnType<Values>;
  index: number;
  metrics: readonly Metric[];
  currency: string;
}) {
  const r = form.values.requirements[index] as RequirementValues;
  const path = (field: string) => `requirements.${index}.${field}`;
  return (
    <Fieldset legend={r.label || `Requirement ${index + 1}`} aria-label={`Requirement ${index + 1}`}>
      <Stack gap="xs">
        <Group grow align="flex-start" wrap="nowrap">
          <Select
            label="Requirement"
            data={Object.entries(REQUIREMENT_TYPE_LABELS).map(([value, label]) => ({ value, label }))}
            allowDeselect={false}
            {...form.getInputProps(path('type'))}
            onChange={(type) => {
              if (!type) return;
              form.setFieldValue(path('type'), type);
              // A label still naming the old type follows the new one.
              if (!r.label || r.label === REQUIREMENT_TYPE_LABELS[r.type])
                form.setFieldValue(
                  path('label'),
                  type === 'custom' || type === 'metric' ? '' : (REQUIREMENT_TYPE_LABELS[type] ?? ''),
                );
              form.setFieldValue(path('min'), '');
            }}
          />
          <TextInput label="Label" placeholder="As partners read it" {...form.getInputProps(path('label'))} />
        </Group>
        <Group grow align="flex-start" wrap="nowrap">
          {r.type === 'metric' && (
            <Select
              label="Metric"
              searchable
              data={metrics.map((m) => ({ value: m.key, label: `${m.label}${m.available ? '' : ' (no data yet)'}` }))}
              {...form.getInputProps(path('metric'))}
            />
          )}
          {r.type === 'custom' && (
            <TextInput
              label="Recorded value"
              description="The key recorded on the partner's page"
              placeholder={slug(r.label, 'business_plan')}
              {...form.getInputProps(path('metric'))}
            />
          )}
          <RequiredValue form={form} index={index} unit={unitOf(r, metrics)} currency={currency} />
        </Group>
        {form.errors[path('key')] && (
          <Text size="xs" c="red">
            {form.errors[path('key')]}
          </Text>
        )}
        <Group justify="flex-end">
          <Button
            size="xs"
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={14} />}
            onClick={() => form.removeListItem('requirements', index)}
          >
            Remove requirement
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}

/** Add or change a tier of a program: its name, rank and colour, its requirements and its benefits. */
export function TierForm({
  programId,
  tier,
  nextRank,
  onDone,
}: {
  programId: string;
  tier?: Tier;
  nextRank: number;
  onDone: () => void;
}) {
  const create = useCreateTier(programId);
  const update = useUpdateTier(programId);
  const metrics = useMetrics();
  const settings = useSettings();
  const currency = settings.data?.reportingCurrency ?? 'USD';
  const b = tier?.benefits;
  const form: UseFormReturnType<Values> & { submit: () => void; busy: boolean } = useApiForm<Values, unknown, TierBody>({
    initialValues: {
      name: tier?.name ?? '',
      rank: tier?.rank ?? nextRank,
      color: tier?.color ?? 'gray',
      description: tier?.description ?? '',
      requirements: (tier?.requirements ?? []).map((r) => ({
        key: r.key,
        type: r.type,
        metric: r.metric ?? '',
        label: r.label,
        min: r.min,
      })),
      benefits: {
        discountPercent: b?.discountPercent ?? '',
        mdfAccrualPercent: b?.mdfAccrualPercent ?? '',
        dealProtectionDays: b?.dealProtectionDays ?? '',
        supportLevel: b?.supportLevel ?? null,
        resources: b?.resources ?? [],
      },
    },
    validate: { name: (v) => (v.trim() ? null : 'Enter a name') },
    mutation: (tier ? update : create) as never,
    toVariables: (v) => {
      const used = new Set<string>();
      const requirements = v.requirements.map((r, i) => {
        // A requirement keeps its key; a new one takes one from its label, unique within the tier.
        let key = r.key || slug(r.label, `requirement_${i + 1}`);
        while (!r.key && used.has(key)) key = `${key}_${i + 1}`.slice(0, 40);
        used.add(key);
        const metric = r.type === 'custom' ? r.metric.trim() || slug(r.label, key) : r.type === 'metric' ? r.metric : undefined;
        return { key, type: r.type as never, label: r.label.trim(), min: num(r.min), ...(metric ? { metric } : {}) };
      });
      const body: TierBody = {
        name: v.name.trim(),
        rank: num(v.rank),
        color: v.color as never,
        description: v.description.trim(),
        requirements,
        benefits: {
          discountPercent: optional(v.benefits.discountPercent),
          mdfAccrualPercent: optional(v.benefits.mdfAccrualPercent),
          dealProtectionDays: optional(v.benefits.dealProtectionDays),
          supportLevel: (v.benefits.supportLevel || undefined) as never,
          resources: v.benefits.resources,
        },
      };
      return (tier ? { id: tier.id, body } : body) as TierBody;
    },
    onError: (error) => placeNestedErrors(form, error),
    success: () => (tier ? `Saved ${form.values.name.trim()}` : `Added ${form.values.name.trim()}`),
    onSuccess: onDone,
  });
  return (
    <Form form={form} submitLabel={tier ? 'Save tier' : 'Add tier'} onCancel={onDone}>
      <Group grow align="flex-start">
        <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
        <NumberInput
          label="Rank"
          description="Higher ranks are higher tiers"
          min={0}
          max={1000}
          allowDecimal={false}
          {...form.getInputProps('rank')}
        />
        <Select label="Colour" data={optionsOf(LABELS.tierColor)} allowDeselect={false} {...form.getInputProps('color')} />
      </Group>
      <Textarea label="Description" autosize minRows={1} {...form.getInputProps('description')} />
      <Fieldset legend="Requirements">
        <Stack gap="xs">
          {form.values.requirements.length === 0 && (
            <Text size="sm" c="dimmed">
              None: every member qualifies.
            </Text>
          )}
          {form.values.requirements.map((r, i) => (
            <RequirementFields key={r.key || `new-${i}`} form={form} index={i} metrics={metrics.data ?? []} currency={currency} />
          ))}
          <Group>
            <Button
              variant="default"
              size="xs"
              leftSection={<IconPlus size={14} />}
              disabled={form.values.requirements.length >= 20}
              onClick={() =>
                form.insertListItem('requirements', {
                  key: '',
                  type: 'revenue_t4q',
                  metric: '',
                  label: REQUIREMENT_TYPE_LABELS.revenue_t4q ?? '',
                  min: '',
                })
              }
            >
              Add requirement
            </Button>
          </Group>
        </Stack>
      </Fieldset>
      <Fieldset legend="Benefits">
        <Stack gap="xs">
          <Group grow align="flex-start">
            <NumberInput
              label="Discount"
              suffix=" %"
              min={0}
              max={100}
              decimalScale={2}
              {...form.getInputProps('benefits.discountPercent')}
            />
            <NumberInput
              label="MDF accrual"
              suffix=" %"
              min={0}
              max={100}
              decimalScale={2}
              {...form.getInputProps('benefits.mdfAccrualPercent')}
            />
            <NumberInput
              label="Deal protection"
              suffix=" days"
              min={0}
              max={3650}
              allowDecimal={false}
              {...form.getInputProps('benefits.dealProtectionDays')}
            />
          </Group>
          <Select
            label="Support level"
            clearable
            data={Object.entries(SUPPORT_LABELS).map(([value, label]) => ({ value, label }))}
            {...form.getInputProps('benefits.supportLevel')}
          />
          <TagsInput
            label="Resources"
            description="Press Enter after each: a sandbox, campaign kits, an executive sponsor"
            {...form.getInputProps('benefits.resources')}
          />
        </Stack>
      </Fieldset>
    </Form>
  );
}
