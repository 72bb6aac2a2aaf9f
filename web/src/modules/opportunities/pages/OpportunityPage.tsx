import { Anchor, Badge, Button, Checkbox, Grid, Group, Select, Stack, Text, Textarea, TextInput, Timeline } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ModuleCards } from '../../../app/ModuleCards';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { Labelled as Fact } from '../../../ui/Fact';
import { formatDate, formatDateTime, formatDay } from '../../../ui/format';
import { LABELS, optionsOf } from '../../../ui/labels';
import { MoneyText } from '../../../ui/money';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { NotFoundState, QueryState } from '../../../ui/States';
import { isVendor } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { PartnerSelect } from '../../partners/components/PartnerSelect';
import { ValuePropositionEditor } from '../../value/components/ValuePropositionEditor';
import {
  type InvolvementRole,
  type OpportunityDetail,
  type OpportunityStage,
  useAddTouch,
  useInviteCoSell,
  useOpportunity,
  useUpdateOpportunity,
} from '../api';
import { StageBadge } from '../components/OpportunityColumns';

const SHARED = { amount: 'Amount', closeDate: 'Close date', stage: 'Stage', products: 'Products', owner: 'Owner' } as const;
type Shared = keyof typeof SHARED;

function nowLocal(): string {
  const d = new Date();
  d.setMinutes(d.getMinutes() - d.getTimezoneOffset());
  return d.toISOString().slice(0, 16);
}

/** Record a partner's touch: the partner, its role, when, what happened. */
function TouchForm({ o, onDone, invite }: { o: OpportunityDetail; onDone: () => void; invite: boolean }) {
  const touch = useAddTouch(o.id);
  const inviteCoSell = useInviteCoSell(o.id);
  const [partnerId, setPartnerId] = useState<string | null>(null);
  const [role, setRole] = useState<InvolvementRole>('co_sell');
  const [when, setWhen] = useState(nowLocal());
  const [note, setNote] = useState('');
  const pending = touch.isPending || inviteCoSell.isPending;
  const submit = () => {
    if (!partnerId) return;
    if (invite) {
      inviteCoSell.run({ partnerId, role, note: note.trim() }, { success: 'Invitation sent', onSuccess: onDone });
    } else {
      touch.run(
        { partnerId, role, occurredAt: new Date(when).toISOString(), note: note.trim() },
        { success: 'Touch recorded', onSuccess: onDone },
      );
    }
  };
  return (
    <Stack>
      <PartnerSelect value={partnerId} onChange={setPartnerId} required />
      <Select
        label="Role"
        required
        data={optionsOf(LABELS.involvementRole)}
        value={role}
        onChange={(v) => v && setRole(v as InvolvementRole)}
        allowDeselect={false}
      />
      {!invite && (
        <TextInput label="When" type="datetime-local" required value={when} onChange={(e) => setWhen(e.currentTarget.value)} />
      )}
      <Textarea
        label={invite ? 'Message to the partner' : 'Note'}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        autosize
        minRows={2}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button disabled={!partnerId} loading={pending} onClick={submit}>
          {invite ? 'Send invitation' : 'Record touch'}
        </Button>
      </Group>
    </Stack>
  );
}

function StageControl({ o }: { o: OpportunityDetail }) {
  const update = useUpdateOpportunity(o.id);
  if (!o.can.edit || !o.stage) return null;
  return (
    <Select
      aria-label="Move to stage"
      size="sm"
      w={180}
      data={optionsOf(LABELS.opportunityStage)}
      value={o.stage}
      allowDeselect={false}
      onChange={(v) =>
        v &&
        v !== o.stage &&
        update.run({ stage: v as OpportunityStage }, { success: `Moved to ${LABELS.opportunityStage[v as OpportunityStage]}` })
      }
    />
  );
}

function SharingCard({ o }: { o: OpportunityDetail }) {
  const update = useUpdateOpportunity(o.id);
  const set = (field: Shared, on: boolean) => {
    const next = on ? [...o.sharedFields, field] : o.sharedFields.filter((f) => f !== field);
    update.run({ sharedFields: next }, { success: 'Sharing updated' });
  };
  return (
    <SectionCard
      title="Shared with partners"
      label="Shared with partners"
      description="Involved partners always see the title and the customer."
    >
      <Stack gap={6}>
        {(Object.keys(SHARED) as Shared[]).map((f) => (
          <Checkbox
            key={f}
            label={SHARED[f]}
            checked={o.sharedFields.includes(f)}
            disabled={!o.can.edit || update.isPending}
            onChange={(e) => set(f, e.currentTarget.checked)}
          />
        ))}
      </Stack>
    </SectionCard>
  );
}

/** The JVP it is sold with: one of an involved partner's (the vendor's managers change it). */
function JvpOf({ o }: { o: OpportunityDetail }) {
  const update = useUpdateOpportunity(o.id);
  return (
    <ValuePropositionEditor
      proposition={o.valueProposition}
      partnerIds={o.partners.map((p) => p.partnerId)}
      canEdit={o.can.edit && o.partners.length > 0}
      mutation={update}
    />
  );
}

