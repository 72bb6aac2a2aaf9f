import { Anchor, Badge, Button, Grid, Group, Stack, Text, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { Labelled as Fact } from '../../../ui/Fact';
import { FileDrop } from '../../../ui/FileDrop';
import { formatBytes, formatDate, formatDay } from '../../../ui/format';
import { COLORS, LABELS } from '../../../ui/labels';
import { notifySuccess } from '../../../ui/notify';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, NotFoundState, QueryState } from '../../../ui/States';
import { isVendor } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import {
  type Agreement,
  agreementKeys,
  DOCUMENT_ACCEPT,
  uploadAgreementDocument,
  useAgreement,
  useAgreementFiles,
  useAgreementStep,
  useGiveNotice,
  useTerminateAgreement,
} from '../api';
import { EditAgreementForm } from '../components/AgreementForm';

function ReasonForm({ label, submit, onDone }: { label: string; submit: (reason: string) => void; onDone: () => void }) {
  const [reason, setReason] = useState('');
  return (
    <Stack>
      <Textarea
        label="Reason"
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        autosize
        minRows={2}
        data-autofocus
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button
          color="red"
          onClick={() => {
            submit(reason.trim());
            onDone();
          }}
        >
          {label}
        </Button>
      </Group>
    </Stack>
  );
}

function Actions({ agreement: a }: { agreement: Agreement }) {
  const step = useAgreementStep();
  const terminate = useTerminateAgreement();
  const notice = useGiveNotice();
  const editing = useDialog<null>();
  const ending = useDialog<'terminate' | 'notice'>();
  return (
    <Group gap="xs">
      {a.can.edit && (
        <Button variant="default" onClick={() => editing.open(null)}>
          Edit terms
        </Button>
      )}
      {a.can.send && (
        <Button loading={step.isPending} onClick={() => step.run({ id: a.id, step: 'send' }, { success: 'Sent for signature' })}>
          Send for signature
        </Button>
      )}
      {a.can.sign && (
        <Button loading={step.isPending} onClick={() => step.run({ id: a.id, step: 'sign' }, { success: 'Signed' })}>
          Sign agreement
        </Button>
      )}
      {a.can.countersign && (
        <Button
          loading={step.isPending}
          onClick={() => step.run({ id: a.id, step: 'countersign' }, { success: 'Countersigned' })}
        >
          Countersign
        </Button>
      )}
      {a.can.giveNotice && (
        <Button variant="light" color="orange" onClick={() => ending.open('notice')}>
          Give notice
        </Button>
      )}
      {a.can.terminate && (
        <Button variant="light" color="red" onClick={() => ending.open('terminate')}>
          Terminate
        </Button>
      )}
      <FormDialog dialog={editing} size="xl" title={`Edit ${a.title}`}>
        {() => <EditAgreementForm agreement={a} onDone={editing.close} />}
      </FormDialog>
      <FormDialog dialog={ending} title={(what) => (what === 'notice' ? 'Give notice of non-renewal' : `Terminate ${a.title}`)}>
        {(what) =>
          what === 'notice' ? (
            <ReasonForm
              label="Give notice"
              onDone={ending.close}
              submit={(reason) => notice.run({ id: a.id, reason }, { success: `Notice given: it ends on ${a.endOn}` })}
            />
          ) : (
            <ReasonForm
              label="Terminate"
              onDone={ending.close}
              submit={(reason) => terminate.run({ id: a.id, reason: reason || 'Terminated' }, { success: 'Terminated' })}
            />
          )
        }
      </FormDialog>
    </Group>
  );
}

function Files({ agreement }: { agreement: Agreement }) {
  const files = useAgreementFiles(agreement.id);
  const queryClient = useQueryClient();
  return (
    <SectionCard title="Documents" label="Agreement documents">
      <Stack gap="sm">
        <QueryState query={files}>
          {(rows) =>
            rows.length === 0 ? (
              <Empty title="No documents yet" />
            ) : (
              <Stack gap={4}>
                {rows.map((f) => (
                  <Group key={f.id} justify="space-between">
                    <Anchor href={f.contentUrl} download={f.name} size="sm" fw={600}>
                      {f.name}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {formatBytes(f.size)} · {formatDate(f.createdAt)}
                    </Text>
                  </Group>
                ))}
              </Stack>
            )
          }
        </QueryState>
        {agreement.can.attach && (
          <FileDrop
            compact
            label="Attach a document"
            hint="The contract, its signed copy, annexes: PDF, Office, OpenDocument, image or text, up to 25 MB."
            accept={DOCUMENT_ACCEPT}
            maxBytes={25 * 1024 * 1024}
            upload={(file, onProgress) => uploadAgreementDocument(agreement.id, file, onProgress)}
            onUploaded={async () => {
              await queryClient.invalidateQueries({ queryKey: agreementKeys.files(agreement.id) });
              notifySuccess('Attached the document');
            }}
          />
        )}
      </Stack>
    </SectionCard>
  );
}

