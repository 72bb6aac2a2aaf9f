import {
  Anchor,
  Badge,
  Button,
  Checkbox,
  Grid,
  Group,
  List,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconCalendarDown, IconCheck, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { formatDateTime, formatDay } from '../../../ui/format';
import { COLORS, LABELS } from '../../../ui/labels';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, NotFoundState, QueryState } from '../../../ui/States';
import { isVendor, mayApp } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import {
  type ActionItem,
  type Decision,
  type MeetingDetail,
  useBodies,
  useCancelMeeting,
  useCloseDecision,
  useCreateAction,
  useGovernancePeople,
  useHoldMeeting,
  useMeeting,
  useOpenDecision,
  useUpdateAction,
  useVote,
  useWriteMinutes,
} from '../api';
import { DeleteActionButton, DeleteActionDialog, DeleteMeetingButton } from '../components/Removals';

function HoldForm({ meeting, onDone }: { meeting: MeetingDetail; onDone: () => void }) {
  const hold = useHoldMeeting();
  const [attended, setAttended] = useState<Record<string, boolean>>(
    Object.fromEntries(meeting.attendees.map((a) => [a.userId, a.attended ?? true])),
  );
  const [minutes, setMinutes] = useState(meeting.minutes);
  return (
    <Stack gap="sm">
      <Text size="sm">Who attended? Sponsor attendance is counted from this.</Text>
      {meeting.attendees.map((a) => (
        <Checkbox
          key={a.userId}
          label={`${a.name} (${LABELS.governanceSide[a.side]}${a.executiveSponsor ? ', executive sponsor' : ''})`}
          checked={attended[a.userId] ?? false}
          onChange={(e) => setAttended((all) => ({ ...all, [a.userId]: e.currentTarget.checked }))}
        />
      ))}
      <Textarea label="Minutes" autosize minRows={4} value={minutes} onChange={(e) => setMinutes(e.currentTarget.value)} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button
          loading={hold.isPending}
          onClick={() =>
            hold.run(
              {
                id: meeting.id,
                body: { attendance: Object.entries(attended).map(([userId, a]) => ({ userId, attended: a })), minutes },
              },
              { success: `${meeting.title} is held`, onSuccess: onDone },
            )
          }
        >
          Mark held
        </Button>
      </Group>
    </Stack>
  );
}

function CancelForm({ meeting, onDone }: { meeting: MeetingDetail; onDone: () => void }) {
  const cancel = useCancelMeeting();
  const [reason, setReason] = useState('');
  return (
    <Stack gap="sm">
      <Text size="sm">Every invitee’s calendar gets the cancellation.</Text>
      <TextInput label="Reason" required value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Keep it
        </Button>
        <Button
          color="red"
          disabled={!reason.trim()}
          loading={cancel.isPending}
          onClick={() => cancel.run({ id: meeting.id, reason }, { success: `Cancelled ${meeting.title}`, onSuccess: onDone })}
        >
          Cancel the meeting
        </Button>
      </Group>
    </Stack>
  );
}

function MinutesCard({ meeting }: { meeting: MeetingDetail }) {
  const write = useWriteMinutes();
  const [draft, setDraft] = useState(meeting.minutes);
  return (
    <SectionCard title="Minutes" label="Minutes">
      {meeting.can.writeMinutes ? (
        <Stack gap="xs">
          <Textarea aria-label="Minutes" autosize minRows={5} value={draft} onChange={(e) => setDraft(e.currentTarget.value)} />
          <Group justify="flex-end">
            <Button
              size="xs"
              loading={write.isPending}
              disabled={draft === meeting.minutes}
              onClick={() => write.run({ id: meeting.id, minutes: draft }, { success: 'Minutes saved' })}
            >
              Save minutes
            </Button>
          </Group>
        </Stack>
      ) : meeting.minutes ? (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {meeting.minutes}
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          No minutes yet.
        </Text>
      )}
    </SectionCard>
  );
}

