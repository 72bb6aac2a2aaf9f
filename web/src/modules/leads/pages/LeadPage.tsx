import { Anchor, Badge, Button, Grid, Group, List, Stack, Text, Textarea, TextInput, Timeline } from '@mantine/core';
import { IconBulb, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { Labelled as Fact } from '../../../ui/Fact';
import { Form } from '../../../ui/Form';
import { formatDateTime } from '../../../ui/format';
import { useApiForm } from '../../../ui/forms';
import { COLORS, LABELS } from '../../../ui/labels';
import { type Money, MoneyInput } from '../../../ui/money';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { NotFoundState, QueryState } from '../../../ui/States';
import { isVendor } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { PartnerSelect } from '../../partners/components/PartnerSelect';
import { type LeadDetail, useConvertLead, useLead, useLeadStep, useUpdateLead } from '../api';
import { LeadStatusBadge } from '../components/LeadColumns';
import { LEAD_FIELD_ALIASES, LeadFields, leadBodyOf, leadValuesOf } from '../components/LeadFields';

type Dialog = 'decline' | 'disqualify' | 'assign' | 'convert' | 'edit';
const TITLES: Record<Dialog, string> = {
  edit: 'Edit the lead',
  convert: 'Convert into an opportunity',
  decline: 'Decline the lead',
  disqualify: 'Disqualify the lead',
  assign: 'Assign to a partner',
};
const OUTCOMES: Record<string, { label: string; color: string }> = {
  pending: { label: 'Awaiting acceptance', color: 'yellow' },
  accepted: { label: 'Accepted', color: 'teal' },
  declined: { label: 'Declined', color: 'orange' },
  expired: { label: 'Not accepted in time', color: 'red' },
  withdrawn: { label: 'Withdrawn', color: 'gray' },
};

type ConvertValues = { title: string; amount: Money | null; closeDate: string };

/** Convert with the estimate (all optional): what the opportunity starts from. */
function ConvertForm({ lead, onDone }: { lead: LeadDetail; onDone: () => void }) {
  const convert = useConvertLead();
  const form = useApiForm({
    initialValues: { title: '', amount: null, closeDate: '' } as ConvertValues,
    mutation: convert,
    toVariables: (v) => ({
      id: lead.id,
      ...(v.title.trim() ? { title: v.title.trim() } : {}),
      ...(v.amount ? { amount: v.amount.amount, currency: v.amount.currency } : {}),
      ...(v.closeDate ? { closeDate: v.closeDate } : {}),
    }),
    success: () => 'Converted into an opportunity',
    onSuccess: onDone,
  });
  return (
    <Form form={form} submitLabel="Convert" onCancel={onDone}>
      <Text size="sm" c="dimmed">
        The vendor opens an opportunity for {lead.company} from this estimate; leave it empty to estimate later.
      </Text>
      <TextInput
        label="Opportunity title"
        placeholder={`${lead.company}${lead.products.length ? ` — ${lead.products.join(', ')}` : ''}`}
        data-autofocus
        {...form.getInputProps('title')}
      />
      <MoneyInput
        label="Expected amount"
        value={form.values.amount}
        onChange={(value) => form.setFieldValue('amount', value)}
        error={form.errors.amount ?? form.errors.currency}
      />
      <TextInput label="Expected close date" type="date" {...form.getInputProps('closeDate')} />
    </Form>
  );
}

/** Corrects the lead's fields; server errors land under the inputs. */
function EditLeadForm({ lead, onDone }: { lead: LeadDetail; onDone: () => void }) {
  const update = useUpdateLead(lead.id);
  const form = useApiForm({
    initialValues: leadValuesOf(lead),
    mutation: update,
    toVariables: leadBodyOf,
    aliases: LEAD_FIELD_ALIASES,
    success: () => 'Lead saved',
    onSuccess: onDone,
  });
  return (
    <Form form={form} submitLabel="Save" onCancel={onDone}>
      {lead.partner && (
        <Text size="sm" c="dimmed">
          The lead stays with {lead.partner.name}; route it again if where the customer is has changed.
        </Text>
      )}
      <LeadFields form={form} />
    </Form>
  );
}

function StepForm({ kind, lead, onDone }: { kind: 'decline' | 'disqualify' | 'assign'; lead: LeadDetail; onDone: () => void }) {
  const step = useLeadStep();
  const [text, setText] = useState('');
  const [partnerId, setPartnerId] = useState<string | null>(null);
  const done = { onSuccess: onDone };
  const submit = () => {
    if (kind === 'assign')
      return (
        partnerId && step.run({ id: lead.id, step: 'assign', partnerId, reason: text.trim() }, { success: 'Assigned', ...done })
      );
    return step.run(
      { id: lead.id, step: kind, reason: text.trim() },
      { success: kind === 'decline' ? 'Declined' : 'Disqualified', ...done },
    );
  };
  return (
    <Stack>
      {kind === 'assign' && <PartnerSelect value={partnerId} onChange={setPartnerId} required />}
      {kind === 'assign' ? (
        <TextInput label="Why this partner" value={text} onChange={(e) => setText(e.currentTarget.value)} />
      ) : (
        <Textarea
          label="Reason"
          required
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          autosize
          minRows={2}
          data-autofocus
        />
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button
          color={kind === 'assign' ? undefined : 'red'}
          loading={step.isPending}
          disabled={kind === 'assign' ? !partnerId : !text.trim()}
          onClick={submit}
        >
          {kind === 'assign' ? 'Assign' : kind === 'decline' ? 'Decline' : 'Disqualify'}
        </Button>
      </Group>
    </Stack>
  );
}

function Actions({ lead: l }: { lead: LeadDetail }) {
  const step = useLeadStep();
  const dialog = useDialog<Dialog>();
  return (
    <Group gap="xs">
      {l.can.accept && (
        <Button loading={step.isPending} onClick={() => step.run({ id: l.id, step: 'accept' }, { success: 'Accepted' })}>
          Accept
        </Button>
      )}
      {l.can.decline && (
        <Button variant="light" color="red" onClick={() => dialog.open('decline')}>
          Decline
        </Button>
      )}
      {l.can.convert && (
        <Button color="green" onClick={() => dialog.open('convert')}>
          Convert
        </Button>
      )}
      {l.can.assign && (
        <>
          <Button
            variant="default"
            loading={step.isPending}
            onClick={() => step.run({ id: l.id, step: 'route' }, { success: 'Routed' })}
          >
            Route again
          </Button>
          <Button variant="default" onClick={() => dialog.open('assign')}>
            {l.partner ? 'Reassign' : 'Assign'}
          </Button>
        </>
      )}
      {l.can.edit && (
        <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => dialog.open('edit')}>
          Edit
        </Button>
      )}
      {l.can.disqualify && (
        <Button variant="subtle" color="gray" onClick={() => dialog.open('disqualify')}>
          Disqualify
        </Button>
      )}
      <FormDialog dialog={dialog} title={(kind) => (kind ? TITLES[kind] : '')} size={dialog.target === 'edit' ? 'lg' : undefined}>
        {(kind) =>
          kind === 'convert' ? (
            <ConvertForm lead={l} onDone={dialog.close} />
          ) : kind === 'edit' ? (
            <EditLeadForm lead={l} onDone={dialog.close} />
          ) : (
            kind && <StepForm kind={kind} lead={l} onDone={dialog.close} />
          )
        }
      </FormDialog>
    </Group>
  );
}

function WhyCard({ lead: l, vendor }: { lead: LeadDetail; vendor: boolean }) {
  if (!l.why) return null;
  return (
    <SectionCard title={l.partner ? 'Why this partner' : 'Why it is not routed'} label="Why this partner">
      <Stack gap="xs">
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <IconBulb size={18} />
          <Text size="sm">{l.why.summary}</Text>
        </Group>
        {vendor && l.why.details.length > 0 && (
          <List size="xs" c="dimmed" spacing={2}>
            {l.why.details.map((d) => (
              <List.Item key={d}>{d}</List.Item>
            ))}
          </List>
        )}
      </Stack>
    </SectionCard>
  );
}

function View({ lead: l }: { lead: LeadDetail }) {
  const vendor = isVendor(useCurrentUser());
  return (
    <>
      <PageHeader
        title={`${l.number} · ${l.company}`}
        crumbs={[{ label: 'Leads', to: '/leads' }]}
        badges={<LeadStatusBadge lead={l} />}
        actions={<Actions lead={l} />}
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="md">
            <WhyCard lead={l} vendor={vendor} />
            <SectionCard title="The lead" label="The lead">
              <Grid>
                <Grid.Col span={6}>
                  <Fact label="Company">
                    {l.company}
                    {l.domain ? ` (${l.domain})` : ''}
                  </Fact>
                </Grid.Col>
                <Grid.Col span={6}>
                  <Fact label="Contact">
                    {[l.contact.name, l.contact.email, l.contact.phone].filter(Boolean).join(' · ') || '—'}
                  </Fact>
                </Grid.Col>
                <Grid.Col span={6}>
                  <Fact label="Where">
                    {[l.country, l.region ? LABELS.region[l.region as keyof typeof LABELS.region] : null]
                      .filter(Boolean)
                      .join(' · ') || '—'}
                  </Fact>
                </Grid.Col>
                <Grid.Col span={6}>
                  <Fact label="Industry and size">{[l.industry, l.size].filter(Boolean).join(' · ') || '—'}</Fact>
                </Grid.Col>
                <Grid.Col span={6}>
                  <Fact label="Products of interest">{l.products.length ? l.products.join(', ') : '—'}</Fact>
                </Grid.Col>
                <Grid.Col span={6}>
                  <Fact label="Source">
                    {LABELS.leadQualification[l.qualification]}
                    {l.source ? ` · ${l.source}` : ''}
                  </Fact>
                </Grid.Col>
                {l.motion && (
                  <Grid.Col span={6}>
                    <Fact label="Coverage">
                      <Badge color={COLORS.coverageMotion[l.motion]}>{LABELS.coverageMotion[l.motion]}</Badge>
                    </Fact>
                  </Grid.Col>
                )}
                {l.notes && (
                  <Grid.Col span={12}>
                    <Fact label="Notes">{l.notes}</Fact>
                  </Grid.Col>
                )}
              </Grid>
            </SectionCard>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="md">
            <SectionCard title="Assignment" label="Assignment">
              <Stack gap="xs">
                <Fact label="Partner">
                  {l.partner ? (
                    vendor ? (
                      <Anchor component={Link} to={`/partners/${l.partner.id}`} size="sm">
                        {l.partner.name}
                      </Anchor>
                    ) : (
                      l.partner.name
                    )
                  ) : (
                    '—'
                  )}
                </Fact>
                {l.rule && <Fact label="Routing rule">{l.rule.name}</Fact>}
                {l.status === 'assigned' && l.acceptDueAt && (
                  <Fact label="Accept by">
                    <Text size="sm" c={l.acceptOverdue ? 'red' : undefined}>
                      {formatDateTime(l.acceptDueAt)}
                      {l.acceptOverdue ? ' (overdue)' : ''}
                    </Text>
                  </Fact>
                )}
                {l.acceptedAt && <Fact label="Accepted">{formatDateTime(l.acceptedAt)}</Fact>}
                {l.declineReason && <Fact label="Declined because">{l.declineReason}</Fact>}
                {l.convertedAt && (
                  <Fact label="Converted">
                    {formatDateTime(l.convertedAt)}
                    {l.opportunityId ? (
                      <>
                        {' · '}
                        <Anchor component={Link} to={`/opportunities/${l.opportunityId}`} size="sm">
                          the opportunity
                        </Anchor>
                      </>
                    ) : (
                      ' (its opportunity is being created)'
                    )}
                  </Fact>
                )}
                {l.disqualifiedReason && <Fact label="Disqualified because">{l.disqualifiedReason}</Fact>}
              </Stack>
            </SectionCard>
            <SectionCard title="History" label="Assignment history">
              {l.assignments.length === 0 ? (
                <Text size="sm" c="dimmed">
                  Not offered to a partner yet.
                </Text>
              ) : (
                <Timeline bulletSize={14} lineWidth={2}>
                  {l.assignments.map((a) => (
                    <Timeline.Item key={a.id} title={a.partner?.name ?? 'Partner'}>
                      <Text size="xs" c="dimmed">
                        {formatDateTime(a.assignedAt)} · {a.ruleName ? `rule “${a.ruleName}”` : 'by hand'}
                      </Text>
                      <Badge size="xs" color={OUTCOMES[a.outcome]?.color}>
                        {OUTCOMES[a.outcome]?.label ?? a.outcome}
                      </Badge>
                      {a.outcomeReason && (
                        <Text size="xs" mt={2}>
                          {a.outcomeReason}
                        </Text>
                      )}
                    </Timeline.Item>
                  ))}
                </Timeline>
              )}
            </SectionCard>
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}

export function LeadPage() {
  const { id = '' } = useParams();
  const lead = useLead(id);
  return (
    <QueryState query={lead} notFound={<NotFoundState what="Lead" backTo="/leads" backLabel="Leads" />}>
      {(l) => <View lead={l} />}
    </QueryState>
  );
}
