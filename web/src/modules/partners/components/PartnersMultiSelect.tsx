import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type ReactNode, useState } from 'react';
import { usePartnerSearch } from '../api';

/** Several partners chosen by searching their names; `known` names the ones already chosen. */
export function PartnersMultiSelect({
  value,
  onChange,
  known = [],
  label = 'Partners',
  description,
  error,
}: {
  value: string[];
  onChange: (ids: string[]) => void;
  known?: readonly { id: string; name: string }[];
  label?: string;
  description?: ReactNode;
  error?: ReactNode;
}) {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const partners = usePartnerSearch(q);
  const [names, setNames] = useState(() => new Map(known.map((p) => [p.id, p.name])));
  const options = new Map(names);
  for (const p of partners.data ?? []) options.set(p.id, p.name);
  return (
    <MultiSelect
      label={label}
      description={description}
      placeholder={value.length ? undefined : 'Search partners'}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      data={[...options].map(([id, name]) => ({ value: id, label: name }))}
      value={value}
      onChange={(ids) => {
        setNames(
          (m) => new Map([...m, ...ids.filter((id) => options.has(id)).map((id) => [id, options.get(id) as string] as const)]),
        );
        onChange(ids);
      }}
      error={error}
      nothingFoundMessage={partners.isFetching ? 'Searching…' : 'No partner found'}
    />
  );
}