function DecisionItem({ decision }: { decision: Decision }) {
  const vote = useVote();
  const close = useCloseDecision();
  const user = useCurrentUser();
  const mine = decision.votes.find((v) => v.userId === user.id)?.vote;
  const rule = decision.rule;
  return (
    <Stack
      gap={4}
      py={6}
      style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}
      data-testid="governance-decision"
    >
      <Group justify="space-between" gap="xs">
        <Text fw={600} size="sm">
          {decision.title}
        </Text>
        <Badge color={COLORS.governanceDecisionStatus[decision.status]}>{LABELS.governanceDecisionStatus[decision.status]}</Badge>
      </Group>
      <Text size="xs" c="dimmed">
        {rule.label}: passes with {rule.comparison === 'more_than' ? 'more than' : 'at least'} {rule.thresholdPercent}% of{' '}
        {rule.basis === 'votes_cast' ? 'the votes cast' : 'the voting members'}, quorum {rule.quorumPercent}% ·{' '}
        {decision.tally.for} for, {decision.tally.against} against, {decision.tally.abstain} abstaining of{' '}
        {decision.voterIds.length}
      </Text>
      {decision.result && (
        <Text size="xs" c={decision.status === 'passed' ? 'teal' : 'red'}>
          {decision.result.reason}
        </Text>
      )}
      {decision.votes.length > 0 && (
        <Text size="xs">
          {decision.votes
            .map((v) => `${v.name} (${LABELS.governanceSide[v.side].toLowerCase()}): ${LABELS.governanceVote[v.vote]}`)
            .join(' · ')}
        </Text>
      )}
      {decision.waitingFor.length > 0 && (
        <Text size="xs" c="dimmed">
          Waiting for {decision.waitingFor.map((p) => p.name).join(', ')}
        </Text>
      )}
      <Group gap="xs">
        {decision.can.vote &&
          (['for', 'against', 'abstain'] as const).map((v) => (
            <Button
              key={v}
              size="compact-xs"
              variant={mine === v ? 'filled' : 'light'}
              aria-label={`Vote ${v} ${decision.title}`}
              loading={vote.isPending}
              onClick={() =>
                vote.run({ id: decision.id, vote: v }, { success: `You voted ${LABELS.governanceVote[v].toLowerCase()}` })
              }
            >
              {LABELS.governanceVote[v]}
            </Button>
          ))}
        {decision.can.close && (
          <Button
            size="compact-xs"
            variant="subtle"
            loading={close.isPending}
            onClick={() =>
              close.run(decision.id, {
                success: (d) => `The rule decided: ${LABELS.governanceDecisionStatus[d.status].toLowerCase()}`,
              })
            }
          >
            Close the vote
          </Button>
        )}
      </Group>
    </Stack>
  );
}

function DecisionForm({ meeting, onDone }: { meeting: MeetingDetail; onDone: () => void }) {
  const bodies = useBodies(meeting.partnerId);
  const open = useOpenDecision();
  const [bodyId, setBodyId] = useState<string | null>(meeting.bodyId);
  const body = bodies.data?.find((b) => b.id === bodyId);
  const [decisionClass, setDecisionClass] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  return (
    <Stack gap="sm">
      <Select
        label="Body"
        required
        data={(bodies.data ?? []).map((b) => ({ value: b.id, label: b.name }))}
        value={bodyId}
        onChange={setBodyId}
      />
      <Select
        label="Class (the body’s rule for it decides)"
        required
        data={(body?.decisionRules ?? []).map((r) => ({ value: r.decisionClass, label: r.label }))}
        value={decisionClass}
        onChange={setDecisionClass}
      />
      <TextInput label="Decision" required value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
      <Textarea
        label="Details"
        autosize
        minRows={2}
        value={description}
        onChange={(e) => setDescription(e.currentTarget.value)}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button
          disabled={!bodyId || !decisionClass || !title.trim()}
          loading={open.isPending}
          onClick={() =>
            bodyId &&
            decisionClass &&
            open.run(
              { bodyId, body: { meetingId: meeting.id, title, description, decisionClass } },
              { success: 'The vote is open', onSuccess: onDone },
            )
          }
        >
          Open the vote
        </Button>
      </Group>
    </Stack>
  );
}

