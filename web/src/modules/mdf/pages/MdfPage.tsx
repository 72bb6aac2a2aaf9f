import { Badge, Button, FileInput, Grid, NumberInput, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { DataTable } from '../../../ui/DataTable';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { FileDrop } from '../../../ui/FileDrop';
import { Form } from '../../../ui/Form';
import { formatDay } from '../../../ui/format';
import { useApiForm } from '../../../ui/forms';
import { COLORS, LABELS, optionsOf } from '../../../ui/labels';
import { formatAmount, type Money, MoneyInput, MoneyText } from '../../../ui/money';
import { notifySuccess } from '../../../ui/notify';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, QueryState } from '../../../ui/States';
import { isPartnerSide, mayApp } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { usePartnerSearch } from '../../partners/api';
import { useSettings } from '../../settings/api';
import {
  type ActivityType,
  type MdfAllocation,
  type MdfClaim,
  type MdfRequest,
  mdfKeys,
  PROOF_ACCEPT,
  uploadProof,
  useAllocate,
  useAllocations,
  useCancelRequest,
  useClaims,
  useDecideClaim,
  useDecideRequest,
  usePayClaim,
  useRequestFunds,
  useRequests,
  useRoi,
  useSubmitClaim,
} from '../api';
import { MdfFundsCard } from '../components/MdfFundsCard';
import { MdfSettingsCard } from '../components/MdfSettingsCard';

const today = () => new Date().toISOString().slice(0, 10);
function currentQuarter(): string {
  const d = today();
  return `${d.slice(0, 4)}-Q${Math.floor((Number(d.slice(5, 7)) - 1) / 3) + 1}`;
}

// ——— Forms ———

/** A MoneyInput bound to the form's `amount` field. */
function moneyProps(form: {
  values: { amount: Money | null };
  errors: Record<string, unknown>;
  setFieldValue: (field: 'amount', value: Money | null) => void;
}) {
  return {
    value: form.values.amount,
    onChange: (v: Money | null) => form.setFieldValue('amount', v),
    error: form.errors.amount as string | undefined,
  };
}

function RequestForm({ allocation, onDone }: { allocation: MdfAllocation; onDone: () => void }) {
  const request = useRequestFunds(allocation.id);
  const form = useApiForm({
    initialValues: {
      activityType: 'webinar' as ActivityType,
      title: '',
      description: '',
      startsOn: '',
      endsOn: '',
      amount: null as Money | null,
      expectedLeads: '' as number | '',
    },
    validate: {
      title: (v: string) => (v.trim() ? null : 'Name the activity'),
      amount: (v: Money | null) => (v ? null : 'How much do you ask for?'),
    },
    mutation: request,
    toVariables: (v) => ({
      activityType: v.activityType,
      title: v.title,
      description: v.description || undefined,
      startsOn: v.startsOn,
      endsOn: v.endsOn || v.startsOn,
      amount: v.amount as Money,
      expectedLeads: v.expectedLeads === '' ? undefined : v.expectedLeads,
    }),
    success: (r) => `Requested ${formatAmount(r.requestedAmount)} for ${r.title}`,
    onSuccess: onDone,
  });
  return (
    <Form form={form} submitLabel="Submit request" onCancel={onDone}>
      <Text size="sm" c="dimmed">
        From {allocation.period} funds:{' '}
        {formatAmount({ amount: allocation.balance.available, currency: allocation.amount.currency })} available.
      </Text>
      <Select
        label="Activity type"
        allowDeselect={false}
        data={optionsOf(LABELS.mdfActivityType)}
        {...form.getInputProps('activityType')}
      />
      <TextInput
        label="Activity"
        placeholder="Cloud migration webinar"
        required
        data-autofocus
        {...form.getInputProps('title')}
      />
      <Textarea
        label="Description"
        placeholder="Audience, channels, what you will do"
        autosize
        minRows={2}
        {...form.getInputProps('description')}
      />
      <Grid>
        <Grid.Col span={6}>
          <TextInput label="Starts" type="date" required {...form.getInputProps('startsOn')} />
        </Grid.Col>
        <Grid.Col span={6}>
          <TextInput label="Ends" type="date" {...form.getInputProps('endsOn')} />
        </Grid.Col>
      </Grid>
      <MoneyInput
        label="Amount"
        required
        currencyEditable={false}
        defaultCurrency={allocation.amount.currency}
        {...moneyProps(form)}
      />
      <NumberInput label="Expected leads" min={0} allowDecimal={false} {...form.getInputProps('expectedLeads')} />
    </Form>
  );
}

