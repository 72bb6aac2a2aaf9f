import {
  Badge,
  Button,
  Checkbox,
  Group,
  Progress,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconArrowRight, IconPencil } from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { Link } from 'react-router';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { Labelled } from '../../../ui/Fact';
import { Form } from '../../../ui/Form';
import { formatDate, formatDay } from '../../../ui/format';
import { useApiForm } from '../../../ui/forms';
import { LABELS } from '../../../ui/labels';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, QueryState } from '../../../ui/States';
import { useContacts } from '../../partners/api';
import { useCompanyUsers, useVendorStaff } from '../../users/api';
import {
  type Alliance,
  type AlliancePhase,
  type DevelopmentStage,
  type QualificationDimension,
  useAlliance,
  useQualifications,
  useSubmitQualification,
  useTickItem,
  useUpdateAlliance,
} from '../api';
import { DesignCard } from './DesignCard';
import { ValueCaptureCard } from './ValueCaptureCard';
import { WithAlliance } from './WithAlliance';
import {
  FlagsWorkspaceCard,
  GovernanceWorkspaceCard,
  HealthWorkspaceCard,
  InnovationWorkspaceCard,
  PlanWorkspaceCard,
  RiskWorkspaceCard,
  ValueWorkspaceCard,
} from './WorkspaceCards';

/** A card of the alliance workspace: it loads what it shows from the partner's id, in both apps. */
export type WorkspaceCard = ComponentType<{ partnerId: string }>;

export { WithAlliance };

const phaseOptions = () => Object.entries(LABELS.alliancePhase).map(([value, label]) => ({ value, label }));

function PhaseForm({ alliance, onDone }: { alliance: Alliance; onDone: () => void }) {
  const update = useUpdateAlliance(alliance.partnerId);
  const form = useApiForm({
    initialValues: { phase: alliance.phase as string, phaseNote: '', type: alliance.type as string },
    mutation: update,
    toVariables: (v) => ({
      phase: v.phase as AlliancePhase,
      phaseNote: v.phaseNote,
      type: v.type as Alliance['type'],
    }),
    success: () => 'Alliance saved',
    onSuccess: onDone,
  });
  return (
    <Form form={form} submitLabel="Save" onCancel={onDone}>
      <Select
        label="Alliance type"
        data={Object.entries(LABELS.allianceType).map(([value, label]) => ({ value, label }))}
        {...form.getInputProps('type')}
      />
      <Select label="Life-cycle phase (ASAP)" data={phaseOptions()} {...form.getInputProps('phase')} />
      <Textarea label="Why the phase moves" autosize minRows={2} {...form.getInputProps('phaseNote')} />
    </Form>
  );
}

/** The alliance at a glance: type, ASAP phase with its history, development stage, started. */
export function AllianceSummaryCard({ partnerId }: { partnerId: string }) {
  const dialog = useDialog();
  return (
    <WithAlliance partnerId={partnerId}>
      {(a) => (
        <SectionCard
          title="Alliance"
          label="Alliance summary"
          action={
            a.can.edit && (
              <Button size="xs" variant="light" leftSection={<IconPencil size={14} />} onClick={() => dialog.open()}>
                Change
              </Button>
            )
          }
        >
          <Group gap="xl" align="flex-start">
            <Labelled label="Type">{LABELS.allianceType[a.type]}</Labelled>
            <Labelled label="Life-cycle phase">{LABELS.alliancePhase[a.phase]}</Labelled>
            <Labelled label="Development stage">{LABELS.developmentStage[a.stage]}</Labelled>
            <Labelled label="Started">{`${formatDate(a.startedAt)}${a.startedBy ? ` by ${a.startedBy.name}` : ''}`}</Labelled>
          </Group>
          <Text size="sm" fw={600} mt="md">
            Phase history
          </Text>
          <Stack gap={2}>
            {a.phaseHistory.map((h) => (
              <Text key={`${h.occurredAt}${h.toPhase}`} size="xs" c="dimmed">
                {formatDate(h.occurredAt)} · {h.fromPhase ? `${LABELS.alliancePhase[h.fromPhase]} → ` : ''}
                {LABELS.alliancePhase[h.toPhase]}
                {h.actor ? ` · ${h.actor.name}` : ''}
                {h.note ? ` — ${h.note}` : ''}
              </Text>
            ))}
          </Stack>
          <FormDialog dialog={dialog} title="Change the alliance">
            {() => <PhaseForm alliance={a} onDone={dialog.close} />}
          </FormDialog>
        </SectionCard>
      )}
    </WithAlliance>
  );
}

