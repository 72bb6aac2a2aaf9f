import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  FileInput,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { MarketingAudience, MarketingKit, MarketingLaunch, MarketingOffer, MarketingSuppression } from '../../../api/types';
import { type Column, DataTable } from '../../../ui/DataTable';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { ExportMenu } from '../../../ui/ExportMenu';
import { Form } from '../../../ui/Form';
import { formatCount, formatDate } from '../../../ui/format';
import { useApiForm } from '../../../ui/forms';
import { formatAmount } from '../../../ui/money';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, QueryState } from '../../../ui/States';
import { isVendor, mayApp } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import {
  type KitBody,
  useAddSuppression,
  useAudiences,
  useCatalogue,
  useCreateAudience,
  useCreateKit,
  useKits,
  useLaunches,
  useLaunchKit,
  useMarketingSummary,
  useMoveKit,
  usePreview,
  useRemoveSuppression,
  useSuppressions,
  useUpdateKit,
} from '../api';

const KIT_STATUS: Record<string, { label: string; color: string }> = {
  draft: { label: 'Draft', color: 'gray' },
  approved: { label: 'Approved', color: 'green' },
  retired: { label: 'Retired', color: 'dark' },
};
const LAUNCH_STATUS: Record<string, { label: string; color: string }> = {
  running: { label: 'Sending', color: 'blue' },
  completed: { label: 'Completed', color: 'green' },
  cancelled: { label: 'Stopped', color: 'gray' },
};

const MERGE_HELP =
  'Merge fields: {{contact.firstName}}, {{contact.lastName}}, {{contact.company}}, {{partner.name}}, {{vendor.name}}';

