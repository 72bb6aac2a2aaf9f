import { Anchor, Badge, Button, Grid, Group, NumberInput, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconCalendarPlus, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { type Column, DataTable } from '../../../ui/DataTable';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { formatDate, formatDateTime, formatDay } from '../../../ui/format';
import { ImportButton } from '../../../ui/ImportButton';
import { COLORS, LABELS } from '../../../ui/labels';
import { PagedList } from '../../../ui/PagedList';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, QueryState } from '../../../ui/States';
import { usePagedList } from '../../../ui/usePagedList';
import { isVendor, mayApp } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import {
  type ActionItem,
  type Decision,
  type DecisionFilters,
  decisionList,
  type GovernanceBody,
  type Meeting,
  type MeetingKind,
  useBodies,
  useMeetings,
  useOpenActions,
  usePartnerOptions,
  useScheduleMeeting,
  useUpdateAction,
} from '../api';
import { BodyEditor } from '../components/BodyEditor';
import { BodyRemovalButtons, DeleteActionDialog } from '../components/Removals';

const MEETING_COLUMNS = (showPartner: boolean): Column<Meeting>[] => [
  { key: 'when', header: 'When', nowrap: true, cell: (m) => formatDateTime(m.startsAt) },
  {
    key: 'title',
    header: 'Meeting',
    cell: (m) => (
      <Anchor component={Link} to={`/governance/meetings/${m.id}`} size="sm" fw={600}>
        {m.title}
      </Anchor>
    ),
  },
  { key: 'kind', header: 'Kind', nowrap: true, cell: (m) => LABELS.governanceMeetingKind[m.kind] },
  ...(showPartner ? [{ key: 'partner', header: 'Partner', cell: (m: Meeting) => m.partnerName }] : []),
  {
    key: 'sponsors',
    header: 'Sponsors',
    cell: (m) => {
      const sponsors = m.attendees.filter((a) => a.executiveSponsor);
      if (sponsors.length === 0) return '—';
      return sponsors.map((a) => `${a.name}${m.status === 'held' ? (a.attended ? ' ✓' : ' ✗') : ''}`).join(', ');
    },
  },
  {
    key: 'status',
    header: 'Status',
    nowrap: true,
    cell: (m) => <Badge color={COLORS.governanceMeetingStatus[m.status]}>{LABELS.governanceMeetingStatus[m.status]}</Badge>,
  },
];

function localInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function ScheduleForm({ partnerId: fixed, onDone }: { partnerId?: string; onDone: () => void }) {
  const partners = usePartnerOptions(!fixed);
  const [partnerId, setPartnerId] = useState(fixed ?? '');
  const bodies = useBodies(partnerId || undefined);
  const schedule = useScheduleMeeting();
  const next = new Date(Date.now() + 14 * 86_400_000);
  next.setHours(16, 0, 0, 0);
  const [bodyId, setBodyId] = useState<string | null>(null);
  const [kind, setKind] = useState<MeetingKind>('qbr');
  const [title, setTitle] = useState('Quarterly business review');
  const [startsAt, setStartsAt] = useState(localInput(next));
  const [duration, setDuration] = useState<number>(60);
  const [location, setLocation] = useState('');
  const [agenda, setAgenda] = useState('Joint pipeline and wins\nPlan commitments, both sides\nDecisions and escalations');
  const submit = () =>
    schedule.run(
      {
        partnerId,
        body: {
          bodyId,
          kind,
          title,
          startsAt: new Date(startsAt).toISOString(),
          durationMinutes: duration,
          location,
          agenda: agenda
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean)
            .map((t) => ({ title: t, presenter: '', durationMinutes: null, notes: '' })),
        },
      },
      { success: (m) => `Scheduled ${m.title}: ${m.attendees.length} invitations sent`, onSuccess: onDone },
    );
  return (
    <Stack gap="sm">
      {!fixed && (
        <Select
          label="Partner"
          required
          searchable
          data={partners.data ?? []}
          value={partnerId || null}
          onChange={(v) => setPartnerId(v ?? '')}
        />
      )}
      <Select
        label="Body"
        description="Its members are invited, its sponsors as sponsors"
        clearable
        data={(bodies.data ?? []).map((b) => ({ value: b.id, label: b.name }))}
        value={bodyId}
        onChange={setBodyId}
      />
      <Group grow>
        <Select
          label="Kind"
          data={(Object.keys(LABELS.governanceMeetingKind) as MeetingKind[]).map((k) => ({
            value: k,
            label: LABELS.governanceMeetingKind[k],
          }))}
          value={kind}
          onChange={(v) => v && setKind(v as MeetingKind)}
          allowDeselect={false}
        />
        <NumberInput
          label="Minutes"
          min={5}
          max={1440}
          value={duration}
          onChange={(v) => setDuration(typeof v === 'number' ? v : 60)}
        />
      </Group>
      <TextInput label="Title" required value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
      <TextInput
        label="Starts"
        type="datetime-local"
        required
        value={startsAt}
        onChange={(e) => setStartsAt(e.currentTarget.value)}
      />
      <TextInput label="Location or video link" value={location} onChange={(e) => setLocation(e.currentTarget.value)} />
      <Textarea
        label="Agenda (one item a line)"
        autosize
        minRows={3}
        value={agenda}
        onChange={(e) => setAgenda(e.currentTarget.value)}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button onClick={submit} loading={schedule.isPending} disabled={!partnerId}>
          Schedule and invite
        </Button>
      </Group>
    </Stack>
  );
}