/** The partner's sponsor as the picker holds it: `user:<id>` (a portal user) or `contact:<id>`. */
const sponsorKey = (s: Alliance['sponsors']['partner']) => (s ? `${s.kind}:${s.id}` : '');

function SponsorsForm({ alliance, onDone }: { alliance: Alliance; onDone: () => void }) {
  const update = useUpdateAlliance(alliance.partnerId);
  const staff = useVendorStaff(alliance.can.edit);
  const contacts = useContacts(alliance.partnerId);
  const people = useCompanyUsers(alliance.partnerId);
  const form = useApiForm({
    initialValues: {
      vendorSponsorId: alliance.sponsors.vendor?.id ?? '',
      partnerSponsor: sponsorKey(alliance.sponsors.partner),
      sponsorNote: '',
    },
    mutation: update,
    toVariables: (v) => {
      const [kind, id = null] = v.partnerSponsor ? v.partnerSponsor.split(':') : [];
      return {
        ...(v.sponsorNote.trim() ? { sponsorNote: v.sponsorNote.trim() } : {}),
        ...(alliance.can.edit ? { vendorSponsorId: v.vendorSponsorId || null } : {}),
        ...(kind === 'user'
          ? { partnerSponsorUserId: id }
          : kind === 'contact'
            ? { partnerSponsorContactId: id }
            : { partnerSponsorUserId: null, partnerSponsorContactId: null }),
      };
    },
    success: () => 'Sponsors saved',
    onSuccess: onDone,
  });
  const portalUsers = (people.data ?? [])
    .filter((u) => u.active && (u.role === 'partner_admin' || u.role === 'partner_user'))
    .map((u) => ({ value: `user:${u.id}`, label: `${u.name} (${LABELS.role[u.role]})` }));
  const partnerContacts = (contacts.data ?? [])
    .filter((c) => c.side === 'partner')
    .map((c) => ({ value: `contact:${c.id}`, label: c.title ? `${c.name}, ${c.title}` : c.name }));
  return (
    <Form form={form} submitLabel="Save sponsors" onCancel={onDone}>
      {alliance.can.edit && (
        <Select
          label="Vendor executive sponsor"
          clearable
          searchable
          data={(staff.data ?? []).map((u) => ({ value: u.id, label: `${u.name} (${LABELS.role[u.role]})` }))}
          {...form.getInputProps('vendorSponsorId')}
        />
      )}
      <Select
        label="Partner executive sponsor"
        description="One of the partner’s portal users (who then sees the alliance in the portal), or a contact without an account"
        clearable
        searchable
        data={[
          { group: 'Portal users', items: portalUsers },
          { group: 'Contacts', items: partnerContacts },
        ].filter((g) => g.items.length > 0)}
        {...form.getInputProps('partnerSponsor')}
      />
      <TextInput
        label="Why (kept in the sponsor history)"
        placeholder="Left the company; no successor named yet"
        {...form.getInputProps('sponsorNote')}
      />
    </Form>
  );
}

