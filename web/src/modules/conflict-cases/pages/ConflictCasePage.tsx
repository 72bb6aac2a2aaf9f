import { Anchor, Badge, Button, Checkbox, Grid, Group, Select, Stack, Text, Textarea, Timeline } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { Labelled as Fact } from '../../../ui/Fact';
import { formatDateTime, formatDay } from '../../../ui/format';
import { LABELS, optionsOf } from '../../../ui/labels';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { NotFoundState, QueryState } from '../../../ui/States';
import { isVendor } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { type ConflictCaseDetail, type ConflictParty, type DecisionOutcome, useCaseStep, useConflictCase } from '../api';
import { CaseBadges, PartyOutcomeBadge } from '../components/CaseBadges';

type Dialog = 'decide' | 'escalate' | 'note' | 'close' | 'statement' | 'appeal';

const TITLES: Record<Dialog, string> = {
  decide: 'Decide the case',
  escalate: 'Escalate to the next tier',
  note: 'Add an internal note',
  close: 'Record the outcome',
  statement: 'Your statement',
  appeal: 'Appeal the decision',
};

function DecideForm({ c, onDone }: { c: ConflictCaseDetail; onDone: () => void }) {
  const step = useCaseStep();
  const [outcome, setOutcome] = useState<DecisionOutcome | null>(null);
  const [keepers, setKeepers] = useState<string[]>([]);
  const [reasons, setReasons] = useState('');
  const [note, setNote] = useState('');
  const needsKeepers = outcome === 'awarded' || outcome === 'split';
  return (
    <Stack>
      <Select
        label="Decision"
        required
        data={optionsOf(LABELS.decisionOutcome)}
        value={outcome}
        onChange={(v) => setOutcome(v as DecisionOutcome | null)}
        data-autofocus
      />
      {needsKeepers && (
        <Checkbox.Group
          label={outcome === 'awarded' ? 'Who keeps the customer' : 'Who shares the customer'}
          value={keepers}
          onChange={setKeepers}
        >
          <Stack gap={4} mt={4}>
            {c.parties.map((p) => (
              <Checkbox key={p.id} value={p.id} label={p.partnerName} />
            ))}
          </Stack>
        </Checkbox.Group>
      )}
      <Textarea
        label="Reasons"
        description="Every party reads these: do not name other partners."
        required
        value={reasons}
        onChange={(e) => setReasons(e.currentTarget.value)}
        autosize
        minRows={3}
      />
      <Textarea
        label="Internal note"
        description="Vendor staff only"
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        autosize
        minRows={2}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button
          loading={step.isPending}
          disabled={!outcome || !reasons.trim()}
          onClick={() =>
            outcome &&
            step.run(
              {
                id: c.id,
                step: 'decide',
                outcome,
                keepers: needsKeepers ? keepers : [],
                reasons: reasons.trim(),
                internalNote: note.trim(),
              },
              { success: 'Decided', onSuccess: onDone },
            )
          }
        >
          Record decision
        </Button>
      </Group>
    </Stack>
  );
}

function TextForm({ kind, c, onDone }: { kind: Exclude<Dialog, 'decide'>; c: ConflictCaseDetail; onDone: () => void }) {
  const step = useCaseStep();
  const [text, setText] = useState(kind === 'statement' ? (c.myParty?.statement ?? '') : '');
  const required = kind === 'note' || kind === 'statement' || kind === 'appeal';
  const label =
    kind === 'escalate'
      ? 'Why'
      : kind === 'close'
        ? 'What happened'
        : kind === 'note'
          ? 'Note'
          : kind === 'appeal'
            ? 'Why you appeal'
            : 'Statement';
  const submit = () => {
    const done = { onSuccess: onDone };
    const value = text.trim();
    switch (kind) {
      case 'escalate':
        return step.run({ id: c.id, step: 'escalate', reason: value }, { success: 'Escalated', ...done });
      case 'note':
        return step.run({ id: c.id, step: 'notes', note: value }, { success: 'Note added', ...done });
      case 'close':
        return step.run({ id: c.id, step: 'close', outcomeNote: value }, { success: 'Outcome recorded', ...done });
      case 'statement':
        return step.run({ id: c.id, step: 'statement', statement: value }, { success: 'Statement saved', ...done });
      case 'appeal':
        return step.run({ id: c.id, step: 'appeal', statement: value }, { success: 'Appealed', ...done });
    }
  };
  return (
    <Stack>
      {kind === 'appeal' && (
        <Text size="sm">
          The case re-opens at the next tier. You can appeal once per decision, until{' '}
          {c.decision?.appealUntil ? formatDay(c.decision.appealUntil) : '—'}.
        </Text>
      )}
      <Textarea
        label={label}
        required={required}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        autosize
        minRows={3}
        data-autofocus
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button
          loading={step.isPending}
          disabled={required && !text.trim()}
          onClick={submit}
          color={kind === 'appeal' ? 'orange' : undefined}
        >
          {TITLES[kind]}
        </Button>
      </Group>
    </Stack>
  );
}