function ActionsCard({ partnerId, showPartner }: { partnerId?: string; showPartner: boolean }) {
  const actions = useOpenActions(partnerId);
  const update = useUpdateAction();
  const remove = useDialog<ActionItem>();
  const columns: Column<ActionItem>[] = [
    { key: 'title', header: 'Action item', cell: (a) => a.title },
    ...(showPartner ? [{ key: 'partner', header: 'Partner', cell: (a: ActionItem) => a.partnerName }] : []),
    {
      key: 'owner',
      header: 'Owner and due',
      cell: (a) => (
        <Text size="sm" c={a.overdue ? 'red' : undefined} fw={a.overdue ? 600 : undefined}>
          {a.owner ? `${a.owner.name} (${LABELS.governanceSide[a.side]})` : '—'} · {formatDay(a.dueOn)}
          {a.overdue ? ' · overdue' : ''}
        </Text>
      ),
    },
  ];
  return (
    <SectionCard title="Open action items" label="Open action items">
      <QueryState query={actions}>
        {(rows) =>
          rows.length === 0 ? (
            <Empty title="No open action items" />
          ) : (
            <DataTable
              label="Open action items"
              minWidth={300}
              rows={rows}
              columns={columns}
              rowName={(a) => a.title}
              card={(a) => ({ title: a.title, subtitle: `${a.owner?.name ?? '—'} · due ${formatDay(a.dueOn)}` })}
              actions={(a) => [
                {
                  label: 'Mark done',
                  allowed: a.can.update,
                  onClick: () => update.run({ id: a.id, body: { status: 'done' } }, { success: `Done: ${a.title}` }),
                },
                {
                  label: 'Cancel',
                  allowed: a.can.manage,
                  onClick: () => update.run({ id: a.id, body: { status: 'cancelled' } }, { success: `Cancelled: ${a.title}` }),
                },
                { label: 'Delete', color: 'red', allowed: a.can.delete, onClick: () => remove.open(a) },
              ]}
            />
          )
        }
      </QueryState>
      <DeleteActionDialog dialog={remove} />
    </SectionCard>
  );
}

