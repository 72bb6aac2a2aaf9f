import { Anchor, Badge, Button, Group, Progress, Select, Stack, Text, Textarea } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { ProgramMembership, RequirementProgress } from '../../../api/types';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { Form } from '../../../ui/Form';
import { formatDate } from '../../../ui/format';
import { useApiForm } from '../../../ui/forms';
import { SectionCard } from '../../../ui/SectionCard';
import { QueryState } from '../../../ui/States';
import { useJoinProgram, useLeaveProgram, usePartnerMemberships, usePrograms, useProgramTiers, useTierProgress } from '../api';
import { formatMetric } from '../labels';

function Requirement({ r }: { r: RequirementProgress }) {
  const color = r.met === true ? 'teal' : r.met === false ? 'orange' : 'gray';
  return (
    <Group justify="space-between" wrap="nowrap" gap="xs">
      <Text size="sm">{r.label}</Text>
      <Group gap={6} wrap="nowrap">
        <Text size="sm" c="dimmed">
          {formatMetric(r.actual, r.unit)} / {formatMetric(r.required, r.unit)}
        </Text>
        <Badge size="sm" variant="light" color={color}>
          {r.met === true ? 'Met' : r.met === false ? `${formatMetric(r.missing, r.unit)} to go` : 'No data yet'}
        </Badge>
      </Group>
    </Group>
  );
}

type EnrolValues = { programId: string | null; tierId: string | null };

/** Enrol the partner in a program it is not in, in the tier it starts at. */
function EnrolForm({
  partnerId,
  current,
  onDone,
}: {
  partnerId: string;
  current: readonly ProgramMembership[];
  onDone: () => void;
}) {
  const programs = usePrograms();
  const join = useJoinProgram(partnerId);
  const form = useApiForm({
    initialValues: { programId: null, tierId: null } as EnrolValues,
    validate: { programId: (v) => (v ? null : 'Choose a program') },
    mutation: join,
    toVariables: (v) => ({ programId: v.programId ?? '', tierId: v.tierId }),
    success: (m) => `Enrolled in ${m.program.name}${m.tier ? ` as ${m.tier.name}` : ''}`,
    onSuccess: onDone,
  });
  const tiers = useProgramTiers(form.values.programId ?? '', Boolean(form.values.programId));
  const inNow = new Set(current.filter((m) => m.leftAt === null).map((m) => m.programId));
  const options = (programs.data ?? [])
    .filter((p) => p.status === 'active' && !inNow.has(p.id))
    .map((p) => ({ value: p.id, label: p.name }));
  return (
    <Form form={form} submitLabel="Enrol" onCancel={onDone}>
      <Select
        label="Program"
        data={options}
        searchable
        data-autofocus
        nothingFoundMessage="The partner is in every active program"
        {...form.getInputProps('programId')}
        onChange={(v) => {
          form.setFieldValue('programId', v);
          form.setFieldValue('tierId', null);
        }}
      />
      <Select
        label="Starting tier"
        description="Left empty: no tier until an evaluation or a manager places it"
        clearable
        disabled={!form.values.programId}
        data={(tiers.data ?? []).map((t) => ({ value: t.id, label: t.name }))}
        {...form.getInputProps('tierId')}
      />
    </Form>
  );
}

/** End a membership, with the reason kept in the audit log and the tier history. */
function LeaveForm({ partnerId, membership, onDone }: { partnerId: string; membership: ProgramMembership; onDone: () => void }) {
  const leave = useLeaveProgram(partnerId);
  const form = useApiForm({
    initialValues: { reason: '' },
    validate: { reason: (v) => (v.trim() ? null : 'Say why the membership ends') },
    mutation: leave,
    toVariables: (v) => ({ membershipId: membership.id, reason: v.reason.trim() }),
    success: `Membership of ${membership.program.name} ended`,
    onSuccess: onDone,
  });
  return (
    <Form form={form} submitLabel="End membership" onCancel={onDone}>
      <Text size="sm">
        The partner leaves {membership.program.name}
        {membership.tier ? ` and its ${membership.tier.name} tier` : ''}. Its history stays.
      </Text>
      <Textarea label="Reason" required autosize minRows={2} data-autofocus {...form.getInputProps('reason')} />
    </Form>
  );
}

