import { Alert, Badge, Button, Group, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconPlus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { FileDrop } from '../../../ui/FileDrop';
import { Form } from '../../../ui/Form';
import { formatDay } from '../../../ui/format';
import { useApiForm } from '../../../ui/forms';
import { COLORS, LABELS, optionsOf } from '../../../ui/labels';
import { notifySuccess } from '../../../ui/notify';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, QueryState } from '../../../ui/States';
import {
  type ComplianceItem,
  complianceKeys,
  DOCUMENT_ACCEPT,
  type ItemBody,
  uploadEvidence,
  useAddItem,
  useComplianceStatus,
  usePartnerItems,
  useResubmitItem,
  useReviewItem,
} from '../api';

function RejectForm({ item, onDone }: { item: ComplianceItem; onDone: () => void }) {
  const review = useReviewItem();
  const form = useApiForm({
    initialValues: { reason: '' },
    validate: { reason: (v: string) => (v.trim() ? null : 'Say why, so the partner can fix it') },
    mutation: review,
    toVariables: (v) => ({ id: item.id, verified: false, reason: v.reason }),
    success: () => `Rejected ${LABELS.complianceType[item.type]}`,
    onSuccess: onDone,
  });
  return (
    <Form form={form} submitLabel="Reject" onCancel={onDone}>
      <Textarea
        label="Reason"
        description="The partner sees it on its portal and submits again."
        placeholder="The report covers another legal entity"
        autosize
        minRows={3}
        required
        data-autofocus
        {...form.getInputProps('reason')}
      />
    </Form>
  );
}

function AddItemForm({ partnerId, onDone }: { partnerId: string; onDone: () => void }) {
  const add = useAddItem(partnerId);
  const form = useApiForm({
    initialValues: { type: 'soc2' as ItemBody['type'], name: '', reference: '', issuedOn: '', expiresOn: '' },
    mutation: add,
    toVariables: (v) => ({ ...v, issuedOn: v.issuedOn || null, expiresOn: v.expiresOn || null }),
    success: (i) => `Added ${LABELS.complianceType[i.type]}`,
    onSuccess: onDone,
  });
  return (
    <Form form={form} submitLabel="Add item" onCancel={onDone}>
      <Select label="Type" allowDeselect={false} data={optionsOf(LABELS.complianceType)} {...form.getInputProps('type')} />
      <TextInput label="Name" placeholder="SOC 2 Type II report" {...form.getInputProps('name')} />
      <TextInput label="Reference" placeholder="Certificate or policy number" {...form.getInputProps('reference')} />
      <Group grow>
        <TextInput label="Issued" type="date" {...form.getInputProps('issuedOn')} />
        <TextInput label="Expires" type="date" {...form.getInputProps('expiresOn')} />
      </Group>
    </Form>
  );
}

/** A lapsed item a renewal replaced (decision 0330): history, which blocks nothing and asks for nothing. */
function HistoryRow({ item }: { item: ComplianceItem }) {
  return (
    <Group justify="space-between" wrap="nowrap" py={4} data-testid="compliance-history-item">
      <div style={{ minWidth: 0 }}>
        <Text size="xs" c="dimmed">
          {LABELS.complianceType[item.type]}
          {item.name ? `: ${item.name}` : ''}
        </Text>
        <Text size="xs" c="dimmed">
          {item.expiresOn ? `${item.state === 'expired' ? 'Expired' : 'Expires'} ${formatDay(item.expiresOn)} · ` : ''}
          {item.state === 'rejected' ? 'rejected, ' : ''}replaced by a newer one
        </Text>
      </div>
      <Badge color="gray" variant="outline" size="sm">
        Superseded
      </Badge>
    </Group>
  );
}