function BodiesCard({ partnerId, canManage }: { partnerId?: string; canManage: boolean }) {
  const bodies = useBodies(partnerId);
  const editor = useDialog<GovernanceBody | null>();
  return (
    <SectionCard
      title="Governance bodies"
      label="Governance bodies"
      action={
        canManage && partnerId ? (
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => editor.open(null)}>
            New body
          </Button>
        ) : undefined
      }
    >
      <QueryState query={bodies}>
        {(rows) =>
          rows.length === 0 ? (
            <Empty
              title="No governance body yet"
              description="A joint steering committee with sponsors from both sides is where a strategic alliance is steered."
            />
          ) : (
            <Stack gap="sm">
              {rows.map((b) => (
                <Stack key={b.id} gap={2} data-testid="governance-body">
                  <Group justify="space-between" gap="xs">
                    <Text fw={600} size="sm">
                      {b.name}
                      {!partnerId ? ` · ${b.partnerName}` : ''}
                    </Text>
                    <Group gap={4}>
                      {!b.active && (
                        <Badge size="xs" color="gray" variant="outline">
                          Archived
                        </Badge>
                      )}
                      {b.can.edit && b.active && (
                        <Button size="compact-xs" variant="subtle" onClick={() => editor.open(b)} aria-label={`Edit ${b.name}`}>
                          Edit
                        </Button>
                      )}
                      <BodyRemovalButtons body={b} />
                    </Group>
                  </Group>
                  <Text size="xs" c="dimmed">
                    {LABELS.governanceBodyKind[b.kind]}
                    {b.cadence ? ` · ${b.cadence}` : ''} · quorum {b.quorumPercent}%
                    {b.record.decisions + b.record.heldMeetings > 0
                      ? ` · ${b.record.decisions} decisions, ${b.record.heldMeetings} held meetings on record`
                      : ''}
                  </Text>
                  <Text size="xs">
                    {b.members
                      .map(
                        (m) =>
                          `${m.name} (${LABELS.governanceSide[m.side].toLowerCase()}, ${LABELS.governanceMemberRole[m.role].toLowerCase()}${m.executiveSponsor ? ', sponsor' : ''})`,
                      )
                      .join(' · ') || 'No members'}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {b.decisionRules
                      .map(
                        (r) =>
                          `${r.label}: ${r.comparison === 'more_than' ? '>' : '≥'} ${r.thresholdPercent}% of ${r.basis === 'votes_cast' ? 'votes cast' : 'voting members'}`,
                      )
                      .join(' · ')}
                  </Text>
                </Stack>
              ))}
            </Stack>
          )
        }
      </QueryState>
      {partnerId && (
        <FormDialog dialog={editor} title={(b) => (b ? `Edit ${b.name}` : 'New governance body')} size="xl">
          {(b) => <BodyEditor partnerId={partnerId} body={b} onDone={editor.close} />}
        </FormDialog>
      )}
    </SectionCard>
  );
}

const parseDecisionFilters = (params: URLSearchParams): DecisionFilters => ({
  partnerId: params.get('partnerId') ?? undefined,
  decisionStatus: params.get('decisionStatus') ?? undefined,
});

/** Every decision the bodies took or are voting on, the latest first, a page at a time. */
function DecisionsCard({ showPartner }: { showPartner: boolean }) {
  const list = usePagedList(decisionList, parseDecisionFilters);
  const columns: Column<Decision>[] = [
    { key: 'opened', header: 'Opened', nowrap: true, cell: (d) => formatDate(d.openedAt) },
    {
      key: 'title',
      header: 'Decision',
      cell: (d) =>
        d.meetingId ? (
          <Anchor component={Link} to={`/governance/meetings/${d.meetingId}`} size="sm" fw={600}>
            {d.title}
          </Anchor>
        ) : (
          <Text size="sm" fw={600}>
            {d.title}
          </Text>
        ),
    },
    { key: 'body', header: 'Body', cell: (d) => d.bodyName },
    ...(showPartner ? [{ key: 'partner', header: 'Partner', cell: (d: Decision) => d.partnerName }] : []),
    {
      key: 'status',
      header: 'Result',
      nowrap: true,
      cell: (d) => <Badge color={COLORS.governanceDecisionStatus[d.status]}>{LABELS.governanceDecisionStatus[d.status]}</Badge>,
    },
  ];
  return (
    <SectionCard
      title="Decisions"
      label="Decisions"
      action={
        <Select
          aria-label="Result"
          placeholder="Any result"
          size="xs"
          clearable
          w={140}
          data={Object.entries(LABELS.governanceDecisionStatus).map(([value, label]) => ({ value, label }))}
          {...list.field('decisionStatus')}
        />
      }
    >
      <PagedList
        list={list}
        noun={['decision', 'decisions']}
        empty={{ title: 'No decisions', description: 'Decisions are put to the vote of a body from its meeting.' }}
      >
        {(rows) => (
          <DataTable
            label="Decisions"
            minWidth={520}
            rows={rows}
            columns={columns}
            card={(d) => ({
              title: d.title,
              subtitle: `${d.bodyName} · ${LABELS.governanceDecisionStatus[d.status]}`,
              to: d.meetingId ? `/governance/meetings/${d.meetingId}` : undefined,
            })}
          />
        )}
      </PagedList>
    </SectionCard>
  );
}