/**
 * Partner 360 and the portal home: the programs the partner is in, its tier in each, the next
 * one and what it still takes; a manager who may change the partner's standing enrols it in a
 * program or ends a membership here.
 */
export function TierProgressCard({ partnerId, canManage = false }: { partnerId: string; canManage?: boolean }) {
  const progress = useTierProgress(partnerId);
  const memberships = usePartnerMemberships(partnerId);
  const enrolling = useDialog<true>();
  const leaving = useDialog<ProgramMembership>();
  const byId = new Map((memberships.data ?? []).map((m) => [m.id, m]));
  const past = (memberships.data ?? []).filter((m) => m.leftAt !== null);
  return (
    <SectionCard
      title="Programs and tier progress"
      label="Programs and tier progress"
      description="Current tier, the next one, and each of its requirements."
      action={
        canManage && (
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => enrolling.open(true)}>
            Enrol
          </Button>
        )
      }
    >
      <QueryState query={progress}>
        {(p) => (
          <Stack gap="md">
            {p.programs.length === 0 && (
              <Text size="sm" c="dimmed">
                Not in a program yet.
              </Text>
            )}
            {p.programs.map((x) => {
              const membership = byId.get(x.membershipId);
              return (
                <Stack key={x.membershipId} gap={6} aria-label={`Progress in ${x.program.name}`}>
                  <Group justify="space-between">
                    <Anchor component={Link} to={`/programs/${x.program.id}`} fw={600} size="sm">
                      {x.program.name}
                    </Anchor>
                    <Text size="sm">
                      {x.currentTier?.name ?? 'No tier'}
                      {x.nextTier ? ` → ${x.nextTier.name}` : ' (top tier)'}
                    </Text>
                  </Group>
                  {membership && (
                    <Group justify="space-between" gap="xs">
                      <Text size="xs" c="dimmed">
                        Member since {formatDate(membership.joinedAt)}
                      </Text>
                      {membership.can.edit && (
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          color="red"
                          aria-label={`End the membership of ${x.program.name}`}
                          onClick={() => leaving.open(membership)}
                        >
                          End membership
                        </Button>
                      )}
                    </Group>
                  )}
                  {x.total > 0 && (
                    <Progress value={(100 * x.metCount) / x.total} size="sm" aria-label={`${x.metCount} of ${x.total} met`} />
                  )}
                  {x.requirements.map((r) => (
                    <Requirement key={r.key} r={r} />
                  ))}
                  {x.holdsCurrentTier === false && (
                    <Text size="xs" c="orange">
                      Below the requirements of {x.currentTier?.name}: a demotion may be proposed after the grace period.
                    </Text>
                  )}
                </Stack>
              );
            })}
            {past.length > 0 && (
              <Stack gap={2} aria-label="Past programs">
                <Text size="xs" c="dimmed" fw={600}>
                  Past programs
                </Text>
                {past.map((m) => (
                  <Text key={m.id} size="xs" c="dimmed">
                    {m.program.name}: {formatDate(m.joinedAt)} – {m.leftAt ? formatDate(m.leftAt) : ''}
                  </Text>
                ))}
              </Stack>
            )}
          </Stack>
        )}
      </QueryState>
      <FormDialog dialog={enrolling} title={() => 'Enrol in a program'}>
        {() => <EnrolForm partnerId={partnerId} current={memberships.data ?? []} onDone={enrolling.close} />}
      </FormDialog>
      <FormDialog dialog={leaving} title={(m) => `End the membership of ${m?.program.name ?? 'the program'}`}>
        {(m) => m && <LeaveForm partnerId={partnerId} membership={m} onDone={leaving.close} />}
      </FormDialog>
    </SectionCard>
  );
}
