import { Select } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { valueKeys } from '../api';

/**
 * "Joint value proposition": the published versions of these partners' JVPs (the record's
 * partner; an opportunity's involved partners), current first; clearable. Used by the campaign,
 * deal registration, opportunity and resource forms (decision 0344).
 */
export function ValuePropositionSelect({
  partnerIds,
  value,
  onChange,
  error,
  description,
}: {
  partnerIds: readonly string[];
  value: string | null;
  onChange: (id: string | null) => void;
  error?: React.ReactNode;
  description?: React.ReactNode;
}) {
  const lists = useQueries({
    queries: partnerIds.map((id) => ({
      queryKey: valueKeys.propositions(id),
      queryFn: async () => (await unwrap(api.GET('/api/v1/partners/{id}/value-propositions', { params: { path: { id } } }))).data,
    })),
  });
  const options = lists
    .flatMap((q) => q.data ?? [])
    .filter((p) => p.version !== null && (p.status === 'published' || p.status === 'superseded'))
    .sort((a, b) => (a.status === b.status ? (b.version ?? 0) - (a.version ?? 0) : a.status === 'published' ? -1 : 1))
    .map((p) => ({
      value: p.id,
      label: `${partnerIds.length > 1 ? `${p.partnerName}: ` : ''}${p.title} (v${p.version}${p.status === 'published' ? ', current' : ''})`,
    }));
  const loading = lists.some((q) => q.isPending);
  return (
    <Select
      label="Joint value proposition"
      description={description ?? 'The alliance’s published proposition this uses: it counts as its deployment.'}
      placeholder={
        partnerIds.length === 0 ? 'Choose the partner first' : loading ? 'Loading…' : options.length ? 'None' : 'None published'
      }
      data={options}
      value={value}
      onChange={onChange}
      clearable
      searchable
      disabled={partnerIds.length === 0}
      error={error}
      nothingFoundMessage="No published proposition"
    />
  );
}
