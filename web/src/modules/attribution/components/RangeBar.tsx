import { Button, Group, MultiSelect, Select, TagsInput, TextInput } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { LABELS, optionsOf } from '../../../ui/labels';
import { countryOptions } from '../../../ui/locale';
import {
  type AttributionModel,
  BUILT_IN_MODELS,
  MODEL_LABELS,
  type ModelChoice,
  PARTNER_FILTERS,
  type PartnerFilterKey,
  type Range,
  trailingFourQuarters,
  useFilterChoices,
  yearToDate,
} from '../api';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The page's range, partner filters and model, kept in the URL (?from=&to=&programId=&…&model=&policyId=&halfLifeDays=). */
export function useRangeParams(defaultModel: AttributionModel | null) {
  const [params, setParams] = useSearchParams();
  const fallback = yearToDate();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const model = (params.get('model') as AttributionModel | null) ?? defaultModel;
  const policyId = params.get('policyId') ?? undefined;
  const half = Number(params.get('halfLifeDays') ?? '');
  const range: Range = { from: DAY.test(from) ? from : fallback.from, to: DAY.test(to) ? to : fallback.to };
  for (const key of PARTNER_FILTERS) {
    const value = params.get(key);
    if (value) range[key] = value;
  }
  const choice: ModelChoice | null = model
    ? {
        model,
        policyId: model === 'custom' ? policyId : undefined,
        halfLifeDays: model === 'time_decay' && half > 0 ? half : undefined,
      }
    : null;
  const set = (patch: Record<string, string | undefined>) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        for (const [k, v] of Object.entries(patch)) {
          if (v === undefined || v === '') next.delete(k);
          else next.set(k, v);
        }
        return next;
      },
      { replace: true },
    );
  return { range, choice, set };
}

export function RangeBar({
  range,
  onChange,
}: {
  range: { from: string; to: string };
  onChange: (patch: Record<string, string | undefined>) => void;
}) {
  const invalid = range.from > range.to ? 'Must be on or before “To”' : undefined;
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <TextInput
        label="Won from"
        type="date"
        value={range.from}
        error={invalid}
        onChange={(e) => onChange({ from: e.currentTarget.value })}
        maw={170}
      />
      <TextInput label="To" type="date" value={range.to} onChange={(e) => onChange({ to: e.currentTarget.value })} maw={170} />
      <Button variant="default" size="sm" onClick={() => onChange(yearToDate())}>
        This year
      </Button>
      <Button variant="default" size="sm" onClick={() => onChange(trailingFourQuarters())}>
        Last 4 quarters
      </Button>
    </Group>
  );
}

const listOf = (value: string | undefined) => (value ? value.split(',').filter(Boolean) : []);

/**
 * Which partners the figures cover: by program, tier (any program), segment, region and
 * headquarters country (vendor staff; a partner sees only its own line anyway).
 */
export function PartnerFilterBar({
  range,
  onChange,
}: {
  range: Range;
  onChange: (patch: Record<string, string | undefined>) => void;
}) {
  const { programs, tiers } = useFilterChoices(true);
  const programName = new Map(programs.map((p) => [p.id, p.name]));
  // Only a real change reaches the URL: a select that reports its (unchanged) value again must not
  // rewrite the query string from an older render (and lose the range).
  const set = (key: PartnerFilterKey) => (values: string[]) => {
    const next = values.join(',');
    if (next !== (range[key] ?? '')) onChange({ [key]: next || undefined });
  };
  return (
    <Group align="flex-end" gap="sm" wrap="wrap" aria-label="Partner filters">
      <MultiSelect
        label="Program"
        placeholder="Any program"
        data={programs.map((p) => ({ value: p.id, label: p.name }))}
        value={listOf(range.programId)}
        onChange={set('programId')}
        clearable
        searchable
        w={220}
      />
      <MultiSelect
        label="Tier"
        placeholder="Any tier"
        data={tiers.map((t) => ({
          value: t.id,
          label: programs.length > 1 ? `${t.name} (${programName.get(t.programId) ?? 'program'})` : t.name,
        }))}
        value={listOf(range.tierId)}
        onChange={set('tierId')}
        clearable
        searchable
        w={240}
      />
      <TagsInput
        label="Segment"
        placeholder="Enterprise, Mid-market…"
        value={listOf(range.segment)}
        onChange={set('segment')}
        clearable
        w={220}
      />
      <MultiSelect
        label="Region"
        placeholder="Any region"
        data={optionsOf(LABELS.region)}
        value={listOf(range.region)}
        onChange={set('region')}
        clearable
        w={220}
      />
      <MultiSelect
        label="Country"
        placeholder="Any country"
        data={countryOptions()}
        value={listOf(range.country)}
        onChange={set('country')}
        clearable
        searchable
        w={200}
      />
    </Group>
  );
}

export function ModelSelect({
  value,
  policies,
  onChange,
  label = 'Attribution model',
}: {
  value: ModelChoice | null;
  policies: readonly { id: string; name: string; archived: boolean }[];
  onChange: (patch: Record<string, string | undefined>) => void;
  label?: string;
}) {
  const options = [
    ...BUILT_IN_MODELS.map((m) => ({ value: m, label: MODEL_LABELS[m] })),
    ...policies.filter((p) => !p.archived).map((p) => ({ value: `custom:${p.id}`, label: `Policy: ${p.name}` })),
  ];
  const current = value ? (value.model === 'custom' ? `custom:${value.policyId ?? ''}` : value.model) : null;
  return (
    <Group align="flex-end" gap="sm">
      <Select
        label={label}
        data={options}
        value={current}
        allowDeselect={false}
        w={260}
        onChange={(v) => {
          if (!v) return;
          if (v.startsWith('custom:')) onChange({ model: 'custom', policyId: v.slice(7) });
          else onChange({ model: v, policyId: undefined });
        }}
      />
      {value?.model === 'time_decay' && (
        <TextInput
          label="Half-life (days)"
          type="number"
          min={1}
          w={140}
          value={value.halfLifeDays ?? ''}
          placeholder="Setting"
          onChange={(e) => onChange({ halfLifeDays: e.currentTarget.value })}
        />
      )}
    </Group>
  );
}