const list = (values: string[]) => (values.length ? values.join(', ') : '—');

function AgreementView({ agreement: a }: { agreement: Agreement }) {
  const user = useCurrentUser();
  return (
    <>
      <PageHeader
        title={a.title}
        crumbs={[
          isVendor(user) ? { label: a.partnerName, to: `/partners/${a.partnerId}` } : { label: 'Agreements', to: '/agreements' },
        ]}
        badges={
          <>
            <Badge color={COLORS.agreementStatus[a.status]}>{LABELS.agreementStatus[a.status]}</Badge>
            <Badge variant="outline" color="gray">
              {LABELS.agreementType[a.type]}
            </Badge>
          </>
        }
        actions={<Actions agreement={a} />}
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="md">
            <SectionCard title="Term and renewal" label="Term and renewal">
              <Grid>
                <Grid.Col span={6}>
                  <Fact label="Partner">
                    {isVendor(user) ? (
                      <Anchor component={Link} to={`/partners/${a.partnerId}`} size="sm">
                        {a.partnerName}
                      </Anchor>
                    ) : (
                      a.partnerName
                    )}
                  </Fact>
                </Grid.Col>
                <Grid.Col span={6}>
                  <Fact label="Term">{`${formatDay(a.startOn)} – ${a.endOn ? formatDay(a.endOn) : 'open-ended'}`}</Fact>
                </Grid.Col>
                <Grid.Col span={6}>
                  <Fact label="Renewal">{`${LABELS.renewalType[a.renewalType]} (${a.renewalTermMonths} months)`}</Fact>
                </Grid.Col>
                <Grid.Col span={6}>
                  <Fact label="Notice">
                    {a.noticeGivenOn
                      ? `Notice given on ${formatDay(a.noticeGivenOn)}: ends with its term`
                      : a.noticeDeadline
                        ? `${a.noticeDays} days: by ${formatDay(a.noticeDeadline)}`
                        : `${a.noticeDays} days`}
                  </Fact>
                </Grid.Col>
                {a.renewalCount > 0 && (
                  <Grid.Col span={6}>
                    <Fact label="Renewed">{`${a.renewalCount} times, last ${formatDate(a.lastRenewedAt)}`}</Fact>
                  </Grid.Col>
                )}
              </Grid>
            </SectionCard>
            <SectionCard title="Terms" label="Terms">
              <Stack gap="sm">
                <Fact label="Commercial terms">{a.commercialTerms || '—'}</Fact>
                <Fact label="Exclusivity">
                  {a.exclusivity === 'none' ? 'None' : `${LABELS.exclusivity[a.exclusivity]}: ${a.exclusivityScope}`}
                </Fact>
                <Fact label="Segments">{list(a.segments)}</Fact>
                <Fact label="Territories">{list(a.territories)}</Fact>
                <Fact label="Solution categories">{list(a.solutionCategories)}</Fact>
                <Fact label="Joint-IP governance">{a.jointIpGovernance || '—'}</Fact>
                <Fact label="Termination provisions">{a.terminationProvisions || '—'}</Fact>
              </Stack>
            </SectionCard>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="md">
            <SectionCard title="Signatures" label="Signatures">
              <Stack gap="xs">
                <Fact label="Sent">{a.sentAt ? formatDate(a.sentAt) : '—'}</Fact>
                <Fact label="Signed by the partner">
                  {a.partnerSignedAt
                    ? `${formatDate(a.partnerSignedAt)}${a.partnerSignedBy ? ` by ${a.partnerSignedBy.name}` : ''}`
                    : '—'}
                </Fact>
                <Fact label="Countersigned">
                  {a.countersignedAt
                    ? `${formatDate(a.countersignedAt)}${a.countersignedBy ? ` by ${a.countersignedBy.name}` : ''}`
                    : '—'}
                </Fact>
                {a.terminatedAt && <Fact label="Terminated">{`${formatDate(a.terminatedAt)}: ${a.terminationReason}`}</Fact>}
              </Stack>
            </SectionCard>
            <Files agreement={a} />
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}

export function AgreementPage() {
  const { id = '' } = useParams();
  const agreement = useAgreement(id);
  return (
    <QueryState query={agreement} loading="Loading agreement…" notFound={<NotFoundState what="Agreement" />}>
      {(a) => <AgreementView agreement={a} />}
    </QueryState>
  );
}