/** Named executive sponsors on both sides: seed 004's test of governance. */
export function SponsorsCard({ partnerId }: { partnerId: string }) {
  const dialog = useDialog();
  return (
    <WithAlliance partnerId={partnerId}>
      {(a) => (
        <SectionCard
          title="Executive sponsors"
          label="Executive sponsors"
          description={`${a.sponsorsNamed} of 2 sides have named an executive sponsor`}
          action={
            a.can.editPartnerSide && (
              <Button size="xs" variant="light" leftSection={<IconPencil size={14} />} onClick={() => dialog.open()}>
                Name sponsors
              </Button>
            )
          }
        >
          <Group gap="xl" align="flex-start">
            <Labelled label="Vendor">{a.sponsors.vendor ? a.sponsors.vendor.name : <Text c="red">Not named</Text>}</Labelled>
            <Labelled label="Partner">
              {a.sponsors.partner ? (
                `${a.sponsors.partner.name}${a.sponsors.partner.title ? `, ${a.sponsors.partner.title}` : ''}${a.sponsors.partner.kind === 'user' ? ' (portal user)' : ''}`
              ) : (
                <Text c="red">Not named</Text>
              )}
            </Labelled>
          </Group>
          {a.sponsorHistory.length > 0 && (
            <>
              <Text size="sm" fw={600} mt="md">
                Sponsor history
              </Text>
              <Stack gap={2} data-testid="sponsor-history">
                {a.sponsorHistory.map((h) => (
                  <Text key={`${h.occurredAt}${h.side}`} size="xs" c="dimmed">
                    {formatDate(h.occurredAt)} · {h.side === 'vendor' ? 'Vendor' : 'Partner'}:{' '}
                    {h.to
                      ? h.from
                        ? `${h.from.name} → ${h.to.name}`
                        : `${h.to.name} named`
                      : `${h.from?.name ?? 'Sponsor'} ended`}
                    {h.actor ? ` · ${h.actor.name}` : ''}
                    {h.note ? ` — ${h.note}` : ''}
                  </Text>
                ))}
              </Stack>
            </>
          )}
          <FormDialog dialog={dialog} title="Executive sponsors">
            {() => <SponsorsForm alliance={a} onDone={dialog.close} />}
          </FormDialog>
        </SectionCard>
      )}
    </WithAlliance>
  );
}

function ItemTick({
  alliance,
  itemKey,
  side,
  label,
}: {
  alliance: Alliance;
  itemKey: string;
  side: 'vendor' | 'partner';
  label: string;
}) {
  const tick = useTickItem(alliance.partnerId);
  const item = alliance.stages.flatMap((s) => s.items).find((i) => i.key === itemKey);
  const state = item?.[side] ?? null;
  const mine = alliance.can.tick && (alliance.can.edit ? side === 'vendor' : side === 'partner');
  const title = state?.done
    ? `${state.by?.name ?? 'Recorded'} · ${formatDate(state.at)}${state.note ? ` — ${state.note}` : ''}`
    : 'Not yet';
  return (
    <Tooltip label={title}>
      <Checkbox
        size="xs"
        aria-label={`${label}: ${side}`}
        checked={state?.done ?? false}
        disabled={!mine || tick.isPending}
        onChange={(e) => {
          const done = e.currentTarget.checked;
          const note = done ? (window.prompt('Evidence (a note for the other side)', '') ?? '') : '';
          tick.run({ item: itemKey, done, note }, { success: done ? 'Ticked' : 'Unticked' });
        }}
      />
    </Tooltip>
  );
}

