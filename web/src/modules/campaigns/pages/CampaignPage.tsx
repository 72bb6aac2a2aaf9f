import { Anchor, Badge, Button, Grid, Group, Progress, SimpleGrid, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ConfirmDialog, FormDialog, useDialog } from '../../../ui/dialogs';
import { Form } from '../../../ui/Form';
import { useApiForm } from '../../../ui/forms';
import { formatAmount, MoneyText } from '../../../ui/money';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, NotFoundState, QueryState } from '../../../ui/States';
import { isPartnerSide } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { ValuePropositionLink } from '../../value/components/ValuePropositionLink';
import {
  type CampaignDetail,
  OWNER_LABELS,
  STATUS_COLORS,
  STATUS_LABELS,
  TYPE_LABELS,
  useCampaign,
  useCreditCampaign,
  useDecideCampaign,
  useMoveCampaign,
  useWithdrawCampaign,
} from '../api';
import { CampaignForm } from '../components/CampaignForm';

function Figure({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600}>{children}</Text>
    </Stack>
  );
}

function CreditForm({ campaign, onDone }: { campaign: CampaignDetail; onDone: () => void }) {
  const credit = useCreditCampaign(campaign.id);
  const [mode, setMode] = useState<'lead' | 'opportunity'>('lead');
  const form = useApiForm({
    initialValues: { company: '', domain: '', contactName: '', contactEmail: '', opportunityId: '' },
    mutation: credit,
    toVariables: (v) =>
      mode === 'lead'
        ? {
            lead: {
              company: v.company.trim(),
              ...(v.domain.trim() ? { domain: v.domain.trim() } : {}),
              ...(v.contactName.trim() || v.contactEmail.trim()
                ? { contact: { name: v.contactName.trim(), ...(v.contactEmail.trim() ? { email: v.contactEmail.trim() } : {}) } }
                : {}),
            },
          }
        : { opportunityId: v.opportunityId.trim() },
    success: () => (mode === 'lead' ? `Lead created for ${campaign.partnerName}` : 'Opportunity credited'),
    onSuccess: onDone,
  });
  return (
    <Form form={form} submitLabel={mode === 'lead' ? 'Create lead' : 'Credit opportunity'} onCancel={onDone}>
      <Group>
        <Button variant={mode === 'lead' ? 'filled' : 'default'} size="xs" onClick={() => setMode('lead')}>
          A new lead
        </Button>
        <Button variant={mode === 'opportunity' ? 'filled' : 'default'} size="xs" onClick={() => setMode('opportunity')}>
          An existing opportunity
        </Button>
      </Group>
      {mode === 'lead' ? (
        <>
          <TextInput
            label="Company"
            required
            {...form.getInputProps('company')}
            error={form.errors.company ?? form.errors['lead.company']}
          />
          <TextInput label="Web domain" {...form.getInputProps('domain')} error={form.errors['lead.domain']} />
          <SimpleGrid cols={2}>
            <TextInput label="Contact" {...form.getInputProps('contactName')} />
            <TextInput label="Contact e-mail" {...form.getInputProps('contactEmail')} error={form.errors['lead.contact.email']} />
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            The lead is assigned to {campaign.partnerName}, who accepts it in the portal.
          </Text>
        </>
      ) : (
        <TextInput label="Opportunity id" required {...form.getInputProps('opportunityId')} />
      )}
    </Form>
  );
}

function Decide({ campaign }: { campaign: CampaignDetail }) {
  const decide = useDecideCampaign(campaign.id);
  const dialog = useDialog<'decline'>();
  return (
    <>
      <Button
        onClick={() => decide.run({ approve: true }, { success: () => 'Campaign approved: it is on the calendar' })}
        loading={decide.isPending}
      >
        Approve
      </Button>
      <Button variant="default" color="red" onClick={() => dialog.open('decline')}>
        Decline
      </Button>
      <FormDialog dialog={dialog} title="Decline the proposal">
        {() => <DeclineForm id={campaign.id} onDone={dialog.close} />}
      </FormDialog>
    </>
  );
}

