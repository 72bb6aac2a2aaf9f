import { Badge, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type ReactNode, useState } from 'react';
import { COLORS, LABELS } from '../../../ui/labels';
import { type AccountPlanStatus, useAccountSearch } from '../api';

export function AccountPlanStatusBadge({ status }: { status: AccountPlanStatus }) {
  return (
    <Badge color={COLORS.accountPlanStatus[status]} variant="light">
      {LABELS.accountPlanStatus[status]}
    </Badge>
  );
}

/** A key account chosen by searching the vendor's accounts by name or domain. */
export function AccountSelect({
  value,
  onChange,
  required,
  error,
}: {
  value: string | null;
  onChange: (id: string | null) => void;
  required?: boolean;
  error?: ReactNode;
}) {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const accounts = useAccountSearch(q);
  return (
    <Select
      label="Key account"
      placeholder="Search accounts by name or domain"
      required={required}
      searchable
      clearable
      filter={({ options }) => options}
      searchValue={search}
      onSearchChange={setSearch}
      data={(accounts.data ?? []).map((a) => ({ value: a.id, label: a.domain ? `${a.name} (${a.domain})` : a.name }))}
      value={value}
      onChange={onChange}
      error={error}
      nothingFoundMessage={accounts.isLoading ? 'Searching…' : 'No account matches'}
    />
  );
}

/** "Finance, Operations" → ["Finance", "Operations"]. */
export const listOf = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
