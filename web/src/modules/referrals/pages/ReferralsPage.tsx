import {
  Badge,
  Button,
  CopyButton,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconCheck, IconCopy, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type {
  ReferralCommission,
  ReferralConversion,
  ReferralLink,
  ReferralSubmission,
  ReferralSummary,
} from '../../../api/types';
import { type Column, DataTable } from '../../../ui/DataTable';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { Form } from '../../../ui/Form';
import { formatCount, formatDate } from '../../../ui/format';
import { useApiForm } from '../../../ui/forms';
import { ImportButton } from '../../../ui/ImportButton';
import { formatAmount } from '../../../ui/money';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { ShowOnce } from '../../../ui/ShowOnce';
import { Empty, QueryState } from '../../../ui/States';
import { isPartnerSide, isVendor, mayApp } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import {
  useApproveCommission,
  useArchiveLink,
  useCreateLink,
  useReferralCommissions,
  useReferralConversions,
  useReferralLinks,
  useReferralSettings,
  useReferralSubmissions,
  useReferralSummary,
  useRotateTrackingKey,
  useSaveReferralSettings,
  useSubmitReferral,
} from '../api';

function LinkForm({ onDone }: { onDone: () => void }) {
  const create = useCreateLink();
  const form = useApiForm({
    initialValues: { destinationUrl: 'https://', label: '', code: '' },
    mutation: create,
    toVariables: (v) => ({
      destinationUrl: v.destinationUrl.trim(),
      label: v.label.trim() || undefined,
      code: v.code.trim() || undefined,
    }),
    success: (link) => `Made the link ${link.code}`,
    onSuccess: onDone,
  });
  return (
    <Form form={form} submitLabel="Make link" onCancel={onDone}>
      <TextInput
        label="Destination"
        description="A page on the vendor’s site"
        required
        data-autofocus
        {...form.getInputProps('destinationUrl')}
      />
      <TextInput label="Label" placeholder="Pricing page" {...form.getInputProps('label')} />
      <TextInput label="Code" description="Leave empty for one made from your company’s name" {...form.getInputProps('code')} />
    </Form>
  );
}

function SubmitForm({ onDone }: { onDone: () => void }) {
  const submit = useSubmitReferral();
  const form = useApiForm({
    initialValues: { companyName: '', domain: '', contactName: '', contactEmail: '', note: '' },
    mutation: submit,
    toVariables: (v) => ({
      companyName: v.companyName.trim(),
      domain: v.domain.trim() || undefined,
      contactName: v.contactName.trim() || undefined,
      contactEmail: v.contactEmail.trim() || undefined,
      note: v.note.trim() || undefined,
    }),
    success: (s) => `Referred ${s.companyName}`,
    onSuccess: onDone,
  });
  return (
    <Form form={form} submitLabel="Refer customer" onCancel={onDone}>
      <TextInput label="Company" required data-autofocus {...form.getInputProps('companyName')} />
      <TextInput label="Domain" placeholder="example.com" {...form.getInputProps('domain')} />
      <Group grow>
        <TextInput label="Contact" {...form.getInputProps('contactName')} />
        <TextInput label="Contact e-mail" {...form.getInputProps('contactEmail')} />
      </Group>
      <Textarea label="Note" autosize minRows={2} {...form.getInputProps('note')} />
    </Form>
  );
}

function Figures({ summary }: { summary: ReferralSummary }) {
  const total = summary.partners.reduce(
    (t, p) => ({ clicks: t.clicks + p.clicks, signups: t.signups + p.signups, customers: t.customers + p.customers }),
    { clicks: 0, signups: 0, customers: 0 },
  );
  const commissions = summary.partners.flatMap((p) => p.commissions);
  const byCurrency = new Map<string, number>();
  for (const c of commissions) byCurrency.set(c.currency, (byCurrency.get(c.currency) ?? 0) + c.amount);
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }}>
      <SectionCard title={formatCount(total.clicks)} label="Clicks">
        <Text size="sm" c="dimmed">
          Clicks
        </Text>
      </SectionCard>
      <SectionCard title={formatCount(total.signups)} label="Sign-ups">
        <Text size="sm" c="dimmed">
          Sign-ups
        </Text>
      </SectionCard>
      <SectionCard title={formatCount(total.customers)} label="Customers">
        <Text size="sm" c="dimmed">
          Paying customers
        </Text>
      </SectionCard>
      <SectionCard
        title={[...byCurrency].map(([currency, amount]) => formatAmount({ amount, currency })).join(' + ') || '—'}
        label="Commissions"
      >
        <Text size="sm" c="dimmed">
          Commissions
        </Text>
      </SectionCard>
    </SimpleGrid>
  );
}