/** Seed 004's development stages: each a checklist both sides tick, the evidence that both took part. */
export function StagesCard({ partnerId }: { partnerId: string }) {
  const dialog = useDialog();
  return (
    <WithAlliance partnerId={partnerId}>
      {(a) => {
        const index = a.stages.findIndex((s) => s.current);
        const next = a.stages[index + 1];
        return (
          <SectionCard
            title="Development stages"
            label="Development stages"
            description="Every item needs a tick from each side: the evidence that both took part."
            action={
              a.can.edit &&
              next && (
                <Button
                  size="xs"
                  variant="light"
                  rightSection={<IconArrowRight size={14} />}
                  disabled={!a.stages[index]?.complete}
                  onClick={() => dialog.open()}
                >
                  Move to {LABELS.developmentStage[next.stage]}
                </Button>
              )
            }
          >
            <Stack gap="md">
              {a.stages.map((s) => (
                <div key={s.stage} data-testid="alliance-stage">
                  <Group justify="space-between">
                    <Group gap={6}>
                      <Text size="sm" fw={600}>
                        {LABELS.developmentStage[s.stage]}
                      </Text>
                      {s.current && <Badge size="xs">Current</Badge>}
                      {s.complete && (
                        <Badge size="xs" color="teal">
                          Both sides done
                        </Badge>
                      )}
                    </Group>
                    <Text size="xs" c="dimmed">
                      Vendor {s.vendorDone}/{s.itemCount} · Partner {s.partnerDone}/{s.itemCount}
                    </Text>
                  </Group>
                  <Progress value={(100 * s.bothDone) / s.itemCount} size="xs" my={4} />
                  <Table withRowBorders={false} verticalSpacing={2}>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th />
                        <Table.Th w={60}>Vendor</Table.Th>
                        <Table.Th w={60}>Partner</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {s.items.map((i) => (
                        <Table.Tr key={i.key}>
                          <Table.Td>
                            <Text size="xs">{i.label}</Text>
                          </Table.Td>
                          <Table.Td>
                            <ItemTick alliance={a} itemKey={i.key} side="vendor" label={i.label} />
                          </Table.Td>
                          <Table.Td>
                            <ItemTick alliance={a} itemKey={i.key} side="partner" label={i.label} />
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </div>
              ))}
            </Stack>
            <FormDialog dialog={dialog} title="Move to the next stage">
              {() => (next ? <StageForm alliance={a} stage={next.stage} onDone={dialog.close} /> : null)}
            </FormDialog>
          </SectionCard>
        );
      }}
    </WithAlliance>
  );
}

function StageForm({ alliance, stage, onDone }: { alliance: Alliance; stage: DevelopmentStage; onDone: () => void }) {
  const update = useUpdateAlliance(alliance.partnerId);
  const form = useApiForm({
    initialValues: { stage: stage as string },
    mutation: update,
    toVariables: (v) => ({ stage: v.stage as DevelopmentStage }),
    success: () => `Moved to ${LABELS.developmentStage[stage]}`,
    onSuccess: onDone,
  });
  return (
    <Form form={form} submitLabel={`Move to ${LABELS.developmentStage[stage]}`} onCancel={onDone}>
      <Text size="sm">Both sides completed {LABELS.developmentStage[alliance.stage].toLowerCase()}.</Text>
    </Form>
  );
}

const DIMENSIONS: QualificationDimension[] = ['marketAccess', 'capability', 'commitment', 'alignment'];

function QualificationForm({ partnerId, onDone }: { partnerId: string; onDone: () => void }) {
  const submit = useSubmitQualification(partnerId);
  const initial = Object.fromEntries(
    DIMENSIONS.flatMap((d) => [
      [`${d}Score`, ''],
      [`${d}Notes`, ''],
    ]),
  ) as Record<string, string>;
  const form = useApiForm({
    initialValues: { ...initial, summary: '' },
    validate: Object.fromEntries(DIMENSIONS.map((d) => [`${d}Score`, (v: string) => (v ? null : 'Score it from 1 to 5')])),
    mutation: submit,
    toVariables: (v: Record<string, string>) => ({
      scores: Object.fromEntries(
        DIMENSIONS.map((d) => [d, { score: Number(v[`${d}Score`]), notes: v[`${d}Notes`] ?? '' }]),
      ) as never,
      summary: v.summary,
    }),
    success: (r) => `Scored: ${r.scorePercent}% — ${LABELS.recommendation[r.recommendation]}`,
    onSuccess: onDone,
  });
  return (
    <Form form={form} submitLabel="Save the scores" onCancel={onDone}>
      {DIMENSIONS.map((d) => (
        <Group key={d} align="flex-end" wrap="nowrap">
          <Select
            label={LABELS.qualificationDimension[d]}
            w={260}
            data={['1', '2', '3', '4', '5']}
            {...form.getInputProps(`${d}Score`)}
          />
          <TextInput label="Notes" style={{ flex: 1 }} {...form.getInputProps(`${d}Notes`)} />
        </Group>
      ))}
      <Textarea label="Summary" autosize minRows={2} {...form.getInputProps('summary')} />
    </Form>
  );
}

/** The four-dimension strategic qualification test, both sides' scores, the recommendation and its history. */
export function QualificationCard({ partnerId }: { partnerId: string }) {
  const runs = useQualifications(partnerId);
  const alliance = useAlliance(partnerId);
  const dialog = useDialog();
  const canQualify = alliance.data?.can.qualify ?? false;
  return (
    <SectionCard
      title="Strategic qualification"
      label="Strategic qualification"
      description="Four dimensions scored 1–5 by each side; each counts at the lower side’s score. Re-run at each annual review."
      action={
        canQualify && (
          <Button size="xs" variant="light" onClick={() => dialog.open()}>
            Score the test
          </Button>
        )
      }
    >
      <QueryState query={runs}>
        {({ data, current }) =>
          !current ? (
            <Empty title="Not scored yet" description="Score the four dimensions to get a recommendation." />
          ) : (
            <Stack gap="sm">
              <Group gap="xs">
                <Badge color={current.recommendation === 'strategic_candidate' ? 'teal' : 'yellow'} size="lg">
                  {LABELS.recommendation[current.recommendation]}
                </Badge>
                <Text fw={600}>{current.scorePercent}%</Text>
                {current.provisional && <Badge variant="outline">Provisional</Badge>}
                <Text size="xs" c={current.overdue ? 'red' : 'dimmed'}>
                  {current.overdue ? 'Re-run overdue since' : 'Re-run due'} {formatDay(current.dueOn)}
                </Text>
              </Group>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Dimension</Table.Th>
                    <Table.Th>Vendor</Table.Th>
                    <Table.Th>Partner</Table.Th>
                    <Table.Th>Counts</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {current.dimensions.map((d) => (
                    <Table.Tr key={d.dimension}>
                      <Table.Td>
                        {LABELS.qualificationDimension[d.dimension]}
                        {d.disagreement && (
                          <Badge ml={6} size="xs" color="orange">
                            Disagree
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>{d.vendor ?? '—'}</Table.Td>
                      <Table.Td>{d.partner ?? '—'}</Table.Td>
                      <Table.Td fw={600} c={d.combined >= 4 ? undefined : 'red'}>
                        {d.combined}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <Stack gap={2}>
                {current.reasons.map((r) => (
                  <Text key={r} size="xs">
                    · {r}
                  </Text>
                ))}
              </Stack>
              <Text size="sm" fw={600}>
                History
              </Text>
              {data.map((r) => (
                <Text key={r.id} size="xs" c="dimmed">
                  {formatDate(r.assessedAt)} · {r.side === 'vendor' ? 'Vendor' : 'Partner'}
                  {r.assessedBy ? ` (${r.assessedBy.name})` : ''} · {r.scorePercent}% · {LABELS.recommendation[r.recommendation]}
                  {r.summary ? ` — ${r.summary}` : ''}
                </Text>
              ))}
            </Stack>
          )
        }
      </QueryState>
      <FormDialog dialog={dialog} title="Strategic qualification test" size="lg">
        {() => <QualificationForm partnerId={partnerId} onDone={dialog.close} />}
      </FormDialog>
    </SectionCard>
  );
}

/** What the partner page shows: the alliance in one line and the way to its workspace, or "Start alliance". */
export function AllianceCard({ partnerId, canStart, workspace }: { partnerId: string; canStart: boolean; workspace: string }) {
  const alliance = useAlliance(partnerId);
  return (
    <SectionCard title="Alliance" label="Alliance">
      <QueryState query={alliance}>
        {(a) =>
          a ? (
            <Stack gap="xs">
              <Text size="sm">
                {LABELS.allianceType[a.type]} · {LABELS.alliancePhase[a.phase]} · {LABELS.developmentStage[a.stage]}
              </Text>
              <Text size="xs" c="dimmed">
                Sponsors {a.sponsorsNamed}/2 · design explicit {a.designExplicit}/5
                {a.qualification ? ` · qualification ${a.qualification.scorePercent}%` : ''}
              </Text>
              <Button component={Link} to={workspace} size="xs" variant="light" rightSection={<IconArrowRight size={14} />}>
                Open the alliance workspace
              </Button>
            </Stack>
          ) : canStart ? (
            <Button component={Link} to={workspace} size="xs" variant="light">
              Start alliance
            </Button>
          ) : (
            <Text size="sm" c="dimmed">
              No alliance yet.
            </Text>
          )
        }
      </QueryState>
    </SectionCard>
  );
}

/**
 * The alliance workspace's cards, in order: one line each. Other alliance modules add theirs here
 * (a business plan, governance, risks), each a `({ partnerId }) => …` card working in both apps.
 */
export const WORKSPACE_CARDS: readonly { key: string; Card: WorkspaceCard }[] = [
  { key: 'summary', Card: AllianceSummaryCard },
  { key: 'sponsors', Card: SponsorsCard },
  { key: 'qualification', Card: QualificationCard },
  { key: 'stages', Card: StagesCard },
  { key: 'design', Card: DesignCard },
  { key: 'value-capture', Card: ValueCaptureCard },
  { key: 'flags', Card: FlagsWorkspaceCard },
  { key: 'health', Card: HealthWorkspaceCard },
  { key: 'plan', Card: PlanWorkspaceCard },
  { key: 'governance', Card: GovernanceWorkspaceCard },
  { key: 'value', Card: ValueWorkspaceCard },
  { key: 'risks', Card: RiskWorkspaceCard },
  { key: 'innovation', Card: InnovationWorkspaceCard },
];
