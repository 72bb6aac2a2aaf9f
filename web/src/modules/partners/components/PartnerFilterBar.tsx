import { Button, Collapse, Group, Indicator, MultiSelect, Select, SimpleGrid } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAdjustmentsHorizontal, IconX } from '@tabler/icons-react';
import { FilterInput } from '../../../ui/FilterInput';
import { LABELS, optionsOf } from '../../../ui/labels';
import { countryOptions } from '../../../ui/locale';
import { useIsPhone } from '../../../ui/useIsPhone';
import { mayOwnPartners } from '../../auth/permissions';
import { useTiers } from '../../settings/api';
import { staffOptions, useVendorStaff } from '../../users/api';
import type { PartnerFilters } from '../api';

export const SORT_LABELS = {
  name: 'Name, A–Z',
  '-name': 'Name, Z–A',
  '-createdAt': 'Newest first',
  createdAt: 'Oldest first',
  '-updatedAt': 'Recently updated',
  '-lifecycleStageChangedAt': 'Stage changed recently',
  '-fit': 'Best fit first',
} as const;

/** Thresholds of the minimum-fit filter. */
const MIN_FIT_OPTIONS = [
  { value: '25', label: '25 or more' },
  { value: '50', label: '50 or more' },
  { value: '70', label: '70 or more' },
  { value: '90', label: '90 or more' },
];

type FilterKey = Exclude<keyof PartnerFilters, 'q' | 'sort'>;
const FILTER_KEYS: FilterKey[] = [
  'type',
  'motion',
  'designation',
  'tierId',
  'lifecycleStage',
  'ownerId',
  'status',
  'country',
  'minFit',
];

function activeFilterCount(filters: PartnerFilters): number {
  return FILTER_KEYS.filter((key) => filters[key] !== undefined).length;
}

type Props = {
  filters: PartnerFilters;
  onChange: (key: keyof PartnerFilters, value: string | null) => void;
  onClear: () => void;
};

export function PartnerFilterBar({ filters, onChange, onClear }: Props) {
  const isPhone = useIsPhone();
  const [open, { toggle }] = useDisclosure(!isPhone);
  const tiers = useTiers();
  const staff = useVendorStaff();
  const count = activeFilterCount(filters);
  // Each filter takes several values ("Active or Strategic"); the URL keeps them comma-separated.
  const select = (key: FilterKey, label: string, data: { value: string; label: string }[], searchable = false) => {
    const value = filters[key]?.split(',') ?? [];
    return (
      <MultiSelect
        key={key}
        label={label}
        placeholder={value.length === 0 ? 'Any' : undefined}
        data={data}
        value={value}
        onChange={(values) => onChange(key, values.join(',') || null)}
        clearable
        searchable={searchable}
        comboboxProps={{ withinPortal: true }}
      />
    );
  };
  return (
    <div>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <FilterInput
          search
          aria-label="Search partners"
          placeholder="Search by name, legal name or domain"
          value={filters.q}
          onChange={(q) => onChange('q', q)}
        />
        <Select
          aria-label="Sort"
          data={Object.entries(SORT_LABELS).map(([value, label]) => ({ value, label }))}
          value={filters.sort ?? 'name'}
          onChange={(value) => onChange('sort', value === 'name' ? null : value)}
          allowDeselect={false}
          w={210}
        />
        <Indicator label={count} size={18} disabled={count === 0}>
          <Button variant="default" leftSection={<IconAdjustmentsHorizontal size={16} />} onClick={toggle} aria-expanded={open}>
            Filters
          </Button>
        </Indicator>
        {count > 0 && (
          <Button variant="subtle" color="gray" leftSection={<IconX size={14} />} onClick={onClear}>
            Clear
          </Button>
        )}
      </Group>
      <Collapse expanded={open}>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" mt="sm">
          {select('lifecycleStage', 'Stage', optionsOf(LABELS.lifecycleStage))}
          {select('type', 'Type', optionsOf(LABELS.partnerType), true)}
          {select('motion', 'Motion', optionsOf(LABELS.motion))}
          {select('designation', 'Designation', optionsOf(LABELS.designation))}
          {select(
            'tierId',
            'Tier',
            (tiers.data ?? []).map((t) => ({ value: t.id, label: t.name })),
          )}
          {select('ownerId', 'Owner', staffOptions(staff.data, mayOwnPartners), true)}
          {select('status', 'Status', optionsOf(LABELS.partnerStatus))}
          {select('country', 'Country', countryOptions(), true)}
          <Select
            label="Fit"
            placeholder="Any"
            data={MIN_FIT_OPTIONS}
            value={filters.minFit ?? null}
            onChange={(value) => onChange('minFit', value)}
            clearable
            comboboxProps={{ withinPortal: true }}
          />
        </SimpleGrid>
      </Collapse>
    </div>
  );
}
