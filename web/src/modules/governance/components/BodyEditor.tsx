import { ActionIcon, Button, Checkbox, Group, NumberInput, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { LABELS } from '../../../ui/labels';
import { type BodyKind, type DecisionRule, type GovernanceBody, type MemberRole, useGovernancePeople, useSaveBody } from '../api';

type MemberRow = { userId: string; role: MemberRole; executiveSponsor: boolean };

const DEFAULT_RULES: DecisionRule[] = [
  { decisionClass: 'operational', label: 'Operational', basis: 'votes_cast', thresholdPercent: 50, comparison: 'more_than' },
  {
    decisionClass: 'major_investment',
    label: 'Major investment',
    basis: 'voting_members',
    thresholdPercent: 75,
    comparison: 'more_than',
  },
];

const options = <K extends string>(labels: Record<K, string>) =>
  (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));

/**
 * The body editor: its kind and cadence, members from both sides with their role and sponsor
 * flag, the quorum and one decision rule per class. Saves the whole body (members replace).
 */
export function BodyEditor({ partnerId, body, onDone }: { partnerId: string; body: GovernanceBody | null; onDone: () => void }) {
  const people = useGovernancePeople(partnerId);
  const save = useSaveBody(partnerId);
  const [name, setName] = useState(body?.name ?? 'Joint steering committee');
  const [kind, setKind] = useState<BodyKind>(body?.kind ?? 'joint_steering_committee');
  const [cadence, setCadence] = useState(body?.cadence ?? 'Quarterly');
  const [purpose, setPurpose] = useState(body?.purpose ?? '');
  const [quorum, setQuorum] = useState<number>(body?.quorumPercent ?? 50);
  const [partnerMinutes, setPartnerMinutes] = useState(body?.partnerMayWriteMinutes ?? false);
  const [members, setMembers] = useState<MemberRow[]>(
    body?.members.map((m) => ({ userId: m.userId, role: m.role, executiveSponsor: m.executiveSponsor })) ?? [],
  );
  const [rules, setRules] = useState<DecisionRule[]>(body?.decisionRules ?? DEFAULT_RULES);
  const setMember = (i: number, patch: Partial<MemberRow>) =>
    setMembers((all) => all.map((m, j) => (j === i ? { ...m, ...patch } : m)));
  const setRule = (i: number, patch: Partial<DecisionRule>) =>
    setRules((all) => all.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const submit = () =>
    save.run(
      {
        id: body?.id ?? null,
        body: {
          name,
          kind,
          cadence,
          purpose,
          quorumPercent: quorum,
          partnerMayWriteMinutes: partnerMinutes,
          members: members.filter((m) => m.userId),
          decisionRules: rules,
        },
      },
      { success: (b) => `Saved ${b.name}`, onSuccess: onDone },
    );
  return (
    <Stack gap="sm">
      <TextInput label="Name" required value={name} onChange={(e) => setName(e.currentTarget.value)} />
      <Group grow>
        <Select
          label="Kind"
          data={options(LABELS.governanceBodyKind)}
          value={kind}
          onChange={(v) => v && setKind(v as BodyKind)}
          allowDeselect={false}
        />
        <TextInput label="Cadence" value={cadence} onChange={(e) => setCadence(e.currentTarget.value)} />
      </Group>
      <Textarea
        label="Purpose and decision rights"
        autosize
        minRows={2}
        value={purpose}
        onChange={(e) => setPurpose(e.currentTarget.value)}
      />
      <Text fw={600} size="sm">
        Members (both sides)
      </Text>
      {members.map((m, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id until saved
        <Group key={i} gap="xs" align="flex-end" wrap="nowrap">
          <Select
            label={i === 0 ? 'Person' : undefined}
            aria-label={`Member ${i + 1}`}
            placeholder="Choose someone"
            searchable
            data={people.data ?? []}
            value={m.userId || null}
            onChange={(v) => setMember(i, { userId: v ?? '' })}
            style={{ flex: 1 }}
          />
          <Select
            label={i === 0 ? 'Role' : undefined}
            aria-label={`Role of member ${i + 1}`}
            data={options(LABELS.governanceMemberRole)}
            value={m.role}
            onChange={(v) => v && setMember(i, { role: v as MemberRole })}
            allowDeselect={false}
            w={150}
          />
          <Checkbox
            label="Sponsor"
            aria-label={`Member ${i + 1} is an executive sponsor`}
            checked={m.executiveSponsor}
            onChange={(e) => setMember(i, { executiveSponsor: e.currentTarget.checked })}
            mb={8}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={`Remove member ${i + 1}`}
            onClick={() => setMembers((all) => all.filter((_, j) => j !== i))}
            mb={4}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      <Button
        variant="subtle"
        size="xs"
        leftSection={<IconPlus size={14} />}
        onClick={() => setMembers((all) => [...all, { userId: '', role: 'voting', executiveSponsor: false }])}
        style={{ alignSelf: 'flex-start' }}
      >
        Add member
      </Button>
      <Text fw={600} size="sm">
        Decision rules
      </Text>
      <NumberInput
        label="Quorum: share of voting members who must take part (%)"
        min={0}
        max={100}
        value={quorum}
        onChange={(v) => setQuorum(typeof v === 'number' ? v : 0)}
      />
      {rules.map((r, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rules are edited in place
        <Group key={i} gap="xs" align="flex-end" wrap="wrap">
          <TextInput
            label="Class"
            aria-label={`Rule ${i + 1} class`}
            value={r.decisionClass}
            onChange={(e) => setRule(i, { decisionClass: e.currentTarget.value })}
            w={150}
          />
          <TextInput
            label="Label"
            aria-label={`Rule ${i + 1} label`}
            value={r.label}
            onChange={(e) => setRule(i, { label: e.currentTarget.value })}
            w={150}
          />
          <Select
            label="Passes with"
            aria-label={`Rule ${i + 1} comparison`}
            data={[
              { value: 'more_than', label: 'more than' },
              { value: 'at_least', label: 'at least' },
            ]}
            value={r.comparison}
            onChange={(v) => v && setRule(i, { comparison: v as DecisionRule['comparison'] })}
            allowDeselect={false}
            w={120}
          />
          <NumberInput
            label="%"
            aria-label={`Rule ${i + 1} threshold`}
            min={1}
            max={100}
            value={r.thresholdPercent}
            onChange={(v) => setRule(i, { thresholdPercent: typeof v === 'number' ? v : 50 })}
            w={80}
          />
          <Select
            label="of"
            aria-label={`Rule ${i + 1} basis`}
            data={[
              { value: 'votes_cast', label: 'the votes cast' },
              { value: 'voting_members', label: 'the voting members' },
            ]}
            value={r.basis}
            onChange={(v) => v && setRule(i, { basis: v as DecisionRule['basis'] })}
            allowDeselect={false}
            w={170}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={`Remove rule ${i + 1}`}
            onClick={() => setRules((all) => all.filter((_, j) => j !== i))}
            mb={4}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      <Button
        variant="subtle"
        size="xs"
        leftSection={<IconPlus size={14} />}
        onClick={() =>
          setRules((all) => [
            ...all,
            { decisionClass: '', label: '', basis: 'votes_cast', thresholdPercent: 50, comparison: 'more_than' },
          ])
        }
        style={{ alignSelf: 'flex-start' }}
      >
        Add rule
      </Button>
      <Checkbox
        label="The partner’s people may write the minutes of this body’s meetings"
        checked={partnerMinutes}
        onChange={(e) => setPartnerMinutes(e.currentTarget.checked)}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button onClick={submit} loading={save.isPending}>
          Save body
        </Button>
      </Group>
    </Stack>
  );
}