function Months({ summary }: { summary: ReferralSummary }) {
  return (
    <SectionCard title="Over time" description="The last twelve months">
      <Table.ScrollContainer minWidth={500}>
        <Table aria-label="Referrals per month">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Month</Table.Th>
              <Table.Th>Clicks</Table.Th>
              <Table.Th>Sign-ups</Table.Th>
              <Table.Th>Customers</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {summary.months.map((m) => (
              <Table.Tr key={m.month}>
                <Table.Td>{m.month}</Table.Td>
                <Table.Td>{m.clicks}</Table.Td>
                <Table.Td>{m.signups}</Table.Td>
                <Table.Td>{m.customers}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </SectionCard>
  );
}

function CopyLink({ url }: { url: string }) {
  return (
    <CopyButton value={url}>
      {({ copied, copy }) => (
        <Button
          size="compact-sm"
          variant="light"
          leftSection={copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
          onClick={copy}
          aria-label={`Copy ${url}`}
        >
          {copied ? 'Copied' : 'Copy'}
        </Button>
      )}
    </CopyButton>
  );
}

function Links({ vendor }: { vendor: boolean }) {
  const user = useCurrentUser();
  const links = useReferralLinks();
  const archive = useArchiveLink();
  const dialog = useDialog();
  const columns: Column<ReferralLink>[] = [
    ...(vendor ? [{ key: 'partner', header: 'Partner', cell: (l: ReferralLink) => l.partnerName }] : []),
    {
      key: 'code',
      header: 'Code',
      nowrap: true,
      cell: (l) => (
        <Text ff="monospace" size="sm">
          {l.code}
        </Text>
      ),
    },
    {
      key: 'url',
      header: 'Link',
      cell: (l) => (
        <Group gap="xs" wrap="nowrap">
          <Text size="sm" data-testid="referral-url">
            {l.url}
          </Text>
          <CopyLink url={l.url} />
        </Group>
      ),
    },
    { key: 'destination', header: 'Goes to', cell: (l) => <Text size="sm">{l.label || l.destinationUrl}</Text> },
    { key: 'clicks', header: 'Clicks', cell: (l) => l.clicks },
    { key: 'active', header: '', cell: (l) => (l.active ? null : <Badge color="gray">Archived</Badge>) },
  ];
  return (
    <SectionCard
      title="Links and codes"
      label="Referral links"
      description="Share a link: a visit counts as a click, and a sign-up within the cookie window is yours."
      action={
        mayApp(user, 'manageReferralLinks') ? (
          <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => dialog.open()}>
            New link
          </Button>
        ) : null
      }
    >
      <QueryState query={links}>
        {(rows) => (
          <DataTable
            label="Referral links"
            rows={rows}
            rowName={(l) => l.code}
            columns={columns}
            minWidth={700}
            card={(l) => ({ title: l.code, subtitle: l.url, aside: <CopyLink url={l.url} /> })}
            actions={(l) => [
              { label: 'Archive', allowed: l.can.archive, onClick: () => archive.run(l.id, { success: `Archived ${l.code}` }) },
            ]}
            empty={<Empty title="No referral links yet." />}
          />
        )}
      </QueryState>
      <FormDialog dialog={dialog} title="New referral link">
        {() => <LinkForm onDone={dialog.close} />}
      </FormDialog>
    </SectionCard>
  );
}

function Conversions({ vendor }: { vendor: boolean }) {
  const list = useReferralConversions();
  const columns: Column<ReferralConversion>[] = [
    { key: 'when', header: 'When', nowrap: true, cell: (r) => formatDate(r.occurredAt) },
    ...(vendor ? [{ key: 'partner', header: 'Partner', cell: (r: ReferralConversion) => r.partnerName }] : []),
    { key: 'kind', header: 'What', cell: (r) => (r.kind === 'signup' ? 'Sign-up' : 'Paying customer') },
    { key: 'customer', header: 'Customer', cell: (r) => r.customerDomain ?? r.customerRef },
    { key: 'amount', header: 'First payment', cell: (r) => (r.amount ? formatAmount(r.amount) : '—') },
    { key: 'code', header: 'Link', cell: (r) => r.linkCode ?? '—' },
  ];
  return (
    <SectionCard title="Sign-ups and customers" label="Conversions">
      <QueryState query={list}>
        {(rows) => (
          <DataTable
            label="Sign-ups and customers"
            rows={rows}
            rowName={(r) => r.customerRef}
            columns={columns}
            minWidth={600}
            card={(r) => ({ title: r.customerDomain ?? r.customerRef, subtitle: formatDate(r.occurredAt) })}
            empty={<Empty title="No sign-ups yet." />}
          />
        )}
      </QueryState>
    </SectionCard>
  );
}

function Commissions({ vendor }: { vendor: boolean }) {
  const list = useReferralCommissions();
  const approve = useApproveCommission();
  const columns: Column<ReferralCommission>[] = [
    { key: 'when', header: 'Accrued', nowrap: true, cell: (r) => formatDate(r.accruedAt) },
    ...(vendor ? [{ key: 'partner', header: 'Partner', cell: (r: ReferralCommission) => r.partnerName }] : []),
    { key: 'customer', header: 'Customer', cell: (r) => r.customerRef },
    { key: 'base', header: 'Payment', cell: (r) => formatAmount(r.base) },
    { key: 'rate', header: 'Rate', cell: (r) => `${r.ratePercent}%` },
    { key: 'amount', header: 'Commission', cell: (r) => formatAmount(r.commission) },
    { key: 'status', header: 'Status', cell: (r) => <Badge variant="light">{r.status}</Badge> },
  ];
  return (
    <SectionCard
      title="Commissions"
      label="Commissions ledger"
      description="Accrued on each paying customer at the program’s commission rate. Once approved, a commission is an entry in the earnings ledger and the next payout batch pays it (Incentives → Payouts)."
    >
      <QueryState query={list}>
        {(rows) => (
          <DataTable
            label="Commissions"
            rows={rows}
            rowName={(r) => r.customerRef}
            columns={columns}
            minWidth={650}
            card={(r) => ({ title: formatAmount(r.commission), subtitle: r.customerRef })}
            actions={(r) => [
              {
                label: 'Approve',
                allowed: r.can.approve,
                onClick: () => approve.run(r.id, { success: 'Approved the commission' }),
              },
            ]}
            empty={<Empty title="No commissions yet." />}
          />
        )}
      </QueryState>
    </SectionCard>
  );
}

const SUBMISSION_COLOR: Record<ReferralSubmission['status'], string> = {
  submitted: 'blue',
  accepted: 'teal',
  converted: 'green',
  rejected: 'gray',
};

/** Customers referred by hand, with what became of each: its status follows its lead. */
function Submissions({ vendor }: { vendor: boolean }) {
  const list = useReferralSubmissions();
  const columns: Column<ReferralSubmission>[] = [
    { key: 'when', header: 'Referred', nowrap: true, cell: (r) => formatDate(r.submittedAt) },
    ...(vendor ? [{ key: 'partner', header: 'Partner', cell: (r: ReferralSubmission) => r.partnerName }] : []),
    { key: 'company', header: 'Company', cell: (r) => (r.domain ? `${r.companyName} (${r.domain})` : r.companyName) },
    { key: 'contact', header: 'Contact', cell: (r) => r.contactName || '—' },
    {
      key: 'status',
      header: 'Status',
      cell: (r) => (
        <Badge variant="light" color={SUBMISSION_COLOR[r.status]}>
          {r.status}
        </Badge>
      ),
    },
    ...(vendor
      ? [
          {
            key: 'lead',
            header: 'Lead',
            cell: (r: ReferralSubmission) => (r.leadId ? <Link to={`/leads/${r.leadId}`}>Open lead</Link> : '—'),
          },
        ]
      : []),
  ];
  return (
    <SectionCard
      title="Referred customers"
      label="Referred customers"
      description="Customers referred by hand. Each becomes a lead; its status follows the lead: accepted, converted, or rejected."
    >
      <QueryState query={list}>
        {(rows) => (
          <DataTable
            label="Referred customers"
            rows={rows}
            rowName={(r) => r.companyName}
            columns={columns}
            minWidth={650}
            card={(r) => ({ title: r.companyName, subtitle: r.status })}
            empty={<Empty title="No referred customers yet." />}
          />
        )}
      </QueryState>
    </SectionCard>
  );
}

function PartnerFigures({ summary }: { summary: ReferralSummary }) {
  return (
    <SectionCard title="By partner" label="Referral figures by partner">
      <Table.ScrollContainer minWidth={600}>
        <Table aria-label="Referral figures by partner">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Partner</Table.Th>
              <Table.Th>Links</Table.Th>
              <Table.Th>Clicks (90 days)</Table.Th>
              <Table.Th>Sign-ups</Table.Th>
              <Table.Th>Customers</Table.Th>
              <Table.Th>Commissions</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {summary.partners.map((p) => (
              <Table.Tr key={p.partnerId}>
                <Table.Td>{p.partnerName}</Table.Td>
                <Table.Td>{p.links}</Table.Td>
                <Table.Td>{p.clicks90d}</Table.Td>
                <Table.Td>{p.signups}</Table.Td>
                <Table.Td>{p.customers}</Table.Td>
                <Table.Td>{p.commissions.map(formatAmount).join(' + ') || '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </SectionCard>
  );
}

function Settings() {
  const user = useCurrentUser();
  const settings = useReferralSettings(true);
  const save = useSaveReferralSettings();
  const rotate = useRotateTrackingKey();
  const [shown, setShown] = useState<string | null>(null);
  return (
    <SectionCard title="Settings" label="Referral settings">
      <QueryState query={settings}>
        {(s) => <SettingsForm key={`${s.cookieDays}:${s.allowedDomains.join(',')}`} s={s} save={save} editable={s.can.edit} />}
      </QueryState>
      {settings.data && (
        <Stack gap="xs" mt="md">
          <Text size="sm">
            Tracking key: {settings.data.trackingKeyHint ? `…${settings.data.trackingKeyHint}` : 'none yet'} — the vendor’s site
            sends it with sign-ups (
            <Text span ff="monospace">
              POST /api/v1/referrals/track/signup
            </Text>
            ) and payments (
            <Text span ff="monospace">
              …/track/customer
            </Text>
            ).
          </Text>
          {shown ? (
            <ShowOnce value={shown} title="New tracking key" noun="key" testId="tracking-key" onDone={() => setShown(null)}>
              This is the only time the key is shown. Put it in your site’s sign-up and billing code; the old key stopped working.
            </ShowOnce>
          ) : (
            mayApp(user, 'editReferralSettings') && (
              <Group>
                <Button
                  size="xs"
                  variant="light"
                  onClick={() => rotate.run(undefined, { success: 'Made a new tracking key', onSuccess: (r) => setShown(r.key) })}
                >
                  {settings.data.trackingKeyHint ? 'Rotate tracking key' : 'Make tracking key'}
                </Button>
              </Group>
            )
          )}
        </Stack>
      )}
    </SectionCard>
  );
}

function SettingsForm({
  s,
  save,
  editable,
}: {
  s: { cookieDays: number; allowedDomains: string[] };
  save: ReturnType<typeof useSaveReferralSettings>;
  editable: boolean;
}) {
  const form = useApiForm({
    initialValues: { cookieDays: s.cookieDays as number | string, allowedDomains: s.allowedDomains.join(', ') },
    mutation: save,
    toVariables: (v) => ({
      cookieDays: Number(v.cookieDays),
      allowedDomains: v.allowedDomains
        .split(/[\s,]+/)
        .map((d) => d.trim())
        .filter(Boolean),
    }),
    success: () => 'Saved the referral settings',
  });
  if (!editable) {
    return (
      <Text size="sm">
        Cookie window: {s.cookieDays} days · Allowed destinations: {s.allowedDomains.join(', ') || 'none yet'}
      </Text>
    );
  }
  return (
    <Form form={form} submitLabel="Save settings" onlyWhenChanged>
      <NumberInput label="Cookie window (days)" min={1} max={365} {...form.getInputProps('cookieDays')} />
      <TextInput
        label="Allowed destination domains"
        description="Links may point only at https pages on these domains (and their subdomains)"
        {...form.getInputProps('allowedDomains')}
      />
    </Form>
  );
}

/** Referrals: the partner's links, figures, conversions and commissions; the vendor's per-partner view and settings. */
export function ReferralsPage() {
  const user = useCurrentUser();
  const vendor = isVendor(user);
  const summary = useReferralSummary();
  const submit = useDialog();
  return (
    <Stack gap="md">
      <PageHeader
        title="Referrals"
        description={
          vendor
            ? 'Partners’ referral links, the clicks, sign-ups and paying customers they bring, and the commissions they earn.'
            : 'Your referral links, the clicks, sign-ups and paying customers they bring, and your commissions.'
        }
        actions={
          <Group gap="xs">
            <ImportButton
              kind="referral-submissions"
              label="Import referrals"
              allowed={mayApp(user, 'import:referral-submissions')}
            />
            {isPartnerSide(user) && (
              <Button leftSection={<IconPlus size={16} />} onClick={() => submit.open()}>
                Refer a customer
              </Button>
            )}
          </Group>
        }
      />
      <QueryState query={summary}>
        {(s) => (
          <Stack gap="md">
            <Figures summary={s} />
            <Links vendor={vendor} />
            {vendor && <PartnerFigures summary={s} />}
            <Months summary={s} />
          </Stack>
        )}
      </QueryState>
      <Conversions vendor={vendor} />
      <Submissions vendor={vendor} />
      <Commissions vendor={vendor} />
      {vendor && <Settings />}
      <FormDialog dialog={submit} title="Refer a customer">
        {() => <SubmitForm onDone={submit.close} />}
      </FormDialog>
    </Stack>
  );
}