function View({ o }: { o: OpportunityDetail }) {
  const user = useCurrentUser();
  const vendor = isVendor(user);
  const dialog = useDialog<'touch' | 'invite'>();
  return (
    <>
      <PageHeader
        title={`${o.number} · ${o.title}`}
        crumbs={[{ label: vendor ? 'Pipeline' : 'Shared opportunities', to: '/opportunities' }]}
        badges={<StageBadge stage={o.stage} />}
        actions={
          <Group gap="xs">
            <StageControl o={o} />
            {o.can.addTouch && <Button onClick={() => dialog.open('touch')}>Add partner touch</Button>}
            {o.can.inviteCoSell && (
              <Button variant="default" onClick={() => dialog.open('invite')}>
                Invite a partner
              </Button>
            )}
          </Group>
        }
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="md">
            <SectionCard title="The opportunity" label="The opportunity">
              <Grid>
                <Grid.Col span={6}>
                  <Fact label="Customer">
                    {vendor ? (
                      <Anchor component={Link} to={`/accounts/${o.account.id}`} size="sm">
                        {o.account.name}
                      </Anchor>
                    ) : (
                      o.account.name
                    )}
                    {o.account.domain ? ` (${o.account.domain})` : ''}
                  </Fact>
                </Grid.Col>
                <Grid.Col span={6}>
                  <Fact label="Amount">
                    {o.amount !== null && o.currency ? (
                      <MoneyText value={{ amount: o.amount, currency: o.currency }} />
                    ) : (
                      'Not shared'
                    )}
                  </Fact>
                </Grid.Col>
                <Grid.Col span={6}>
                  <Fact label="Close date">{o.closeDate ? formatDay(o.closeDate) : 'Not shared'}</Fact>
                </Grid.Col>
                <Grid.Col span={6}>
                  <Fact label="Owner">{o.owner ? o.owner.name : '—'}</Fact>
                </Grid.Col>
                <Grid.Col span={12}>
                  <Fact label="Products">{o.products.length ? o.products.join(', ') : '—'}</Fact>
                </Grid.Col>
                <Grid.Col span={12}>
                  <Fact label="Joint value proposition">
                    <JvpOf o={o} />
                  </Fact>
                </Grid.Col>
                {vendor && (
                  <Grid.Col span={12}>
                    <Fact label="Source">
                      {o.source.kind === 'deal_registration' && o.source.id ? (
                        <Anchor component={Link} to={`/deal-registrations/${o.source.id}`} size="sm">
                          Deal registration
                        </Anchor>
                      ) : o.source.kind === 'lead' ? (
                        'Lead'
                      ) : (
                        'Direct'
                      )}
                    </Fact>
                  </Grid.Col>
                )}
                {o.lostReason && (
                  <Grid.Col span={12}>
                    <Fact label="Lost reason">{o.lostReason}</Fact>
                  </Grid.Col>
                )}
              </Grid>
            </SectionCard>
            <SectionCard title="Partner touches" label="Partner touches">
              {o.touches.length === 0 ? (
                <Text size="sm" c="dimmed">
                  No partner touches recorded yet.
                </Text>
              ) : (
                <Timeline bulletSize={14} lineWidth={2}>
                  {o.touches.map((t) => (
                    <Timeline.Item key={t.id} title={`${t.partnerName} · ${LABELS.involvementRole[t.role]}`}>
                      <Text size="xs" c="dimmed">
                        {formatDateTime(t.occurredAt)}
                        {t.createdBy ? ` · recorded by ${t.createdBy.name}` : ''}
                      </Text>
                      {t.note && <Text size="sm">{t.note}</Text>}
                    </Timeline.Item>
                  ))}
                </Timeline>
              )}
            </SectionCard>
            <ModuleCards slot="opportunityCards" column="main" props={{ opportunity: o, user }} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="md">
            <SectionCard title={vendor ? 'Partners involved' : 'Your involvement'} label="Partners involved">
              {o.partners.length === 0 ? (
                <Text size="sm" c="dimmed">
                  Vendor-direct: no partner involved.
                </Text>
              ) : (
                <Stack gap="xs">
                  {o.partners.map((p) => (
                    <Group key={p.partnerId} justify="space-between" wrap="nowrap">
                      {vendor ? (
                        <Anchor component={Link} to={`/partners/${p.partnerId}`} size="sm">
                          {p.partnerName}
                        </Anchor>
                      ) : (
                        <Text size="sm">{p.partnerName}</Text>
                      )}
                      <Group gap={4}>
                        {p.roles.map((r) => (
                          <Badge key={r} variant="light" color={r === 'sourced' ? 'teal' : 'blue'}>
                            {LABELS.involvementRole[r]}
                          </Badge>
                        ))}
                      </Group>
                    </Group>
                  ))}
                </Stack>
              )}
            </SectionCard>
            {vendor && <SharingCard o={o} />}
            {vendor && o.stageHistory.length > 0 && (
              <SectionCard title="Stage history" label="Stage history">
                <Timeline bulletSize={12} lineWidth={2} active={o.stageHistory.length - 1}>
                  {o.stageHistory.map((h) => (
                    <Timeline.Item key={`${h.toStage}-${h.changedAt}`} title={LABELS.opportunityStage[h.toStage]}>
                      <Text size="xs" c="dimmed">
                        {formatDate(h.changedAt)}
                        {h.changedBy ? ` · ${h.changedBy.name}` : ''}
                      </Text>
                    </Timeline.Item>
                  ))}
                </Timeline>
              </SectionCard>
            )}
            <ModuleCards slot="opportunityCards" column="side" props={{ opportunity: o, user }} />
          </Stack>
        </Grid.Col>
      </Grid>
      <FormDialog dialog={dialog} title={(k) => (k === 'invite' ? 'Invite a partner to co-sell' : 'Add a partner touch')}>
        {(k) => k && <TouchForm o={o} invite={k === 'invite'} onDone={dialog.close} />}
      </FormDialog>
    </>
  );
}

export function OpportunityPage() {
  const { id = '' } = useParams();
  const opportunity = useOpportunity(id);
  return (
    <QueryState
      query={opportunity}
      notFound={<NotFoundState what="Opportunity" backTo="/opportunities" backLabel="Opportunities" />}
    >
      {(o) => <View o={o} />}
    </QueryState>
  );
}
