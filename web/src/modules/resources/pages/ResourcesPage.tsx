import { ActionIcon, Anchor, Badge, Button, Grid, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconSearch, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { type Column, DataTable } from '../../../ui/DataTable';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { ExportMenu } from '../../../ui/ExportMenu';
import { formatCount, formatDate } from '../../../ui/format';
import { COLORS, LABELS, optionsOf } from '../../../ui/labels';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, QueryState } from '../../../ui/States';
import { isVendor, mayApp } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import {
  type Resource,
  type ResourceQuery,
  useCreateCategory,
  useDeleteCategory,
  useLibraryStats,
  useResourceCategories,
  useResources,
} from '../api';
import { ResourceForm } from '../components/ResourceForm';
import { useOpen } from '../components/useOpen';

function titleCell(r: Resource) {
  return (
    <div>
      <Group gap={6} wrap="nowrap">
        <Anchor component={Link} to={`/resources/${r.id}`} size="sm" fw={600}>
          {r.title}
        </Anchor>
        {r.featured && (
          <Badge size="xs" color="yellow" variant="light">
            Featured
          </Badge>
        )}
        {r.isNew && <Badge size="xs">New</Badge>}
      </Group>
      <Text size="xs" c="dimmed" lineClamp={1}>
        {[r.category?.name, r.tags.join(', '), r.language.toUpperCase()].filter(Boolean).join(' · ')}
      </Text>
    </div>
  );
}

function parse(params: URLSearchParams): ResourceQuery {
  const q: Record<string, string | number> = { limit: 200, sort: params.get('sort') ?? '-createdAt' };
  for (const key of ['q', 'categoryId', 'status', 'featured', 'isNew']) {
    const value = params.get(key);
    if (value) q[key] = value;
  }
  return q as ResourceQuery;
}

/** The resource library: vendor staff keep it and see its use; partners browse what their programs and tiers unlock. */
export function ResourcesPage() {
  const user = useCurrentUser();
  const vendor = isVendor(user);
  const manage = mayApp(user, 'manageResources');
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const query = parse(params);
  const list = useResources(query);
  const categories = useResourceCategories();
  const adding = useDialog();
  const opener = useOpen();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const columns: Column<Resource>[] = [
    { key: 'title', header: 'Resource', miw: 260, cell: titleCell },
    {
      key: 'kind',
      header: 'Type',
      nowrap: true,
      cell: (r) => (
        <Badge color={COLORS.resourceKind[r.kind]} variant="light">
          {LABELS.resourceKind[r.kind]}
        </Badge>
      ),
    },
    ...(vendor
      ? [
          {
            key: 'status',
            header: 'Status',
            nowrap: true,
            cell: (r: Resource) => <Badge color={COLORS.resourceStatus[r.status]}>{LABELS.resourceStatus[r.status]}</Badge>,
          },
          {
            key: 'audience',
            header: 'Audience',
            nowrap: true,
            cell: (r: Resource) => (r.audience.length === 0 ? 'Every partner' : `${r.audience.length} program(s)`),
          },
          {
            key: 'downloads',
            header: 'Downloads (90 days)',
            nowrap: true,
            cell: (r: Resource) => `${formatCount(r.downloads.last90Days)} · ${r.downloads.partners} partners`,
          },
        ]
      : []),
    { key: 'published', header: 'Published', nowrap: true, cell: (r) => formatDate(r.publishedAt) },
  ];
  return (
    <>
      <PageHeader
        title="Resources"
        description={
          vendor
            ? 'The resource library: playbooks, battlecards, datasheets, case studies, training and co-brandable one-pagers, gated by program and tier.'
            : 'Sales playbooks, battlecards, datasheets, case studies, training and co-brandable one-pagers for your programs and tier.'
        }
        actions={
          <Group gap="xs">
            {manage && (
              <Button leftSection={<IconPlus size={16} />} onClick={() => adding.open()}>
                Add resource
              </Button>
            )}
            <ExportMenu path="/api/v1/resources" />
          </Group>
        }
      />
      <Grid>
        <Grid.Col span={{ base: 12, md: vendor ? 8 : 12 }}>
          <SectionCard title="Library" label="Library">
            <Group gap="xs" mb="sm" wrap="wrap">
              <TextInput
                aria-label="Search resources"
                placeholder="Search title, description, tags"
                leftSection={<IconSearch size={14} />}
                value={search}
                onChange={(e) => setSearch(e.currentTarget.value)}
                onKeyDown={(e) => e.key === 'Enter' && set('q', search.trim() || null)}
                onBlur={() => set('q', search.trim() || null)}
                w={260}
              />
              <Select
                aria-label="Category"
                placeholder="Every category"
                clearable
                w={200}
                data={(categories.data ?? [])
                  .filter((c) => vendor || c.resources > 0)
                  .map((c) => ({ value: c.id, label: `${c.name} (${c.resources})` }))}
                value={params.get('categoryId')}
                onChange={(v) => set('categoryId', v)}
              />
              {vendor && (
                <Select
                  aria-label="Status"
                  placeholder="Any status"
                  clearable
                  w={150}
                  data={optionsOf(LABELS.resourceStatus)}
                  value={params.get('status')}
                  onChange={(v) => set('status', v)}
                />
              )}
              <Select
                aria-label="Show"
                w={150}
                allowDeselect={false}
                data={[
                  { value: '', label: 'Everything' },
                  { value: 'true', label: 'New (30 days)' },
                ]}
                value={params.get('isNew') ?? ''}
                onChange={(v) => set('isNew', v || null)}
              />
            </Group>
            <QueryState query={list}>
              {(rows) => (
                <DataTable
                  label="Resources"
                  rows={rows}
                  rowName={(r) => r.title}
                  columns={columns}
                  minWidth={vendor ? 900 : 600}
                  empty={
                    <Empty
                      title="No resources match"
                      description={
                        vendor ? 'Add a resource, then publish it.' : 'Your programs and tier unlock more as you grow.'
                      }
                    />
                  }
                  actions={(r) => [
                    { label: r.kind === 'link' ? 'Open' : 'Download', onClick: () => opener.open(r), allowed: r.can.download },
                    { label: 'Co-brand', onClick: () => navigate(`/resources/${r.id}`), allowed: r.can.cobrand },
                  ]}
                  card={(r) => ({
                    title: r.title,
                    subtitle: `${r.category?.name ?? 'Uncategorised'} · ${LABELS.resourceKind[r.kind]}`,
                    to: `/resources/${r.id}`,
                  })}
                />
              )}
            </QueryState>
          </SectionCard>
        </Grid.Col>
        {vendor && (
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Stack gap="md">
              <LibraryUseCard />
              <CategoriesCard manage={manage} />
            </Stack>
          </Grid.Col>
        )}
      </Grid>
      <FormDialog dialog={adding} title="Add resource" size="lg">
        {() => (
          <ResourceForm
            onCancel={adding.close}
            onDone={(r) => {
              adding.close();
              navigate(`/resources/${r.id}`);
            }}
          />
        )}
      </FormDialog>
    </>
  );
}