function DeclineForm({ id, onDone }: { id: string; onDone: () => void }) {
  const decide = useDecideCampaign(id);
  const form = useApiForm({
    initialValues: { note: '' },
    mutation: decide,
    toVariables: (v) => ({ approve: false, note: v.note.trim() }),
    success: () => 'Proposal declined',
    onSuccess: onDone,
  });
  return (
    <Form form={form} submitLabel="Decline" onCancel={onDone}>
      <Textarea label="Why (the partner reads this)" autosize {...form.getInputProps('note')} />
    </Form>
  );
}

function CampaignView({ c }: { c: CampaignDetail }) {
  const user = useCurrentUser();
  const portal = isPartnerSide(user);
  const edit = useDialog();
  const creditDialog = useDialog();
  const move = useMoveCampaign(c.id);
  const withdraw = useWithdrawCampaign(c.id);
  const confirm = useDialog<'withdraw'>();
  const r = c.results;
  const leadGoal = c.goalLeads ? Math.min(100, Math.round((r.leads * 100) / c.goalLeads)) : null;
  return (
    <>
      <PageHeader
        title={c.name}
        crumbs={[{ label: 'Campaigns', to: '/campaigns' }]}
        badges={
          <Group gap="xs">
            <Badge variant="light" color={STATUS_COLORS[c.status]}>
              {STATUS_LABELS[c.status]}
            </Badge>
            <Badge variant="outline">{TYPE_LABELS[c.type]}</Badge>
          </Group>
        }
        actions={
          <Group gap="xs">
            {c.can.approve && <Decide campaign={c} />}
            {c.can.move && !portal && c.status === 'planned' && (
              <Button onClick={() => move.run({ status: 'active' }, { success: () => 'Campaign started' })}>Start</Button>
            )}
            {c.can.move && !portal && c.status === 'active' && (
              <Button onClick={() => move.run({ status: 'completed' }, { success: () => 'Campaign completed' })}>Complete</Button>
            )}
            {c.can.edit && (
              <Button variant="default" onClick={() => edit.open(null)}>
                Edit
              </Button>
            )}
            {c.can.move && c.status === 'proposed' && (
              <Button variant="subtle" color="red" onClick={() => confirm.open('withdraw')}>
                Withdraw
              </Button>
            )}
            {c.can.move && !portal && (c.status === 'planned' || c.status === 'active') && (
              <Button
                variant="subtle"
                color="red"
                onClick={() => move.run({ status: 'cancelled' }, { success: () => 'Campaign cancelled' })}
              >
                Cancel campaign
              </Button>
            )}
          </Group>
        }
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            <SectionCard title="Plan">
              <SimpleGrid cols={{ base: 2, sm: 3 }} mb="md">
                {!portal && (
                  <Figure label="Partner">
                    <Anchor component={Link} to={`/partners/${c.partnerId}`}>
                      {c.partnerName}
                    </Anchor>
                  </Figure>
                )}
                <Figure label="Run by">{OWNER_LABELS[c.ownerSide]}</Figure>
                <Figure label="Dates">
                  {c.startsOn} – {c.endsOn}
                </Figure>
                <Figure label="Joint value proposition">
                  <ValuePropositionLink proposition={c.valueProposition} />
                </Figure>
              </SimpleGrid>
              {c.description && (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {c.description}
                </Text>
              )}
              {c.decisionNote && (
                <Text size="sm" c="dimmed" mt="sm">
                  Vendor’s note: {c.decisionNote}
                </Text>
              )}
            </SectionCard>
            <SectionCard title="Budget split" label="Budget split">
              <SimpleGrid cols={3}>
                <Figure label="Total">{formatAmount(c.budget)}</Figure>
                <Figure label="Vendor funds">{formatAmount(c.vendorShare)}</Figure>
                <Figure label="Partner funds">{formatAmount(c.partnerShare)}</Figure>
              </SimpleGrid>
              {c.budget.amount > 0 && (
                <Progress.Root size="lg" mt="md">
                  <Progress.Section value={(c.vendorShare.amount * 100) / c.budget.amount} color="blue">
                    <Progress.Label>Vendor</Progress.Label>
                  </Progress.Section>
                  <Progress.Section value={(c.partnerShare.amount * 100) / c.budget.amount} color="teal">
                    <Progress.Label>Partner</Progress.Label>
                  </Progress.Section>
                </Progress.Root>
              )}
            </SectionCard>
            <SectionCard
              title="What it generated"
              description="Leads created from or credited to the campaign, and the opportunities they became."
              action={
                c.can.credit && (
                  <Button size="xs" variant="light" onClick={() => creditDialog.open(null)}>
                    Record a lead or opportunity
                  </Button>
                )
              }
            >
              {c.leads.length === 0 && c.opportunities.length === 0 ? (
                <Empty title="Nothing recorded yet" />
              ) : (
                <Table aria-label="Generated">
                  <Table.Tbody>
                    {c.leads.map((l) => (
                      <Table.Tr key={l.id}>
                        <Table.Td>
                          <Anchor component={Link} to={`/leads/${l.id}`}>
                            {l.number}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>{l.company}</Table.Td>
                        <Table.Td>Lead · {l.status}</Table.Td>
                        <Table.Td />
                      </Table.Tr>
                    ))}
                    {c.opportunities.map((o) => (
                      <Table.Tr key={o.id}>
                        <Table.Td>
                          <Anchor component={Link} to={`/opportunities/${o.id}`}>
                            {o.number}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>{o.title}</Table.Td>
                        <Table.Td>Opportunity · {o.stage.replace('_', ' ')}</Table.Td>
                        <Table.Td>
                          <MoneyText value={o.amount} />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </SectionCard>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <SectionCard title="Results" label="Results" description={`In ${r.reportingCurrency}, converted at ${r.asOf}.`}>
            <SimpleGrid cols={2} verticalSpacing="md">
              <Figure label="Leads">
                {r.leads}
                {c.goalLeads !== null ? ` of ${c.goalLeads}` : ''}
              </Figure>
              <Figure label="Converted">{r.convertedLeads}</Figure>
              <Figure label="Pipeline">{r.pipeline ? formatAmount(r.pipeline) : 'no rate'}</Figure>
              <Figure label="Won revenue">{r.won ? formatAmount(r.won) : 'no rate'}</Figure>
              <Figure label="Cost per lead">{r.costPerLead ? formatAmount(r.costPerLead) : '—'}</Figure>
              <Figure label="ROI">{r.roiPercent === null ? '—' : `${r.roiPercent} %`}</Figure>
            </SimpleGrid>
            {leadGoal !== null && <Progress value={leadGoal} mt="md" aria-label="Lead goal" />}
          </SectionCard>
        </Grid.Col>
      </Grid>
      <FormDialog dialog={edit} title="Edit campaign" size="lg">
        {() => <CampaignForm partnerId={c.partnerId} campaign={c} onDone={edit.close} />}
      </FormDialog>
      <FormDialog dialog={creditDialog} title="Record what the campaign generated">
        {() => <CreditForm campaign={c} onDone={creditDialog.close} />}
      </FormDialog>
      <ConfirmDialog
        dialog={confirm}
        title={() => 'Withdraw the proposal?'}
        confirmLabel="Withdraw"
        mutation={withdraw}
        variables={() => undefined as never}
        success={() => 'Proposal withdrawn'}
      >
        {() => <Text size="sm">It stays on record as cancelled.</Text>}
      </ConfirmDialog>
    </>
  );
}

export function CampaignPage() {
  const { id = '' } = useParams();
  const campaign = useCampaign(id);
  return (
    <QueryState query={campaign} notFound={<NotFoundState what="Campaign" />}>
      {(c) => <CampaignView c={c} />}
    </QueryState>
  );
}
