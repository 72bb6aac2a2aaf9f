import { Badge, Button, Group, NumberInput, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { type Column, DataTable } from '../../../ui/DataTable';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { formatDateTime } from '../../../ui/format';
import { ImportButton } from '../../../ui/ImportButton';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, QueryState } from '../../../ui/States';
import { mayApp } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import {
  type AttributionPeriod,
  type AttributionPolicy,
  BUILT_IN_MODELS,
  closedQuarters,
  MODEL_LABELS,
  ROLE_LABELS,
  useAttributionSettings,
  useLockPeriod,
  usePeriods,
  usePolicies,
  useSavePolicy,
  useUnlockPeriod,
  useUpdateAttributionSettings,
} from '../api';
import { AttributionTabs } from '../components/AttributionTabs';

function DefaultModelCard() {
  const settings = useAttributionSettings();
  const policies = usePolicies();
  const update = useUpdateAttributionSettings();
  return (
    <SectionCard
      title="Default model"
      description="What the partner 360, the partners’ own view, KPI dashboards and health scores use when no model is chosen."
    >
      <QueryState query={settings}>
        {(s) => (
          <Group align="flex-end" gap="md">
            <Select
              label="Default model"
              w={260}
              disabled={!s.can.edit}
              allowDeselect={false}
              data={[
                ...BUILT_IN_MODELS.map((m) => ({ value: m, label: MODEL_LABELS[m] })),
                ...(policies.data ?? [])
                  .filter((p) => !p.archived)
                  .map((p) => ({ value: `custom:${p.id}`, label: `Policy: ${p.name}` })),
              ]}
              value={s.defaultModel === 'custom' ? `custom:${s.defaultPolicyId}` : s.defaultModel}
              onChange={(v) => {
                if (!v) return;
                const body = v.startsWith('custom:')
                  ? { defaultModel: 'custom' as const, defaultPolicyId: v.slice(7) }
                  : { defaultModel: v as (typeof BUILT_IN_MODELS)[number] };
                update.run(body, { success: 'Default attribution model saved' });
              }}
            />
            <NumberInput
              label="Time decay half-life (days)"
              w={220}
              min={1}
              max={3650}
              disabled={!s.can.edit}
              defaultValue={s.halfLifeDays}
              onBlur={(e) => {
                const days = Number(e.currentTarget.value);
                if (days > 0 && days !== s.halfLifeDays) update.run({ halfLifeDays: days }, { success: 'Half-life saved' });
              }}
            />
          </Group>
        )}
      </QueryState>
    </SectionCard>
  );
}

const ROLES = Object.keys(ROLE_LABELS);