/** Top resources, busiest partners and partners that never opened the library. */
function LibraryUseCard() {
  const stats = useLibraryStats(true);
  return (
    <SectionCard title="Library use, last 90 days" label="Library use">
      <QueryState query={stats}>
        {(s) => (
          <Stack gap="sm">
            <Text size="sm">
              {formatCount(s.totals.downloads90d)} downloads by {s.totals.partnersUsing90d} partners · {s.totals.published} of{' '}
              {s.totals.resources} resources published
            </Text>
            <div>
              <Text size="xs" fw={600} c="dimmed" tt="uppercase">
                Top resources
              </Text>
              {s.topResources.length === 0 ? (
                <Text size="sm">None downloaded yet</Text>
              ) : (
                s.topResources.slice(0, 5).map((r) => (
                  <Group key={r.id} justify="space-between" wrap="nowrap">
                    <Anchor component={Link} to={`/resources/${r.id}`} size="sm" lineClamp={1}>
                      {r.title}
                    </Anchor>
                    <Text size="sm">{r.downloads}</Text>
                  </Group>
                ))
              )}
            </div>
            <div>
              <Text size="xs" fw={600} c="dimmed" tt="uppercase">
                Never used the library ({s.partnersNeverUsed.length})
              </Text>
              {s.partnersNeverUsed.length === 0 ? (
                <Text size="sm">Every active partner has</Text>
              ) : (
                s.partnersNeverUsed.slice(0, 8).map((p) => (
                  <Anchor key={p.id} component={Link} to={`/partners/${p.id}`} size="sm" display="block">
                    {p.name}
                  </Anchor>
                ))
              )}
            </div>
          </Stack>
        )}
      </QueryState>
    </SectionCard>
  );
}

function CategoriesCard({ manage }: { manage: boolean }) {
  const categories = useResourceCategories();
  const create = useCreateCategory();
  const remove = useDeleteCategory();
  const [name, setName] = useState('');
  return (
    <SectionCard title="Categories" label="Categories">
      <QueryState query={categories}>
        {(rows) => (
          <Stack gap={4}>
            {rows.map((c) => (
              <Group key={c.id} justify="space-between" wrap="nowrap">
                <Text size="sm">
                  {c.name}{' '}
                  <Text span size="xs" c="dimmed">
                    ({c.resources})
                  </Text>
                </Text>
                {c.can.delete && (
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="sm"
                    aria-label={`Remove ${c.name}`}
                    onClick={() => remove.run(c.id, { success: `Removed ${c.name}` })}
                  >
                    <IconTrash size={14} />
                  </ActionIcon>
                )}
              </Group>
            ))}
          </Stack>
        )}
      </QueryState>
      {manage && (
        <Group gap="xs" mt="sm" wrap="nowrap">
          <TextInput
            aria-label="New category"
            placeholder="New category"
            size="xs"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            style={{ flex: 1 }}
          />
          <Button
            size="xs"
            variant="light"
            disabled={!name.trim()}
            onClick={() => create.run({ name: name.trim() }, { success: `Added ${name.trim()}`, onSuccess: () => setName('') })}
          >
            Add
          </Button>
        </Group>
      )}
    </SectionCard>
  );
}