function Figures() {
  const summary = useMarketingSummary();
  const s = summary.data;
  const items: [string, string][] = s
    ? [
        ['Launches running', formatCount(s.launchesRunning)],
        ['E-mails sent', formatCount(s.sent)],
        ['Opened', formatCount(s.opened)],
        ['Clicked', formatCount(s.clicked)],
        ['Leads (90 days)', formatCount(s.leads90d)],
      ]
    : [];
  return (
    <SimpleGrid cols={{ base: 2, md: 5 }}>
      {items.map(([label, value]) => (
        <Paper key={label} withBorder p="md" radius="md" aria-label={label}>
          <Text size="xl" fw={700} data-testid={`marketing-${label}`}>
            {value}
          </Text>
          <Text size="sm" c="dimmed">
            {label}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

type KitValues = {
  name: string;
  description: string;
  steps: { subject: string; body: string; delayDays: number | string }[];
  landing: { headline: string; body: string; cta: string };
};

function KitForm({ kit, onDone }: { kit?: MarketingKit; onDone: () => void }) {
  const create = useCreateKit();
  const update = useUpdateKit(kit?.id ?? '');
  const form = useApiForm<KitValues, MarketingKit, KitBody>({
    initialValues: kit
      ? { name: kit.name, description: kit.description, steps: kit.steps, landing: kit.landing }
      : {
          name: '',
          description: '',
          steps: [
            { subject: '', body: 'Hi {{contact.firstName}},\n\n', delayDays: 0 },
            { subject: '', body: 'Hi {{contact.firstName}},\n\n', delayDays: 3 },
          ],
          landing: { headline: '', body: '', cta: 'Sign up' },
        },
    mutation: kit ? update : create,
    toVariables: (v) => ({
      name: v.name.trim(),
      description: v.description.trim(),
      steps: v.steps.map((s) => ({ subject: s.subject.trim(), body: s.body, delayDays: Number(s.delayDays) || 0 })),
      landing: { headline: v.landing.headline.trim(), body: v.landing.body, cta: v.landing.cta.trim() },
    }),
    success: (k) => (kit ? `Saved ${k.name}` : `Drafted ${k.name}: an admin approves it before partners see it`),
    onSuccess: onDone,
  });
  return (
    <Form form={form} submitLabel={kit ? 'Save kit' : 'Draft kit'} onCancel={onDone}>
      <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
      <Textarea label="What it is for" autosize minRows={2} {...form.getInputProps('description')} />
      <Text size="sm" c="dimmed">
        {MERGE_HELP}. Blank lines start a paragraph; web addresses become tracked links.
      </Text>
      {form.values.steps.map((_s, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a step is its position in the sequence
        <Paper key={`step-${i}`} withBorder p="sm" radius="sm">
          <Stack gap="xs">
            <Group justify="space-between">
              <Text fw={600}>E-mail {i + 1}</Text>
              {form.values.steps.length > 2 && (
                <ActionIcon
                  variant="subtle"
                  aria-label={`Remove e-mail ${i + 1}`}
                  onClick={() => form.removeListItem('steps', i)}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              )}
            </Group>
            <TextInput label={`Subject of e-mail ${i + 1}`} required {...form.getInputProps(`steps.${i}.subject`)} />
            <Textarea
              label={`Text of e-mail ${i + 1}`}
              required
              autosize
              minRows={3}
              {...form.getInputProps(`steps.${i}.body`)}
            />
            <NumberInput
              label={i === 0 ? 'Days after launch' : 'Days after the previous e-mail'}
              min={0}
              max={90}
              {...form.getInputProps(`steps.${i}.delayDays`)}
            />
            <Text size="xs" c="red">
              {String(form.errors[`steps.${i}`] ?? '')}
            </Text>
          </Stack>
        </Paper>
      ))}
      {form.errors.steps && (
        <Text size="sm" c="red">
          {String(form.errors.steps)}
        </Text>
      )}
      <Button
        variant="light"
        leftSection={<IconPlus size={14} />}
        onClick={() => form.insertListItem('steps', { subject: '', body: '', delayDays: 3 })}
        disabled={form.values.steps.length >= 10}
      >
        Add an e-mail
      </Button>
      <Title order={5}>Landing page</Title>
      <TextInput label="Headline" required {...form.getInputProps('landing.headline')} />
      <Textarea label="Page text" required autosize minRows={2} {...form.getInputProps('landing.body')} />
      <TextInput
        label="Button"
        description="The form asks for name, e-mail and company"
        required
        {...form.getInputProps('landing.cta')}
      />
    </Form>
  );
}

function PreviewBody({ id }: { id: string }) {
  const preview = usePreview(id);
  return (
    <QueryState query={preview}>
      {(p) => (
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            As {p.partnerName} would send it, to a sample contact (Alex at Example Corp).
          </Text>
          {p.steps.map((s) => (
            <Paper key={s.step} withBorder p="sm" radius="sm" aria-label={`E-mail ${s.step} preview`}>
              <Text size="xs" c="dimmed">
                E-mail {s.step} · day {s.sendOnDay} · from “{p.partnerName}”
              </Text>
              <Text fw={600}>{s.subject}</Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {s.text}
              </Text>
            </Paper>
          ))}
          <Paper withBorder p="sm" radius="sm" aria-label="Landing page preview">
            <Text size="xs" c="dimmed">
              Landing page
            </Text>
            <Text fw={600}>{p.landing.headline}</Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {p.landing.body}
            </Text>
            <Badge mt="xs">{p.landing.cta}</Badge>
          </Paper>
        </Stack>
      )}
    </QueryState>
  );
}

function VendorKits() {
  const user = useCurrentUser();
  const kits = useKits(true);
  const move = useMoveKit();
  const create = useDialog();
  const edit = useDialog<MarketingKit>();
  const columns: Column<MarketingKit>[] = [
    {
      key: 'name',
      header: 'Kit',
      cell: (k) => (
        <Anchor component={Link} to={`/marketing/kits/${k.id}`}>
          {k.name}
        </Anchor>
      ),
    },
    {
      key: 'status',
      header: 'Status',
      cell: (k) => <Badge color={KIT_STATUS[k.status]?.color}>{KIT_STATUS[k.status]?.label ?? k.status}</Badge>,
    },
    { key: 'steps', header: 'E-mails', cell: (k) => k.steps.length },
    { key: 'partners', header: 'Partners', cell: (k) => k.usage.partners },
    { key: 'launches', header: 'Launches', cell: (k) => k.usage.launches },
    { key: 'sent', header: 'Sent', cell: (k) => formatCount(k.usage.sent) },
    { key: 'leads', header: 'Leads', cell: (k) => k.usage.leads },
    { key: 'pipeline', header: 'Open pipeline', nowrap: true, cell: (k) => formatAmount(k.results.pipeline) },
    { key: 'won', header: 'Won revenue', nowrap: true, cell: (k) => formatAmount(k.results.won) },
  ];
  return (
    <SectionCard
      title="Campaign kits"
      label="Campaign kits"
      description="Pre-approved co-branded campaigns: an e-mail sequence and a landing page partners launch to their own audiences."
      action={
        mayApp(user, 'writeMarketingKits') ? (
          <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => create.open()}>
            New kit
          </Button>
        ) : null
      }
    >
      <QueryState query={kits}>
        {(rows) => (
          <DataTable
            label="Campaign kits"
            rows={rows}
            rowName={(k) => k.name}
            columns={columns}
            minWidth={700}
            card={(k) => ({ title: k.name, subtitle: KIT_STATUS[k.status]?.label })}
            actions={(k) => [
              { label: 'Edit', allowed: k.can.edit, onClick: () => edit.open(k) },
              {
                label: 'Approve',
                allowed: k.can.approve,
                onClick: () => move.run({ id: k.id, action: 'approve' }, { success: `Approved ${k.name}` }),
              },
              {
                label: 'Retire',
                allowed: k.can.retire,
                onClick: () => move.run({ id: k.id, action: 'retire' }, { success: `Retired ${k.name}` }),
              },
            ]}
            empty={<Empty title="No campaign kits yet." />}
          />
        )}
      </QueryState>
      <FormDialog dialog={create} title="New campaign kit" size="xl">
        {() => <KitForm onDone={create.close} />}
      </FormDialog>
      <FormDialog dialog={edit} title="Edit campaign kit" size="xl">
        {(k) => k && <KitForm kit={k} onDone={edit.close} />}
      </FormDialog>
    </SectionCard>
  );
}

function LaunchForm({ kit, audiences, onDone }: { kit: MarketingOffer; audiences: MarketingAudience[]; onDone: () => void }) {
  const launch = useLaunchKit();
  const form = useApiForm({
    initialValues: { audienceId: audiences[0]?.id ?? '' },
    mutation: launch,
    toVariables: (v) => ({ audienceId: v.audienceId, kitId: kit.id }),
    success: (l) => `Launched ${l.kitName} to ${l.figures.contacts} contacts`,
    onSuccess: onDone,
  });
  return (
    <Form form={form} submitLabel="Launch" onCancel={onDone}>
      <Text size="sm">
        “{kit.name}”: {kit.steps.length} e-mails from your company’s name, then the landing page. Unsubscribed and suppressed
        addresses are skipped.
      </Text>
      <Select
        label="Audience"
        required
        data={audiences.map((a) => ({ value: a.id, label: `${a.name} (${a.contacts - a.unsubscribed} contacts)` }))}
        {...form.getInputProps('audienceId')}
      />
    </Form>
  );
}

function Catalogue() {
  const user = useCurrentUser();
  const offers = useCatalogue();
  const audiences = useAudiences();
  const preview = useDialog<MarketingOffer>();
  const launch = useDialog<MarketingOffer>();
  return (
    <SectionCard
      title="Campaign kits"
      label="Campaign kits"
      description="Ready-made campaigns approved by the vendor, with your name and logo merged in."
    >
      <QueryState query={offers}>
        {(rows) =>
          rows.length === 0 ? (
            <Empty title="No campaign kits offered to you yet." />
          ) : (
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              {rows.map((k) => (
                <Paper key={k.id} withBorder p="md" radius="md" aria-label={k.name}>
                  <Stack gap="xs">
                    <Text fw={600}>{k.name}</Text>
                    <Text size="sm" c="dimmed">
                      {k.description || `${k.steps.length} e-mails and a landing page`}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {k.steps.length} e-mails over {k.steps.reduce((d, s) => d + s.delayDays, 0)} days
                    </Text>
                    <Group gap="xs">
                      <Button size="xs" variant="light" onClick={() => preview.open(k)}>
                        Preview
                      </Button>
                      {k.can.launch && mayApp(user, 'launchMarketingKits') && (
                        <Button size="xs" onClick={() => launch.open(k)} disabled={(audiences.data ?? []).length === 0}>
                          Launch
                        </Button>
                      )}
                    </Group>
                  </Stack>
                </Paper>
              ))}
            </SimpleGrid>
          )
        }
      </QueryState>
      <FormDialog dialog={preview} title="Preview" size="lg">
        {(k) => k && <PreviewBody id={k.id} />}
      </FormDialog>
      <FormDialog dialog={launch} title="Launch campaign">
        {(k) => k && <LaunchForm kit={k} audiences={audiences.data ?? []} onDone={launch.close} />}
      </FormDialog>
    </SectionCard>
  );
}

function AudienceForm({ onDone }: { onDone: () => void }) {
  const create = useCreateAudience();
  const [file, setFile] = useState<File | null>(null);
  const form = useApiForm({
    initialValues: { name: '', csv: '' },
    mutation: create,
    toVariables: (v) => ({ name: v.name.trim(), csv: v.csv }),
    success: (r) =>
      `Added ${r.added} contacts to ${r.audience.name}${r.duplicates ? ` (${r.duplicates} duplicates kept once)` : ''}`,
    onSuccess: onDone,
  });
  return (
    <Form form={form} submitLabel="Upload audience" onCancel={onDone}>
      <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
      <FileInput
        label="Contacts (CSV)"
        description="Columns: email, first name, last name, company — as your CRM exports them"
        accept=".csv,text/csv"
        value={file}
        onChange={async (f) => {
          setFile(f);
          form.setFieldValue('csv', f ? await f.text() : '');
        }}
        error={form.errors.csv}
      />
    </Form>
  );
}

function Audiences() {
  const audiences = useAudiences();
  const upload = useDialog();
  const columns: Column<MarketingAudience>[] = [
    { key: 'name', header: 'Audience', cell: (a) => a.name },
    { key: 'contacts', header: 'Contacts', cell: (a) => formatCount(a.contacts) },
    { key: 'unsubscribed', header: 'Unsubscribed', cell: (a) => formatCount(a.unsubscribed) },
    { key: 'created', header: 'Uploaded', cell: (a) => formatDate(a.createdAt) },
  ];
  return (
    <SectionCard
      title="Audiences"
      label="Audiences"
      description="Your own contacts: only your company sees them."
      action={
        <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => upload.open()}>
          Upload audience
        </Button>
      }
    >
      <QueryState query={audiences}>
        {(rows) => (
          <DataTable
            label="Audiences"
            rows={rows}
            rowName={(a) => a.name}
            columns={columns}
            minWidth={500}
            card={(a) => ({ title: a.name, subtitle: `${a.contacts} contacts` })}
            empty={<Empty title="No audiences yet: upload a CSV of your contacts." />}
          />
        )}
      </QueryState>
      <FormDialog dialog={upload} title="Upload an audience">
        {() => <AudienceForm onDone={upload.close} />}
      </FormDialog>
    </SectionCard>
  );
}

function Launches({ vendor }: { vendor: boolean }) {
  const launches = useLaunches();
  const columns: Column<MarketingLaunch>[] = [
    {
      key: 'name',
      header: 'Launch',
      cell: (l) => (
        <Anchor component={Link} to={`/marketing/launches/${l.id}`}>
          {l.kitName}
        </Anchor>
      ),
    },
    ...(vendor ? [{ key: 'partner', header: 'Partner', cell: (l: MarketingLaunch) => l.partnerName }] : []),
    { key: 'when', header: 'Launched', nowrap: true, cell: (l) => formatDate(l.launchedAt) },
    {
      key: 'status',
      header: 'Status',
      cell: (l) => <Badge color={LAUNCH_STATUS[l.status]?.color}>{LAUNCH_STATUS[l.status]?.label ?? l.status}</Badge>,
    },
    { key: 'sent', header: 'Sent', cell: (l) => formatCount(l.figures.sent) },
    { key: 'opened', header: 'Opened', cell: (l) => (l.figures.openRate === null ? '—' : `${l.figures.openRate}%`) },
    { key: 'clicked', header: 'Clicked', cell: (l) => (l.figures.clickRate === null ? '—' : `${l.figures.clickRate}%`) },
    { key: 'unsub', header: 'Unsubscribed', cell: (l) => l.figures.unsubscribed },
    { key: 'leads', header: 'Leads', cell: (l) => l.figures.leads },
    { key: 'pipeline', header: 'Open pipeline', nowrap: true, cell: (l) => formatAmount(l.results.pipeline) },
    { key: 'won', header: 'Won revenue', nowrap: true, cell: (l) => formatAmount(l.results.won) },
  ];
  return (
    <SectionCard
      title="Launches and results"
      label="Launches"
      action={<ExportMenu path="/api/v1/marketing-launches" size="xs" ignorePageFilters />}
    >
      <QueryState query={launches}>
        {(rows) => (
          <DataTable
            label="Launches"
            rows={rows}
            rowName={(l) => l.name}
            columns={columns}
            minWidth={800}
            card={(l) => ({ title: l.kitName, subtitle: `${l.figures.sent} sent · ${l.figures.leads} leads` })}
            empty={<Empty title="No launches yet." />}
          />
        )}
      </QueryState>
    </SectionCard>
  );
}

function Suppressions() {
  const user = useCurrentUser();
  const list = useSuppressions();
  const add = useAddSuppression();
  const remove = useRemoveSuppression();
  const dialog = useDialog();
  const columns: Column<MarketingSuppression>[] = [
    { key: 'email', header: 'Address', cell: (s) => s.email },
    { key: 'scope', header: 'List', cell: (s) => (s.scope === 'organisation' ? 'Everyone' : 'Partner') },
    { key: 'reason', header: 'Why', cell: (s) => s.reason || '—' },
    { key: 'when', header: 'Since', cell: (s) => formatDate(s.createdAt) },
  ];
  const form = useApiForm({
    initialValues: { email: '', reason: '' },
    mutation: add,
    toVariables: (v) => ({ email: v.email.trim(), reason: v.reason.trim() || undefined }),
    success: (s) => `${s.email} gets no campaign e-mail`,
    onSuccess: () => dialog.close(),
  });
  return (
    <SectionCard
      title="Suppression list"
      label="Suppression list"
      description="Addresses that never get a campaign e-mail (unsubscribes land here too)."
      action={
        mayApp(user, 'editMarketingSuppressions') ? (
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => dialog.open()}>
            Add address
          </Button>
        ) : null
      }
    >
      <QueryState query={list}>
        {(rows) => (
          <DataTable
            label="Suppression list"
            rows={rows}
            rowName={(s) => s.email}
            columns={columns}
            minWidth={500}
            card={(s) => ({ title: s.email, subtitle: s.reason })}
            actions={(s) => [
              { label: 'Remove', allowed: s.can.delete, onClick: () => remove.run(s.id, { success: `Removed ${s.email}` }) },
            ]}
            empty={<Empty title="No suppressed addresses." />}
          />
        )}
      </QueryState>
      <FormDialog dialog={dialog} title="Suppress an address">
        {() => (
          <Form form={form} submitLabel="Suppress" onCancel={dialog.close}>
            <TextInput label="E-mail" required data-autofocus {...form.getInputProps('email')} />
            <TextInput label="Why" {...form.getInputProps('reason')} />
          </Form>
        )}
      </FormDialog>
    </SectionCard>
  );
}

/** Through-channel marketing: kits and results (vendor); catalogue, audiences, launches (portal). */
export function MarketingPage() {
  const user = useCurrentUser();
  const vendor = isVendor(user);
  return (
    <Stack gap="md">
      <PageHeader
        title={vendor ? 'Through-channel marketing' : 'Marketing'}
        description={
          vendor
            ? 'Co-branded campaign kits partners launch to their own audiences, and what each launch brought: opens, clicks, leads.'
            : 'Launch the vendor’s ready-made campaigns to your own contacts under your name, and see what they bring.'
        }
      />
      <Figures />
      {vendor ? <VendorKits /> : <Catalogue />}
      {!vendor && <Audiences />}
      <Launches vendor={vendor} />
      <Suppressions />
    </Stack>
  );
}