function ClaimForm({ request, onDone }: { request: MdfRequest; onDone: () => void }) {
  const claim = useSubmitClaim(request.id);
  const [leadFile, setLeadFile] = useState<File | null>(null);
  const [leadsCsv, setLeadsCsv] = useState<string | undefined>(undefined);
  const form = useApiForm({
    initialValues: { amount: request.approvedAmount as Money | null, notes: '' },
    validate: { amount: (v: Money | null) => (v ? null : 'How much do you claim?') },
    mutation: claim,
    toVariables: (v) => ({ amount: v.amount as Money, notes: v.notes || undefined, leadsCsv }),
    success: () => 'Claim submitted: upload your proof of performance next',
    onSuccess: onDone,
  });
  return (
    <Form form={form} submitLabel="Submit claim" onCancel={onDone}>
      <Text size="sm" c="dimmed">
        Approved {formatAmount(request.approvedAmount)}; claim by {formatDay(request.claimWindow.closesOn)}.
      </Text>
      <MoneyInput
        label="Amount spent"
        required
        currencyEditable={false}
        defaultCurrency={request.requestedAmount.currency}
        {...moneyProps(form)}
      />
      <Textarea
        label="Results"
        placeholder="Registrations, attendees, impressions"
        autosize
        minRows={2}
        {...form.getInputProps('notes')}
      />
      <FileInput
        label="Lead list (CSV)"
        description="A header row with company, contact name, email, domain, country: each row becomes a lead once approved."
        accept=".csv,text/csv"
        clearable
        value={leadFile}
        onChange={async (file) => {
          setLeadFile(file);
          setLeadsCsv(file ? await file.text() : undefined);
        }}
        error={form.errors.leadsCsv as string | undefined}
      />
    </Form>
  );
}

function DecideRequestForm({ request, approve, onDone }: { request: MdfRequest; approve: boolean; onDone: () => void }) {
  const decide = useDecideRequest();
  const form = useApiForm({
    initialValues: { amount: request.requestedAmount as Money | null, reason: '' },
    validate: { reason: (v: string) => (approve || v.trim() ? null : 'Say why, so the partner can adjust the plan') },
    mutation: decide,
    toVariables: (v) => ({ id: request.id, approve, amount: approve ? v.amount?.amount : undefined, reason: v.reason }),
    success: (r) => (approve ? `Approved ${formatAmount(r.approvedAmount)} for ${r.title}` : `Rejected ${r.title}`),
    onSuccess: onDone,
  });
  return (
    <Form form={form} submitLabel={approve ? 'Approve' : 'Reject'} onCancel={onDone}>
      <Text size="sm">
        {request.partnerName} asks {formatAmount(request.requestedAmount)} for{' '}
        {LABELS.mdfActivityType[request.activityType].toLowerCase()} “{request.title}”, {formatDay(request.startsOn)}–
        {formatDay(request.endsOn)}
        {request.expectedLeads ? `, expecting ${request.expectedLeads} leads` : ''}.
      </Text>
      {approve && (
        <MoneyInput
          label="Approved amount"
          description="Approve less than asked for a partial approval."
          currencyEditable={false}
          defaultCurrency={request.requestedAmount.currency}
          {...moneyProps(form)}
        />
      )}
      <Textarea label="Reason" required={!approve} autosize minRows={2} {...form.getInputProps('reason')} />
    </Form>
  );
}