function ActionForm({ meeting, onDone }: { meeting: MeetingDetail; onDone: () => void }) {
  const people = useGovernancePeople(meeting.partnerId);
  const create = useCreateAction();
  const [title, setTitle] = useState('');
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [dueOn, setDueOn] = useState(new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10));
  return (
    <Stack gap="sm">
      <TextInput label="Action item" required value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
      <Select label="Owner (either side)" required searchable data={people.data ?? []} value={ownerId} onChange={setOwnerId} />
      <TextInput label="Due" type="date" required value={dueOn} onChange={(e) => setDueOn(e.currentTarget.value)} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button
          disabled={!ownerId || !title.trim()}
          loading={create.isPending}
          onClick={() =>
            ownerId &&
            create.run(
              { partnerId: meeting.partnerId, body: { meetingId: meeting.id, title, ownerId, dueOn } },
              { success: `Assigned: ${title}`, onSuccess: onDone },
            )
          }
        >
          Assign
        </Button>
      </Group>
    </Stack>
  );
}

function MeetingView({ meeting: m }: { meeting: MeetingDetail }) {
  const user = useCurrentUser();
  const canManage = mayApp(user, 'manageGovernance') && isVendor(user);
  const hold = useDialog<null>();
  const cancel = useDialog<null>();
  const decide = useDialog<null>();
  const assign = useDialog<null>();
  const update = useUpdateAction();
  const deleteAction = useDialog<ActionItem>();
  return (
    <>
      <PageHeader
        title={m.title}
        crumbs={[{ label: 'Governance', to: isVendor(user) ? `/governance?partnerId=${m.partnerId}` : '/governance' }]}
        badges={
          <>
            <Badge variant="outline">{LABELS.governanceMeetingKind[m.kind]}</Badge>
            <Badge color={COLORS.governanceMeetingStatus[m.status]}>{LABELS.governanceMeetingStatus[m.status]}</Badge>
          </>
        }
        description={`${m.partnerName} · ${formatDateTime(m.startsAt)} · ${m.durationMinutes} minutes${m.location ? ` · ${m.location}` : ''}${m.body ? ` · ${m.body.name}` : ''}`}
        actions={
          <Group gap="xs">
            <Button
              variant="default"
              leftSection={<IconCalendarDown size={16} />}
              component="a"
              href={`/api/v1/governance-meetings/${m.id}/calendar.ics`}
            >
              Add to calendar
            </Button>
            {m.can.hold && <Button onClick={() => hold.open(null)}>Mark held</Button>}
            {m.can.cancel && (
              <Button variant="light" color="red" onClick={() => cancel.open(null)}>
                Cancel meeting
              </Button>
            )}
            <DeleteMeetingButton meeting={m} />
          </Group>
        }
      />
      {m.status === 'cancelled' && (
        <Text c="red" mb="md" size="sm">
          Cancelled{m.cancelReason ? `: ${m.cancelReason}` : ''}
        </Text>
      )}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="md">
            <SectionCard title="Agenda" label="Agenda">
              {m.agenda.length === 0 ? (
                <Text size="sm" c="dimmed">
                  No agenda yet.
                </Text>
              ) : (
                <List type="ordered" size="sm">
                  {m.agenda.map((item, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: agenda items are positional
                    <List.Item key={i}>
                      {item.title}
                      {item.presenter ? ` — ${item.presenter}` : ''}
                    </List.Item>
                  ))}
                </List>
              )}
            </SectionCard>
            <MinutesCard key={m.minutesUpdatedAt ?? 'none'} meeting={m} />
            <SectionCard
              title="Decisions"
              label="Decisions"
              action={
                canManage && m.status !== 'cancelled' ? (
                  <Button size="xs" variant="light" onClick={() => decide.open(null)}>
                    Put a decision to the vote
                  </Button>
                ) : undefined
              }
            >
              {m.decisions.length === 0 ? (
                <Empty title="No decisions" />
              ) : (
                m.decisions.map((d) => <DecisionItem key={d.id} decision={d} />)
              )}
            </SectionCard>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="md">
            <SectionCard title="Attendees" label="Attendees">
              <Table>
                <Table.Tbody>
                  {m.attendees.map((a) => (
                    <Table.Tr key={a.userId}>
                      <Table.Td>
                        <Text size="sm">{a.name}</Text>
                        <Text size="xs" c="dimmed">
                          {LABELS.governanceSide[a.side]}
                          {a.executiveSponsor ? ' · executive sponsor' : ''}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        {a.attended === null ? (
                          <Text size="xs" c="dimmed">
                            Invited
                          </Text>
                        ) : a.attended ? (
                          <Group gap={4}>
                            <IconCheck size={14} color="var(--mantine-color-teal-6)" />
                            <Text size="xs">Attended</Text>
                          </Group>
                        ) : (
                          <Group gap={4}>
                            <IconX size={14} color="var(--mantine-color-red-6)" />
                            <Text size="xs">Absent</Text>
                          </Group>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </SectionCard>
            <SectionCard
              title="Action items"
              label="Action items"
              action={
                canManage ? (
                  <Button size="xs" variant="light" onClick={() => assign.open(null)}>
                    Assign
                  </Button>
                ) : undefined
              }
            >
              {m.actions.length === 0 ? (
                <Empty title="No action items" />
              ) : (
                <Stack gap="xs">
                  {m.actions.map((a) => (
                    <Group key={a.id} justify="space-between" wrap="nowrap" data-testid="governance-action">
                      <div>
                        <Text size="sm" fw={600} td={a.status === 'done' ? 'line-through' : undefined}>
                          {a.title}
                        </Text>
                        <Text size="xs" c={a.overdue ? 'red' : 'dimmed'}>
                          {a.owner?.name ?? '—'} · {LABELS.governanceSide[a.side]} · due {formatDay(a.dueOn)}
                          {a.overdue ? ' · overdue' : ''}
                        </Text>
                      </div>
                      <Group gap={4} wrap="nowrap">
                        {a.status === 'open' && a.can.update ? (
                          <Button
                            size="compact-xs"
                            variant="light"
                            aria-label={`Mark ${a.title} done`}
                            onClick={() => update.run({ id: a.id, body: { status: 'done' } }, { success: `Done: ${a.title}` })}
                          >
                            Mark done
                          </Button>
                        ) : (
                          <Badge color={COLORS.governanceActionStatus[a.status]} size="sm">
                            {LABELS.governanceActionStatus[a.status]}
                          </Badge>
                        )}
                        <DeleteActionButton action={a} onDelete={deleteAction.open} />
                      </Group>
                    </Group>
                  ))}
                </Stack>
              )}
            </SectionCard>
            {m.body && (
              <Text size="xs" c="dimmed">
                Body:{' '}
                <Anchor size="xs" href={`/governance?partnerId=${m.partnerId}`}>
                  {m.body.name}
                </Anchor>
              </Text>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
      <FormDialog dialog={hold} title={`Hold ${m.title}`}>
        {() => <HoldForm meeting={m} onDone={hold.close} />}
      </FormDialog>
      <FormDialog dialog={cancel} title={`Cancel ${m.title}`}>
        {() => <CancelForm meeting={m} onDone={cancel.close} />}
      </FormDialog>
      <FormDialog dialog={decide} title="Put a decision to the vote">
        {() => <DecisionForm meeting={m} onDone={decide.close} />}
      </FormDialog>
      <DeleteActionDialog dialog={deleteAction} />
      <FormDialog dialog={assign} title="Assign an action item">
        {() => <ActionForm meeting={m} onDone={assign.close} />}
      </FormDialog>
    </>
  );
}

/** One meeting: agenda, attendance, minutes, decisions with votes, action items. */
export function MeetingPage() {
  const { id = '' } = useParams();
  const meeting = useMeeting(id);
  return (
    <QueryState query={meeting} notFound={<NotFoundState what="Meeting" backTo="/governance" backLabel="Go to governance" />}>
      {(m) => <MeetingView meeting={m} />}
    </QueryState>
  );
}