function PolicyForm({ policy, onDone }: { policy: AttributionPolicy | null; onDone: () => void }) {
  const save = useSavePolicy();
  const [name, setName] = useState(policy?.name ?? '');
  const [description, setDescription] = useState(policy?.description ?? '');
  const [weights, setWeights] = useState<Record<string, number>>(
    (policy?.roleWeights as Record<string, number> | undefined) ?? { sourced: 60, co_sell: 30, technical: 10 },
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const total = Object.values(weights).reduce((s, w) => s + (w || 0), 0);
  const submit = () =>
    save.run(
      {
        id: policy?.id ?? null,
        body: { name, description, roleWeights: Object.fromEntries(Object.entries(weights).filter(([, w]) => w > 0)) },
      },
      {
        success: (saved) => `Saved the policy ${saved.name}`,
        onSuccess: onDone,
        onError: (error) => {
          const list = (error as { errors?: { path: string; message: string }[] }).errors ?? [];
          setErrors(Object.fromEntries(list.map((e) => [e.path, e.message])));
          return list.length > 0;
        },
      },
    );
  return (
    <Stack gap="sm">
      <TextInput
        label="Name"
        required
        value={name}
        error={errors.name}
        onChange={(e) => setName(e.currentTarget.value)}
        data-autofocus
      />
      <Textarea
        label="Description"
        value={description}
        onChange={(e) => setDescription(e.currentTarget.value)}
        autosize
        minRows={2}
      />
      <Text size="sm" fw={500}>
        Weight per role (0–100)
      </Text>
      <SimpleGrid cols={3} spacing="sm">
        {ROLES.map((role) => (
          <NumberInput
            key={role}
            label={ROLE_LABELS[role]}
            min={0}
            max={100}
            value={weights[role] ?? 0}
            error={errors[`roleWeights.${role}`]}
            onChange={(v) => setWeights((w) => ({ ...w, [role]: Number(v) || 0 }))}
          />
        ))}
      </SimpleGrid>
      <Text size="xs" c={errors.roleWeights ? 'red' : 'dimmed'}>
        {errors.roleWeights ??
          `Weights are normalised over the roles present on each deal (now ${total} in all); a role held by several partners is shared between them.`}
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button onClick={submit} loading={save.isPending}>
          Save policy
        </Button>
      </Group>
    </Stack>
  );
}

const POLICY_COLUMNS: Column<AttributionPolicy>[] = [
  { key: 'name', header: 'Policy', cell: (p) => p.name },
  {
    key: 'weights',
    header: 'Role weights',
    cell: (p) =>
      Object.entries(p.roleWeights)
        .filter(([, w]) => w > 0)
        .map(([r, w]) => `${ROLE_LABELS[r] ?? r} ${w}`)
        .join(' · '),
  },
  {
    key: 'status',
    header: 'Status',
    w: 110,
    cell: (p) => (p.archived ? <Badge color="gray">Archived</Badge> : <Badge color="teal">In use</Badge>),
  },
];

function PoliciesCard({ editable }: { editable: boolean }) {
  const user = useCurrentUser();
  const policies = usePolicies();
  const editing = useDialog<AttributionPolicy | null>();
  const save = useSavePolicy();
  return (
    <SectionCard
      title="Custom policies"
      description="Your own model: weights per involvement role, e.g. sourced 60, co-sell 30, technical 10."
      action={
        editable && (
          <Group gap="xs">
            <ImportButton
              kind="attribution-policies"
              label="Import policies"
              size="xs"
              allowed={mayApp(user, 'import:attribution-policies')}
            />
            <Button size="xs" onClick={() => editing.open(null)}>
              New policy
            </Button>
          </Group>
        )
      }
    >
      <QueryState query={policies}>
        {(list) =>
          list.length === 0 ? (
            <Empty title="No custom policies yet" description="The built-in models work without one." />
          ) : (
            <DataTable
              label="Custom attribution policies"
              rows={list}
              columns={POLICY_COLUMNS}
              minWidth={520}
              card={(p) => ({ title: p.name, subtitle: p.description })}
              actions={(p) => [
                { label: 'Edit', onClick: () => editing.open(p), allowed: p.can.edit },
                {
                  label: p.archived ? 'Restore' : 'Archive',
                  allowed: p.can.edit,
                  onClick: () =>
                    save.run(
                      { id: p.id, body: { name: p.name, roleWeights: p.roleWeights, archived: !p.archived } },
                      { success: `${p.archived ? 'Restored' : 'Archived'} ${p.name}` },
                    ),
                },
              ]}
            />
          )
        }
      </QueryState>
      <FormDialog dialog={editing} title={(p) => (p ? `Edit ${p.name}` : 'New attribution policy')}>
        {(p) => <PolicyForm policy={p} onDone={editing.close} />}
      </FormDialog>
    </SectionCard>
  );
}

function UnlockForm({ period, onDone }: { period: AttributionPeriod; onDone: () => void }) {
  const unlock = useUnlockPeriod();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  return (
    <Stack gap="sm">
      <Text size="sm">
        Unlocking {period.period} lets its attribution follow the live deals, touches and exchange rates again. Say why (kept in
        the audit log).
      </Text>
      <Textarea
        label="Reason"
        required
        value={reason}
        error={error}
        onChange={(e) => setReason(e.currentTarget.value)}
        data-autofocus
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button
          color="red"
          loading={unlock.isPending}
          onClick={() =>
            unlock.run(
              { id: period.id, reason },
              {
                success: `Unlocked ${period.period}`,
                onSuccess: onDone,
                onError: (e) => {
                  const first = (e as { errors?: { message: string }[] }).errors?.[0];
                  setError(first?.message);
                  return Boolean(first);
                },
              },
            )
          }
        >
          Unlock
        </Button>
      </Group>
    </Stack>
  );
}

const PERIOD_COLUMNS: Column<AttributionPeriod>[] = [
  { key: 'period', header: 'Period', w: 110, cell: (p) => p.period },
  {
    key: 'status',
    header: 'Status',
    w: 110,
    cell: (p) => <Badge color={p.status === 'locked' ? 'indigo' : 'gray'}>{p.status === 'locked' ? 'Locked' : 'Unlocked'}</Badge>,
  },
  { key: 'deals', header: 'Won deals frozen', w: 150, cell: (p) => (p.status === 'locked' ? p.opportunities : '—') },
  {
    key: 'when',
    header: 'Last change',
    cell: (p) =>
      p.status === 'locked' ? `Locked ${formatDateTime(p.lockedAt)}` : `Unlocked ${formatDateTime(p.unlockedAt)}: ${p.reason}`,
  },
];

function LocksCard({ editable }: { editable: boolean }) {
  const periods = usePeriods();
  const lock = useLockPeriod();
  const unlocking = useDialog<AttributionPeriod>();
  const [choice, setChoice] = useState<string | null>(closedQuarters(1)[0] ?? null);
  return (
    <SectionCard
      title="Period locks"
      description="Lock a closed quarter or month once its numbers are reported: late touches, edited deals and corrected rates no longer move it."
    >
      <Stack gap="md">
        {editable && (
          <Group align="flex-end" gap="sm">
            <Select
              label="Period to lock"
              w={180}
              data={closedQuarters(8)}
              value={choice}
              onChange={setChoice}
              searchable
              allowDeselect={false}
            />
            <Button
              disabled={!choice}
              loading={lock.isPending}
              onClick={() =>
                choice && lock.run(choice, { success: (p) => `Locked ${p.period}: ${p.opportunities} won deals frozen` })
              }
            >
              Lock period
            </Button>
          </Group>
        )}
        <QueryState query={periods}>
          {(list) =>
            list.length === 0 ? (
              <Empty title="No period locked yet" description="Every period follows the live data until it is locked." />
            ) : (
              <DataTable
                label="Attribution period locks"
                rows={list}
                columns={PERIOD_COLUMNS}
                minWidth={560}
                card={(p) => ({ title: p.period, subtitle: p.status })}
                actions={(p) => [
                  { label: 'Unlock', onClick: () => unlocking.open(p), allowed: p.can.unlock },
                  {
                    label: 'Lock again',
                    allowed: p.can.lock,
                    onClick: () => lock.run(p.period, { success: (x) => `Locked ${x.period}` }),
                  },
                ]}
                actionsVariant="buttons"
              />
            )
          }
        </QueryState>
      </Stack>
      <FormDialog dialog={unlocking} title={(p) => `Unlock ${p?.period ?? ''}`}>
        {(p) => p && <UnlockForm period={p} onDone={unlocking.close} />}
      </FormDialog>
    </SectionCard>
  );
}

/** The default model, custom policies and period locks. */
export function SetupPage() {
  const settings = useAttributionSettings();
  const editable = settings.data?.can.edit ?? false;
  return (
    <>
      <PageHeader title="Attribution" description="How credit is given, and which periods are closed." />
      <AttributionTabs />
      <Stack gap="md">
        <DefaultModelCard />
        <PoliciesCard editable={editable} />
        <LocksCard editable={editable} />
      </Stack>
    </>
  );
}