function DecideClaimForm({ claim, approve, onDone }: { claim: MdfClaim; approve: boolean; onDone: () => void }) {
  const decide = useDecideClaim();
  const form = useApiForm({
    initialValues: { amount: claim.claimedAmount as Money | null, reason: '' },
    validate: { reason: (v: string) => (approve || v.trim() ? null : 'Say why, so the partner can claim again') },
    mutation: decide,
    toVariables: (v) => ({ id: claim.id, approve, amount: approve ? v.amount?.amount : undefined, reason: v.reason }),
    success: () => (approve ? 'Claim approved: it is in finance’s payment queue' : 'Claim rejected'),
    onSuccess: onDone,
  });
  return (
    <Form form={form} submitLabel={approve ? 'Approve claim' : 'Reject claim'} onCancel={onDone}>
      <Text size="sm">
        {claim.partnerName} claims {formatAmount(claim.claimedAmount)} for “{claim.requestTitle}” with {claim.proofFiles} proof
        file
        {claim.proofFiles === 1 ? '' : 's'} and {claim.leadCount} lead{claim.leadCount === 1 ? '' : 's'}.
      </Text>
      {approve && (
        <MoneyInput
          label="Approved amount"
          currencyEditable={false}
          defaultCurrency={claim.claimedAmount.currency}
          {...moneyProps(form)}
        />
      )}
      <Textarea label="Reason" required={!approve} autosize minRows={2} {...form.getInputProps('reason')} />
    </Form>
  );
}

function PayForm({ claim, onDone }: { claim: MdfClaim; onDone: () => void }) {
  const pay = usePayClaim();
  const form = useApiForm({
    initialValues: { reference: '' },
    mutation: pay,
    toVariables: (v) => ({ id: claim.id, reference: v.reference }),
    success: () => `Marked ${formatAmount(claim.approvedAmount)} paid to ${claim.partnerName}`,
    onSuccess: onDone,
  });
  return (
    <Form form={form} submitLabel="Mark paid" onCancel={onDone}>
      <Text size="sm">
        Reimburse {claim.partnerName} {formatAmount(claim.approvedAmount)} for “{claim.requestTitle}”.
      </Text>
      <TextInput label="Payment reference" placeholder="PAY-2026-118" data-autofocus {...form.getInputProps('reference')} />
    </Form>
  );
}

