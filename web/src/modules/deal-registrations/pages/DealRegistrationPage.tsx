import { Alert, Anchor, Button, Grid, Group, List, Stack, Text, Textarea, TextInput, Tooltip } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { Labelled as Fact } from '../../../ui/Fact';
import { formatDate, formatDateTime, formatDay } from '../../../ui/format';
import { LABELS } from '../../../ui/labels';
import { MoneyText } from '../../../ui/money';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { NotFoundState, QueryState } from '../../../ui/States';
import { isVendor } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { CaseOfRegistration } from '../../conflict-cases/components/CaseOfRegistration';
import { ValuePropositionEditor } from '../../value/components/ValuePropositionEditor';
import { type DealRegistration, useDealRegistration, useDealStep, useUpdateDeal } from '../api';
import { DealBadges } from '../components/DealBadges';

type Dialog = 'reject' | 'lost' | 'won' | 'request' | 'extend';

const TITLES: Record<Dialog, string> = {
  reject: 'Reject the registration',
  lost: 'Record as lost',
  won: 'Record as won',
  request: 'Ask for an extension',
  extend: 'Extend the protection',
};

function StepForm({ kind, deal: d, onDone }: { kind: Dialog; deal: DealRegistration; onDone: () => void }) {
  const step = useDealStep();
  const [text, setText] = useState('');
  const [day, setDay] = useState(d.extensionRequestedUntil ?? '');
  const needsDay = kind === 'request' || kind === 'extend';
  const needsText = kind === 'reject' || kind === 'lost';
  const submit = () => {
    const done = { onSuccess: onDone };
    switch (kind) {
      case 'reject':
        return step.run({ id: d.id, step: 'reject', reason: text.trim() }, { success: 'Rejected', ...done });
      case 'lost':
        return step.run({ id: d.id, step: 'lost', reason: text.trim() }, { success: 'Recorded as lost', ...done });
      case 'won':
        return step.run({ id: d.id, step: 'won', note: text.trim() }, { success: 'Recorded as won', ...done });
      case 'request':
        return step.run(
          { id: d.id, step: 'extension-request', until: day, reason: text.trim() },
          { success: 'Extension requested', ...done },
        );
      case 'extend':
        return step.run({ id: d.id, step: 'extend', expiresOn: day }, { success: `Protected until ${formatDay(day)}`, ...done });
    }
  };
  return (
    <Stack>
      {needsDay && (
        <TextInput
          label={kind === 'extend' ? 'New last protected day' : 'Protect until'}
          type="date"
          required
          value={day}
          onChange={(e) => setDay(e.currentTarget.value)}
          description={d.expiresOn ? `Now protected until ${formatDay(d.expiresOn)}` : undefined}
          data-autofocus
        />
      )}
      {kind !== 'extend' && (
        <Textarea
          label={kind === 'won' ? 'Note' : 'Reason'}
          required={needsText}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          autosize
          minRows={2}
          data-autofocus={!needsDay}
        />
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button
          color={kind === 'reject' || kind === 'lost' ? 'red' : undefined}
          loading={step.isPending}
          disabled={(needsText && !text.trim()) || (needsDay && !day)}
          onClick={submit}
        >
          {TITLES[kind].replace(/^Record as /, 'Mark ').replace(/ the registration| the protection/, '')}
        </Button>
      </Group>
    </Stack>
  );
}

function Actions({ deal: d }: { deal: DealRegistration }) {
  const step = useDealStep();
  const dialog = useDialog<Dialog>();
  // An open conflict case (or one that told this partner to step back) stands in the way: the
  // server says why (its approver only), and the button says so instead of answering 409.
  const blocked = d.approvalBlockedBy;
  return (
    <Group gap="xs">
      {(d.can.approve || blocked) &&
        (blocked ? (
          <Tooltip label={blocked} withArrow multiline w={280}>
            <Button data-disabled aria-disabled="true" aria-describedby="approval-blocked" onClick={(e) => e.preventDefault()}>
              Approve
              <span id="approval-blocked" hidden>
                {blocked}
              </span>
            </Button>
          </Tooltip>
        ) : (
          <Button loading={step.isPending} onClick={() => step.run({ id: d.id, step: 'approve' }, { success: 'Approved' })}>
            Approve
          </Button>
        ))}
      {d.can.reject && (
        <Button variant="light" color="red" onClick={() => dialog.open('reject')}>
          Reject
        </Button>
      )}
      {d.can.extend && (
        <Button variant="default" onClick={() => dialog.open('extend')}>
          {d.extensionRequestedUntil ? 'Grant extension' : 'Extend'}
        </Button>
      )}
      {d.can.requestExtension && (
        <Button variant="default" onClick={() => dialog.open('request')}>
          Request extension
        </Button>
      )}
      {d.can.close && (
        <>
          <Button variant="light" color="green" onClick={() => dialog.open('won')}>
            Won
          </Button>
          <Button variant="light" color="gray" onClick={() => dialog.open('lost')}>
            Lost
          </Button>
        </>
      )}
      <FormDialog dialog={dialog} title={(kind) => (kind ? TITLES[kind] : '')}>
        {(kind) => kind && <StepForm kind={kind} deal={d} onDone={dialog.close} />}
      </FormDialog>
    </Group>
  );
}

function ConflictCard({ deal: d, vendor }: { deal: DealRegistration; vendor: boolean }) {
  if (!d.conflict.flagged) return null;
  return (
    <Alert
      color="grape"
      icon={<IconAlertTriangle size={18} />}
      title="Possible channel conflict"
      aria-label="Possible channel conflict"
    >
      <List size="sm" spacing={4}>
        {d.conflict.reasons.map((r) => (
          <List.Item key={`${r.rule}-${r.registration?.id ?? r.since}`}>
            {vendor && r.registration ? (
              <>
                <Anchor component={Link} to={`/deal-registrations/${r.registration.id}`} fw={600}>
                  {r.registration.number}
                </Anchor>{' '}
                by{' '}
                <Anchor component={Link} to={`/partners/${r.registration.partnerId}`}>
                  {r.registration.partnerName}
                </Anchor>
                , registered {formatDate(r.since)}: same {r.rule === 'domain' ? 'customer domain' : 'company name'} ({r.value})
              </>
            ) : (
              r.message
            )}
          </List.Item>
        ))}
      </List>
      <Text size="xs" c="dimmed" mt="xs">
        {vendor
          ? 'The earlier registration keeps its submission time. Decide which partner the deal belongs to before approving.'
          : 'The vendor decides; your registration keeps its own submission time.'}
      </Text>
    </Alert>
  );
}

function JvpOf({ deal: d }: { deal: DealRegistration }) {
  const update = useUpdateDeal(d.id);
  return (
    <ValuePropositionEditor proposition={d.valueProposition} partnerIds={[d.partnerId]} canEdit={d.can.edit} mutation={update} />
  );
}

function View({ deal: d }: { deal: DealRegistration }) {
  const user = useCurrentUser();
  const vendor = isVendor(user);
  return (
    <>
      <PageHeader
        title={`${d.number} · ${d.title}`}
        crumbs={[{ label: 'Deal registrations', to: '/deal-registrations' }]}
        badges={<DealBadges deal={d} />}
        actions={<Actions deal={d} />}
      />
      <Stack gap="md">
        <ConflictCard deal={d} vendor={vendor} />
        <CaseOfRegistration registrationId={d.id} approvalBlockedBy={d.approvalBlockedBy} />
        <Grid gap="md">
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <SectionCard title="The deal" label="The deal">
              <Grid>
                <Grid.Col span={6}>
                  <Fact label="Customer">
                    {d.customer.name}
                    {d.customer.domain ? ` (${d.customer.domain})` : ''}
                  </Fact>
                </Grid.Col>
                <Grid.Col span={6}>
                  <Fact label="Customer segment">
                    {[
                      d.customer.country,
                      d.customer.region
                        ? (LABELS.region[d.customer.region as keyof typeof LABELS.region] ?? d.customer.region)
                        : null,
                      d.customer.industry,
                      d.customer.size ? `${d.customer.size} employees` : null,
                    ]
                      .filter(Boolean)
                      .join(' · ') || '—'}
                  </Fact>
                </Grid.Col>
                <Grid.Col span={6}>
                  <Fact label="Partner">
                    {vendor ? (
                      <Anchor component={Link} to={`/partners/${d.partnerId}`} size="sm">
                        {d.partnerName}
                      </Anchor>
                    ) : (
                      d.partnerName
                    )}
                  </Fact>
                </Grid.Col>
                <Grid.Col span={6}>
                  <Fact label="Amount">
                    <MoneyText value={{ amount: d.amount, currency: d.currency }} />
                  </Fact>
                </Grid.Col>
                <Grid.Col span={6}>
                  <Fact label="Expected close">{formatDay(d.expectedCloseDate)}</Fact>
                </Grid.Col>
                <Grid.Col span={12}>
                  <Fact label="Products">{d.products.length ? d.products.join(', ') : '—'}</Fact>
                </Grid.Col>
                <Grid.Col span={12}>
                  <Fact label="Joint value proposition">
                    <JvpOf deal={d} />
                  </Fact>
                </Grid.Col>
                {d.notes && (
                  <Grid.Col span={12}>
                    <Fact label="Notes">{d.notes}</Fact>
                  </Grid.Col>
                )}
              </Grid>
            </SectionCard>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <SectionCard title="Approval and protection" label="Approval and protection">
              <Stack gap="xs">
                <Fact label="Submitted">
                  {formatDateTime(d.submittedAt)}
                  {d.submittedBy ? ` by ${d.submittedBy.name}` : ''}
                </Fact>
                {d.status === 'submitted' && (
                  <Fact label="Decision due">
                    <Text size="sm" c={d.approvalOverdue ? 'red' : undefined} fw={d.approvalOverdue ? 600 : undefined}>
                      {formatDateTime(d.approvalDueAt)}
                      {d.approvalOverdue ? ' (overdue)' : ''}
                    </Text>
                  </Fact>
                )}
                {d.decidedAt && (
                  <Fact label={d.status === 'rejected' ? 'Rejected' : 'Approved'}>
                    {formatDateTime(d.decidedAt)}
                    {d.decidedBy ? ` by ${d.decidedBy.name}` : ''}
                  </Fact>
                )}
                {d.rejectionReason && <Fact label="Reason">{d.rejectionReason}</Fact>}
                {d.expiresOn && (
                  <Fact label="Protected until">
                    {formatDay(d.expiresOn)}
                    {d.protectionDays !== null
                      ? ` (${d.protectionDays} days${d.extensionCount ? `, extended ${d.extensionCount}×` : ''})`
                      : ''}
                  </Fact>
                )}
                {d.extensionRequestedUntil && (
                  <Fact label="Extension requested">
                    to {formatDay(d.extensionRequestedUntil)}
                    {d.extensionReason ? `: ${d.extensionReason}` : ''}
                  </Fact>
                )}
                {d.closedAt && (
                  <Fact label={d.status === 'expired' ? 'Expired' : `Recorded ${d.status}`}>
                    {formatDateTime(d.closedAt)}
                    {d.closeReason ? `: ${d.closeReason}` : ''}
                  </Fact>
                )}
              </Stack>
            </SectionCard>
          </Grid.Col>
        </Grid>
      </Stack>
    </>
  );
}

export function DealRegistrationPage() {
  const { id = '' } = useParams();
  const deal = useDealRegistration(id);
  return (
    <QueryState
      query={deal}
      notFound={<NotFoundState what="Registration" backTo="/deal-registrations" backLabel="Deal registrations" />}
    >
      {(d) => <View deal={d} />}
    </QueryState>
  );
}
