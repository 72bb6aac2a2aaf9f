import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type ReactNode, useState } from 'react';
import { usePartnerSearch } from '../api';

/** A partner chosen by searching its name. */
export function PartnerSelect({
  value,
  onChange,
  label = 'Partner',
  required,
  error,
}: {
  value: string | null;
  onChange: (id: string | null) => void;
  label?: string;
  required?: boolean;
  error?: ReactNode;
}) {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const partners = usePartnerSearch(q);
  return (
    <Select
      label={label}
      placeholder="Search partners"
      required={required}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      data={(partners.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
      value={value}
      onChange={onChange}
      error={error}
      nothingFoundMessage={partners.isFetching ? 'Searching…' : 'No partner found'}
      filter={({ options }) => options}
    />
  );
}