function Actions({ c }: { c: ConflictCaseDetail }) {
  const dialog = useDialog<Dialog>();
  const buttons: [Dialog, boolean, 'filled' | 'light' | 'default'][] = [
    ['decide', c.can.decide, 'filled'],
    ['escalate', c.can.escalate, 'default'],
    ['close', c.can.close, 'light'],
    ['note', c.can.note, 'default'],
    ['statement', c.can.state, 'default'],
    ['appeal', c.can.appeal, 'filled'],
  ];
  const label: Record<Dialog, string> = {
    decide: 'Decide',
    escalate: 'Escalate',
    close: 'Record outcome',
    note: 'Add note',
    statement: c.myParty?.statement ? 'Update statement' : 'Add statement',
    appeal: 'Appeal',
  };
  return (
    <Group gap="xs">
      {buttons
        .filter(([, allowed]) => allowed)
        .map(([kind, , variant]) => (
          <Button key={kind} variant={variant} color={kind === 'appeal' ? 'orange' : undefined} onClick={() => dialog.open(kind)}>
            {label[kind]}
          </Button>
        ))}
      <FormDialog dialog={dialog} title={(kind) => (kind ? TITLES[kind] : '')}>
        {(kind) =>
          kind === 'decide' ? (
            <DecideForm c={c} onDone={dialog.close} />
          ) : (
            kind && <TextForm kind={kind} c={c} onDone={dialog.close} />
          )
        }
      </FormDialog>
    </Group>
  );
}

function PartyCard({ p, vendor }: { p: ConflictParty; vendor: boolean }) {
  return (
    <SectionCard title={vendor ? p.partnerName : 'Your side'} label={vendor ? `Party ${p.partnerName}` : 'Your side'}>
      <Stack gap="xs">
        {vendor && p.partnerId && (
          <Fact label="Partner">
            <Anchor component={Link} to={`/partners/${p.partnerId}`} size="sm">
              {p.partnerName}
            </Anchor>
          </Fact>
        )}
        <Fact label="Registration">
          {p.registration ? (
            <Anchor component={Link} to={`/deal-registrations/${p.registration.id}`} size="sm">
              {p.registration.number} · {p.registration.title}
            </Anchor>
          ) : (
            '—'
          )}
        </Fact>
        <Fact label="Statement">{p.statement || (p.partnerId ? 'None yet' : '—')}</Fact>
        {p.outcome && (
          <Fact label="Decision">
            <PartyOutcomeBadge outcome={p.outcome} />
          </Fact>
        )}
        {p.appealedAt && <Fact label={`Appealed ${formatDateTime(p.appealedAt)}`}>{p.appealStatement}</Fact>}
      </Stack>
    </SectionCard>
  );
}