function ItemRow({ item }: { item: ComplianceItem }) {
  const review = useReviewItem();
  const resubmit = useResubmitItem();
  const rejecting = useDialog<null>();
  const queryClient = useQueryClient();
  const soon = item.state === 'in_force' && item.daysToExpiry !== null && item.daysToExpiry <= 30;
  return (
    <Stack gap={4} py={6} style={{ borderTop: '1px solid var(--mantine-color-default-border)' }} data-testid="compliance-item">
      <Group justify="space-between" wrap="nowrap">
        <div style={{ minWidth: 0 }}>
          <Text size="sm" fw={600}>
            {LABELS.complianceType[item.type]}
            {item.name ? `: ${item.name}` : ''}
          </Text>
          <Text size="xs" c={item.state === 'expired' ? 'red' : soon ? 'orange' : 'dimmed'}>
            {item.expiresOn
              ? `${item.state === 'expired' ? 'Expired' : 'Expires'} ${formatDay(item.expiresOn)}${soon ? ` (in ${item.daysToExpiry} days)` : ''}`
              : 'No expiry'}
          </Text>
          {item.state === 'rejected' && (
            <Text size="xs" c="red" data-testid="rejection-reason">
              Rejected: {item.rejectionReason}
            </Text>
          )}
          {item.state === 'expired' && item.blocks.length > 0 && !item.supersededBy && (
            <Text size="xs" c="red" fw={600}>
              Blocks {item.blocks.map((b) => LABELS.blockableAction[b]).join(', ')}
            </Text>
          )}
        </div>
        <Badge color={COLORS.complianceState[item.state]}>{LABELS.complianceState[item.state]}</Badge>
      </Group>
      {item.can.review && (
        <Group gap="xs">
          <Button
            size="xs"
            variant="light"
            color="teal"
            onClick={() => review.run({ id: item.id, verified: true }, { success: 'Verified' })}
          >
            Verify
          </Button>
          <Button size="xs" variant="subtle" color="red" onClick={() => rejecting.open(null)}>
            Reject
          </Button>
        </Group>
      )}
      <FormDialog dialog={rejecting} title={`Reject ${LABELS.complianceType[item.type]}`}>
        {() => <RejectForm item={item} onDone={rejecting.close} />}
      </FormDialog>
      {item.state === 'rejected' && item.can.edit && !item.can.review && (
        <Group gap="xs">
          <Button
            size="xs"
            variant="light"
            loading={resubmit.isPending}
            onClick={() => resubmit.run(item.id, { success: 'Sent back for review' })}
          >
            Submit again for review
          </Button>
          <Text size="xs" c="dimmed">
            Upload new evidence first if the reason asks for it.
          </Text>
        </Group>
      )}
      {item.can.attach && item.state !== 'in_force' && (
        <FileDrop
          compact
          label="Upload evidence"
          hint="The certificate, report or signed DPA: PDF, Office, image or text, up to 20 MB."
          accept={DOCUMENT_ACCEPT}
          maxBytes={20 * 1024 * 1024}
          upload={(file, onProgress) => uploadEvidence(item.id, file, onProgress)}
          onUploaded={async () => {
            await queryClient.invalidateQueries({ queryKey: complianceKeys.all });
            notifySuccess('Uploaded the evidence');
          }}
        />
      )}
    </Stack>
  );
}

/**
 * A partner's compliance items (DPA, SOC 2, ISO 27001, insurance, …) with what a lapse blocks;
 * the vendor reviews them, the partner's admin adds its own and uploads evidence.
 */
export function ComplianceCard({ partnerId, canAdd }: { partnerId: string; canAdd: boolean }) {
  const items = usePartnerItems(partnerId);
  const status = useComplianceStatus(partnerId);
  const adding = useDialog<null>();
  const blocked = (status.data?.actions ?? []).filter((a) => a.blocked);
  const [showHistory, setShowHistory] = useState(false);
  return (
    <SectionCard
      title="Compliance"
      label="Compliance"
      action={
        canAdd ? (
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => adding.open(null)}>
            Add item
          </Button>
        ) : undefined
      }
    >
      {blocked.length > 0 && (
        <Alert color="red" icon={<IconAlertTriangle size={16} />} mb="sm" title="Blocked by compliance">
          {blocked.map((b) => `${LABELS.blockableAction[b.action]}: ${b.reasons.map((r) => r.message).join('; ')}`).join(' · ')}
        </Alert>
      )}
      <QueryState query={items} loading="Loading compliance items…">
        {(rows) => {
          if (rows.length === 0)
            return (
              <Empty title="No compliance items" description="DPAs, SOC 2 reports, ISO certificates and insurance show here." />
            );
          const current = rows.filter((i) => !i.supersededBy);
          const history = rows.filter((i) => i.supersededBy);
          return (
            <Stack gap={0}>
              {current.map((i) => (
                <ItemRow key={i.id} item={i} />
              ))}
              {history.length > 0 && (
                <Stack gap={0} pt={6} style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="gray"
                    w="fit-content"
                    aria-expanded={showHistory}
                    onClick={() => setShowHistory((v) => !v)}
                  >
                    {showHistory ? 'Hide' : 'Show'} history: {history.length} renewed {history.length === 1 ? 'item' : 'items'}
                  </Button>
                  {showHistory && history.map((i) => <HistoryRow key={i.id} item={i} />)}
                </Stack>
              )}
            </Stack>
          );
        }}
      </QueryState>
      <FormDialog dialog={adding} title="Add a compliance item">
        {() => <AddItemForm partnerId={partnerId} onDone={adding.close} />}
      </FormDialog>
    </SectionCard>
  );
}