/**
 * The governance calendar: upcoming and past meetings (vendor: across partners or one; partner:
 * its own alliance), open action items and the bodies.
 */
export function GovernancePage() {
  const user = useCurrentUser();
  const vendor = isVendor(user);
  const [params, setParams] = useSearchParams();
  const partnerId = vendor ? (params.get('partnerId') ?? undefined) : (user.partnerId ?? undefined);
  const partners = usePartnerOptions(vendor);
  const canManage = mayApp(user, 'manageGovernance');
  const upcoming = useMeetings(partnerId, 'upcoming');
  const past = useMeetings(partnerId, 'past');
  const schedule = useDialog<null>();
  const columns = MEETING_COLUMNS(vendor && !partnerId);
  const table = (rows: Meeting[], label: string) =>
    rows.length === 0 ? (
      <Empty title={`No ${label.toLowerCase()}`} />
    ) : (
      <DataTable
        label={label}
        minWidth={640}
        rows={rows}
        columns={columns}
        card={(m) => ({
          title: m.title,
          subtitle: `${formatDateTime(m.startsAt)} · ${LABELS.governanceMeetingKind[m.kind]}`,
          aside: <Badge color={COLORS.governanceMeetingStatus[m.status]}>{LABELS.governanceMeetingStatus[m.status]}</Badge>,
          to: `/governance/meetings/${m.id}`,
        })}
      />
    );
  return (
    <>
      <PageHeader
        title="Governance"
        description="Steering committees, QBRs and executive reviews of your strategic alliances: who meets, what was decided, who owes what."
        actions={
          <Group gap="xs">
            {vendor && (
              <Select
                aria-label="Partner"
                placeholder="All partners"
                clearable
                searchable
                data={partners.data ?? []}
                value={partnerId ?? null}
                onChange={(v) => setParams(v ? { partnerId: v } : {})}
                w={240}
              />
            )}
            <ImportButton kind="governance-actions" label="Import actions" allowed={mayApp(user, 'import:governance-actions')} />
            {canManage && (
              <Button leftSection={<IconCalendarPlus size={16} />} onClick={() => schedule.open(null)}>
                Schedule a meeting
              </Button>
            )}
          </Group>
        }
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="md">
            <SectionCard title="Upcoming meetings" label="Upcoming meetings">
              <QueryState query={upcoming}>{(rows) => table(rows, 'Upcoming meetings')}</QueryState>
            </SectionCard>
            <SectionCard title="Past meetings" label="Past meetings">
              <QueryState query={past}>{(rows) => table(rows, 'Past meetings')}</QueryState>
            </SectionCard>
            <DecisionsCard showPartner={vendor && !partnerId} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="md">
            <ActionsCard partnerId={partnerId} showPartner={vendor && !partnerId} />
            <BodiesCard partnerId={partnerId} canManage={canManage} />
          </Stack>
        </Grid.Col>
      </Grid>
      <FormDialog dialog={schedule} title="Schedule a meeting" size="lg">
        {() => <ScheduleForm partnerId={partnerId} onDone={schedule.close} />}
      </FormDialog>
    </>
  );
}