function View({ c }: { c: ConflictCaseDetail }) {
  const vendor = isVendor(useCurrentUser());
  const mine = c.myParty;
  return (
    <>
      <PageHeader
        title={`${c.number} · ${c.customer.name}`}
        crumbs={[{ label: 'Conflicts', to: '/conflict-cases' }]}
        badges={<CaseBadges c={c} />}
        actions={<Actions c={c} />}
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="md">
            <SectionCard title="The case" label="The case">
              <Grid>
                <Grid.Col span={6}>
                  <Fact label="Customer">
                    {c.customer.name}
                    {c.customer.domain ? ` (${c.customer.domain})` : ''}
                  </Fact>
                </Grid.Col>
                <Grid.Col span={6}>
                  <Fact label="Escalation tier">
                    {c.tier} · {c.tierLabel}
                  </Fact>
                </Grid.Col>
                {c.status === 'open' && (
                  <Grid.Col span={6}>
                    <Fact label="Decision due">
                      <Text size="sm" c={c.overdue ? 'red' : undefined} fw={c.overdue ? 600 : undefined}>
                        {formatDateTime(c.dueAt)}
                        {c.overdue ? ' (overdue)' : ''}
                      </Text>
                    </Fact>
                  </Grid.Col>
                )}
                {vendor && (
                  <Grid.Col span={6}>
                    <Fact label="Owner">{c.owner?.name ?? '—'}</Fact>
                  </Grid.Col>
                )}
                {vendor && c.summary && (
                  <Grid.Col span={12}>
                    <Fact label="What happened">{c.summary}</Fact>
                  </Grid.Col>
                )}
              </Grid>
            </SectionCard>
            {c.decision && (
              <SectionCard title="Decision" label="Decision">
                <Stack gap="xs">
                  {vendor && c.decision.outcome && <Fact label="Outcome">{LABELS.decisionOutcome[c.decision.outcome]}</Fact>}
                  {!vendor && mine?.outcome && (
                    <Fact label="For you">
                      <PartyOutcomeBadge outcome={mine.outcome} />
                    </Fact>
                  )}
                  <Fact label="Reasons">{c.decision.reasons}</Fact>
                  {vendor && c.decision.internalNote && <Fact label="Internal note">{c.decision.internalNote}</Fact>}
                  <Fact label="Decided">
                    {formatDateTime(c.decision.decidedAt)}
                    {c.decision.decidedBy ? ` by ${c.decision.decidedBy.name}` : ''}
                  </Fact>
                  {c.status === 'decided' && c.decision.appealUntil && (
                    <Fact label="Appeals until">{formatDay(c.decision.appealUntil)}</Fact>
                  )}
                  {c.status === 'closed' && <Fact label="Recorded outcome">{c.outcomeNote || 'The decision stands.'}</Fact>}
                </Stack>
              </SectionCard>
            )}
            <SectionCard title="Timeline" label="Timeline">
              <Timeline bulletSize={14} lineWidth={2}>
                {c.timeline.map((e) => (
                  <Timeline.Item
                    key={e.id}
                    title={
                      <Group gap={6}>
                        <Text size="sm" fw={600}>
                          {e.kind.replace('_', ' ').replace(/^./, (x) => x.toUpperCase())}
                        </Text>
                        {vendor && e.partnerName && (
                          <Badge size="xs" variant="light">
                            {e.partnerName}
                          </Badge>
                        )}
                        {vendor && e.visibility === 'vendor' && (
                          <Badge size="xs" color="gray" variant="outline">
                            Internal
                          </Badge>
                        )}
                      </Group>
                    }
                  >
                    <Text size="sm">{e.body}</Text>
                    <Text size="xs" c="dimmed">
                      {formatDateTime(e.at)} · tier {e.tier}
                      {e.actorName ? ` · ${e.actorName}` : ''}
                    </Text>
                  </Timeline.Item>
                ))}
              </Timeline>
            </SectionCard>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="md">
            {c.parties.map((p) => (
              <PartyCard key={p.id} p={p} vendor={vendor} />
            ))}
            {!vendor && (
              <Text size="xs" c="dimmed">
                The vendor decides conflicts between parties. You see your own side only; other parties never see yours.
              </Text>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}

export function ConflictCasePage() {
  const { id = '' } = useParams();
  const found = useConflictCase(id);
  return (
    <QueryState query={found} notFound={<NotFoundState what="Conflict case" backTo="/conflict-cases" backLabel="Conflicts" />}>
      {(c) => <View c={c} />}
    </QueryState>
  );
}