function AllocateForm({ onDone }: { onDone: () => void }) {
  const allocate = useAllocate();
  const settings = useSettings();
  const [search, setSearch] = useState('');
  const partners = usePartnerSearch(search);
  const form = useApiForm({
    initialValues: { partnerId: '', period: currentQuarter(), amount: null as Money | null, expiresOn: '', notes: '' },
    validate: {
      partnerId: (v: string) => (v ? null : 'Choose a partner'),
      amount: (v: Money | null) => (v ? null : 'How much?'),
    },
    mutation: allocate,
    toVariables: (v) => ({
      partnerId: v.partnerId,
      body: { period: v.period, amount: v.amount as Money, expiresOn: v.expiresOn || undefined, notes: v.notes || undefined },
    }),
    success: (a) => `Allocated ${formatAmount(a.amount)} to ${a.partnerName} for ${a.period}`,
    onSuccess: onDone,
  });
  return (
    <Form form={form} submitLabel="Allocate" onCancel={onDone}>
      <Select
        label="Partner"
        searchable
        required
        searchValue={search}
        onSearchChange={setSearch}
        data={(partners.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
        {...form.getInputProps('partnerId')}
      />
      <TextInput label="Quarter" placeholder="2026-Q4" required {...form.getInputProps('period')} />
      <MoneyInput label="Amount" required defaultCurrency={settings.data?.reportingCurrency ?? 'USD'} {...moneyProps(form)} />
      <TextInput
        label="Expires"
        description="Default: 90 days after the quarter"
        type="date"
        {...form.getInputProps('expiresOn')}
      />
      <Textarea label="Notes" autosize minRows={2} {...form.getInputProps('notes')} />
    </Form>
  );
}

// ——— Lists ———

function RequestsTable({ rows, vendor }: { rows: readonly MdfRequest[]; vendor: boolean }) {
  const deciding = useDialog<{ request: MdfRequest; approve: boolean }>();
  const claiming = useDialog<MdfRequest>();
  const cancel = useCancelRequest();
  return (
    <>
      <DataTable
        label="MDF requests"
        rows={rows}
        rowName={(r) => r.title}
        minWidth={720}
        empty={
          <Empty
            title="No requests"
            description="Requests for funds for events, webinars, digital and co-op advertising show here."
          />
        }
        columns={[
          ...(vendor ? [{ key: 'partner', header: 'Partner', cell: (r: MdfRequest) => r.partnerName }] : []),
          { key: 'title', header: 'Activity', cell: (r) => `${r.title} (${LABELS.mdfActivityType[r.activityType]})` },
          { key: 'dates', header: 'When', nowrap: true, cell: (r) => `${formatDay(r.startsOn)}–${formatDay(r.endsOn)}` },
          { key: 'requested', header: 'Requested', nowrap: true, cell: (r) => <MoneyText value={r.requestedAmount} /> },
          { key: 'approved', header: 'Approved', nowrap: true, cell: (r) => <MoneyText value={r.approvedAmount} /> },
          {
            key: 'status',
            header: 'Status',
            nowrap: true,
            cell: (r) => <Badge color={COLORS.mdfRequestStatus[r.status]}>{LABELS.mdfRequestStatus[r.status]}</Badge>,
          },
        ]}
        card={(r) => ({
          title: r.title,
          subtitle: `${vendor ? `${r.partnerName} · ` : ''}${formatAmount(r.requestedAmount)}`,
          aside: <Badge color={COLORS.mdfRequestStatus[r.status]}>{LABELS.mdfRequestStatus[r.status]}</Badge>,
        })}
        actionsVariant="buttons"
        actions={(r) => [
          { label: 'Approve', allowed: r.can.approve, onClick: () => deciding.open({ request: r, approve: true }) },
          { label: 'Reject', allowed: r.can.reject, color: 'red', onClick: () => deciding.open({ request: r, approve: false }) },
          { label: 'Claim', allowed: r.can.claim, onClick: () => claiming.open(r) },
          {
            label: 'Withdraw',
            allowed: r.can.cancel && !r.can.approve,
            color: 'red',
            onClick: () => cancel.run(r.id, { success: `Withdrew ${r.title}` }),
          },
        ]}
      />
      <FormDialog dialog={deciding} title={(t) => (t?.approve ? 'Approve MDF request' : 'Reject MDF request')}>
        {(t) => t && <DecideRequestForm request={t.request} approve={t.approve} onDone={deciding.close} />}
      </FormDialog>
      <FormDialog dialog={claiming} title="Claim reimbursement">
        {(r) => r && <ClaimForm request={r} onDone={claiming.close} />}
      </FormDialog>
    </>
  );
}

function ClaimsTable({ rows, vendor, label }: { rows: readonly MdfClaim[]; vendor: boolean; label: string }) {
  const deciding = useDialog<{ claim: MdfClaim; approve: boolean }>();
  const paying = useDialog<MdfClaim>();
  const queryClient = useQueryClient();
  return (
    <>
      <DataTable
        label={label}
        rows={rows}
        rowName={(c) => c.requestTitle}
        minWidth={720}
        empty={<Empty title="No claims" description="Claims with proof of performance show here." />}
        columns={[
          ...(vendor ? [{ key: 'partner', header: 'Partner', cell: (c: MdfClaim) => c.partnerName }] : []),
          { key: 'activity', header: 'Activity', cell: (c) => c.requestTitle },
          { key: 'claimed', header: 'Claimed', nowrap: true, cell: (c) => <MoneyText value={c.claimedAmount} /> },
          { key: 'approved', header: 'Approved', nowrap: true, cell: (c) => <MoneyText value={c.approvedAmount} /> },
          {
            key: 'proof',
            header: 'Proof',
            nowrap: true,
            cell: (c) => `${c.proofFiles} file${c.proofFiles === 1 ? '' : 's'}, ${c.leadCount} leads`,
          },
          {
            key: 'status',
            header: 'Status',
            nowrap: true,
            cell: (c) => (
              <Stack gap={4}>
                <Badge color={COLORS.mdfClaimStatus[c.status]}>{LABELS.mdfClaimStatus[c.status]}</Badge>
                {c.heldReason && (
                  <Badge color="orange" variant="light" title={c.heldReason}>
                    Payment held: {c.heldReason}
                  </Badge>
                )}
                {c.can.attach && (
                  <FileDrop
                    compact
                    label="Upload proof"
                    hint="Invoices, photos, attendee lists: PDF, Office, image or text, up to 20 MB."
                    accept={PROOF_ACCEPT}
                    maxBytes={20 * 1024 * 1024}
                    upload={(file, onProgress) => uploadProof(c.id, file, onProgress)}
                    onUploaded={async () => {
                      await queryClient.invalidateQueries({ queryKey: mdfKeys.all });
                      notifySuccess('Uploaded the proof of performance');
                    }}
                  />
                )}
              </Stack>
            ),
          },
        ]}
        card={(c) => ({
          title: c.requestTitle,
          subtitle: `${vendor ? `${c.partnerName} · ` : ''}${formatAmount(c.claimedAmount)}`,
          aside: <Badge color={COLORS.mdfClaimStatus[c.status]}>{LABELS.mdfClaimStatus[c.status]}</Badge>,
        })}
        actionsVariant="buttons"
        actions={(c) => [
          { label: 'Approve claim', allowed: c.can.approve, onClick: () => deciding.open({ claim: c, approve: true }) },
          {
            label: 'Reject claim',
            allowed: c.can.reject,
            color: 'red',
            onClick: () => deciding.open({ claim: c, approve: false }),
          },
          { label: 'Mark paid', allowed: c.can.pay, onClick: () => paying.open(c) },
        ]}
      />
      <FormDialog dialog={deciding} title={(t) => (t?.approve ? 'Approve claim' : 'Reject claim')}>
        {(t) => t && <DecideClaimForm claim={t.claim} approve={t.approve} onDone={deciding.close} />}
      </FormDialog>
      <FormDialog dialog={paying} title="Mark claim paid">
        {(c) => c && <PayForm claim={c} onDone={paying.close} />}
      </FormDialog>
    </>
  );
}

function AllocationsTable({ rows, onRequest }: { rows: readonly MdfAllocation[]; onRequest?: (a: MdfAllocation) => void }) {
  const m = (a: MdfAllocation, amount: number) => ({ amount, currency: a.amount.currency });
  return (
    <DataTable
      label="MDF allocations"
      rows={rows}
      rowName={(a) => `${a.partnerName} ${a.period}`}
      minWidth={820}
      empty={
        <Empty
          title="No funds allocated"
          description="Allocate funds per partner and quarter, or let them accrue from revenue."
        />
      }
      columns={[
        ...(onRequest ? [] : [{ key: 'partner', header: 'Partner', cell: (a: MdfAllocation) => a.partnerName }]),
        { key: 'period', header: 'Quarter', nowrap: true, cell: (a) => `${a.period} · ${LABELS.mdfAllocationKind[a.kind]}` },
        { key: 'allocated', header: 'Allocated', nowrap: true, cell: (a) => <MoneyText value={a.amount} /> },
        {
          key: 'committed',
          header: 'Committed',
          nowrap: true,
          cell: (a) => <MoneyText value={m(a, a.balance.committed)} dimmedWhenZero />,
        },
        {
          key: 'paid',
          header: 'Paid',
          nowrap: true,
          cell: (a) => <MoneyText value={m(a, a.balance.paid + a.balance.payable)} dimmedWhenZero />,
        },
        { key: 'available', header: 'Available', nowrap: true, cell: (a) => <MoneyText value={m(a, a.balance.available)} /> },
        {
          key: 'expires',
          header: 'Expires',
          nowrap: true,
          cell: (a) => (
            <Text size="sm" c={a.expired ? 'dimmed' : undefined}>
              {a.expired ? `Expired ${formatDay(a.expiresOn)}` : formatDay(a.expiresOn)}
            </Text>
          ),
        },
      ]}
      card={(a) => ({
        title: `${a.partnerName} ${a.period}`,
        subtitle: `${formatAmount(m(a, a.balance.available))} available of ${formatAmount(a.amount)}`,
      })}
      actionsVariant="buttons"
      actions={(a) => [
        { label: 'Request funds', allowed: !!onRequest && !a.expired && a.balance.available > 0, onClick: () => onRequest?.(a) },
      ]}
    />
  );
}

function RoiCard() {
  const roi = useRoi();
  return (
    <SectionCard
      title="Return on MDF"
      label="Return on MDF"
      description="Leads, pipeline and won revenue sourced by each paid activity, against what was paid: per program (each activity under its partner's program when it ended) and per activity."
    >
      <QueryState query={roi}>
        {(r) => (
          <Stack gap="md">
            <DataTable
              label="ROI per program"
              rows={r.programs.map((p) => ({ ...p, id: p.programId ?? 'none' }))}
              rowName={(p) => p.programName}
              minWidth={640}
              empty={<Empty title="No claimed activities yet" />}
              columns={[
                { key: 'program', header: 'Program', cell: (p) => p.programName },
                { key: 'activities', header: 'Activities', nowrap: true, cell: (p) => p.activities },
                { key: 'paid', header: 'Paid', nowrap: true, cell: (p) => <MoneyText value={p.paid} /> },
                { key: 'leads', header: 'Leads', nowrap: true, cell: (p) => p.leads },
                { key: 'pipeline', header: 'Pipeline', nowrap: true, cell: (p) => <MoneyText value={p.pipeline} /> },
                { key: 'won', header: 'Won', nowrap: true, cell: (p) => <MoneyText value={p.won} /> },
                { key: 'roi', header: 'ROI', nowrap: true, cell: (p) => (p.roiPercent === null ? '—' : `${p.roiPercent}%`) },
              ]}
              card={(p) => ({ title: p.programName, subtitle: `${p.activities} activities · ROI ${p.roiPercent ?? '—'}%` })}
            />
            <DataTable
              label="ROI per activity"
              rows={r.data.map((a) => ({ ...a, id: a.requestId }))}
              rowName={(a) => a.title}
              minWidth={760}
              empty={<Empty title="No claimed activities yet" />}
              columns={[
                { key: 'partner', header: 'Partner', cell: (a) => a.partnerName },
                { key: 'title', header: 'Activity', cell: (a) => a.title },
                { key: 'paid', header: 'Paid', nowrap: true, cell: (a) => <MoneyText value={a.paid} /> },
                { key: 'leads', header: 'Leads', nowrap: true, cell: (a) => `${a.leads} (${a.opportunities} opp.)` },
                { key: 'pipeline', header: 'Pipeline', nowrap: true, cell: (a) => <MoneyText value={a.pipeline} /> },
                { key: 'won', header: 'Won', nowrap: true, cell: (a) => <MoneyText value={a.won} /> },
                { key: 'roi', header: 'ROI', nowrap: true, cell: (a) => (a.roiPercent === null ? '—' : `${a.roiPercent}%`) },
              ]}
              card={(a) => ({ title: a.title, subtitle: `${a.partnerName} · ROI ${a.roiPercent ?? '—'}%` })}
            />
          </Stack>
        )}
      </QueryState>
    </SectionCard>
  );
}

// ——— Pages ———

function VendorMdf() {
  const user = useCurrentUser();
  const submitted = useRequests('submitted');
  const claims = useClaims('submitted');
  const payable = useClaims('approved');
  const allocations = useAllocations();
  const allocating = useDialog<null>();
  return (
    <>
      <PageHeader
        title="Market development funds"
        description="Funds per partner and quarter, requests and claims to decide, the payment queue and the return on every activity."
        actions={
          mayApp(user, 'manageMdf') ? (
            <Button leftSection={<IconPlus size={16} />} onClick={() => allocating.open(null)}>
              Allocate funds
            </Button>
          ) : undefined
        }
      />
      <Stack gap="md">
        <SectionCard title="Requests to decide" label="Requests to decide">
          <QueryState query={submitted}>{(rows) => <RequestsTable rows={rows} vendor />}</QueryState>
        </SectionCard>
        <SectionCard title="Claims to decide" label="Claims to decide">
          <QueryState query={claims}>{(rows) => <ClaimsTable rows={rows} vendor label="Claims to decide" />}</QueryState>
        </SectionCard>
        <SectionCard title="Payment queue" label="Payment queue" description="Approved claims awaiting reimbursement by finance.">
          <QueryState query={payable}>{(rows) => <ClaimsTable rows={rows} vendor label="Payment queue" />}</QueryState>
        </SectionCard>
        <SectionCard title="Funds" label="Funds">
          <QueryState query={allocations}>{(rows) => <AllocationsTable rows={rows} />}</QueryState>
        </SectionCard>
        <RoiCard />
        <MdfSettingsCard canEdit={mayApp(user, 'manageMdf')} />
      </Stack>
      <FormDialog dialog={allocating} title="Allocate market development funds">
        {() => <AllocateForm onDone={allocating.close} />}
      </FormDialog>
    </>
  );
}

function PortalMdf({ partnerId }: { partnerId: string }) {
  const allocations = useAllocations();
  const requests = useRequests();
  const claims = useClaims();
  const requesting = useDialog<MdfAllocation>();
  return (
    <>
      <PageHeader
        title="Market development funds"
        description="Your funds and balance; request funds for an activity, then claim reimbursement with proof of performance."
      />
      <Stack gap="md">
        <MdfFundsCard partnerId={partnerId} />
        <SectionCard
          title="Your funds"
          label="Your funds"
          description="Request funds from a quarter’s allocation before it expires."
        >
          <QueryState query={allocations}>
            {(rows) => <AllocationsTable rows={rows} onRequest={(a) => requesting.open(a)} />}
          </QueryState>
        </SectionCard>
        <SectionCard title="Your requests" label="Your requests">
          <QueryState query={requests}>{(rows) => <RequestsTable rows={rows} vendor={false} />}</QueryState>
        </SectionCard>
        <SectionCard title="Your claims" label="Your claims">
          <QueryState query={claims}>{(rows) => <ClaimsTable rows={rows} vendor={false} label="Your claims" />}</QueryState>
        </SectionCard>
      </Stack>
      <FormDialog dialog={requesting} title="Request funds">
        {(a) => a && <RequestForm allocation={a} onDone={requesting.close} />}
      </FormDialog>
    </>
  );
}

/** MDF: the vendor's funds, decisions, payment queue and ROI; the partner's funds, requests and claims. */
export function MdfPage() {
  const user = useCurrentUser();
  return isPartnerSide(user) && user.partnerId ? <PortalMdf partnerId={user.partnerId} /> : <VendorMdf />;
}
