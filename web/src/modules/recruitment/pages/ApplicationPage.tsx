import { Alert, Anchor, Button, Checkbox, Grid, Group, List, Select, Stack, Text, Textarea } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { Labelled } from '../../../ui/Fact';
import { displayUrl, formatDateTime } from '../../../ui/format';
import { LABELS, looseLabel } from '../../../ui/labels';
import { countryName } from '../../../ui/locale';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { NotFoundState, QueryState } from '../../../ui/States';
import { type PartnerApplication, useAcceptApplication, useApplication, useRejectApplication } from '../api';
import { ApplicationFlags, ApplicationStatusBadge } from '../components/ApplicationBadges';
import { FitReasons } from '../components/FitBadge';
import { duplicateReason } from '../labels';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Grid.Col span={{ base: 12, sm: 6 }}>
      <Labelled label={label}>{typeof children === 'string' ? <Text size="sm">{children || '—'}</Text> : children}</Labelled>
    </Grid.Col>
  );
}

function AcceptForm({ application, onDone }: { application: PartnerApplication; onDone: () => void }) {
  const accept = useAcceptApplication();
  const linkable = application.duplicates.filter((d) => d.reason !== 'application');
  const [partnerId, setPartnerId] = useState<string | null>(linkable.find((d) => d.reason === 'domain')?.id ?? null);
  const [notifyApplicant, setNotify] = useState(true);
  const [error, setError] = useState<string | null>(null);
  return (
    <Stack gap="md">
      {linkable.length > 0 && (
        <Select
          label="Link to an existing partner"
          description="Leave empty to make a new prospect from the application."
          data={linkable.map((d) => ({ value: d.id, label: d.name }))}
          value={partnerId}
          onChange={setPartnerId}
          clearable
        />
      )}
      <Checkbox
        label="E-mail the applicant that they are accepted"
        checked={notifyApplicant}
        onChange={(e) => setNotify(e.currentTarget.checked)}
      />
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button
          loading={accept.isPending}
          onClick={() =>
            accept.run(
              { id: application.id, body: { notifyApplicant, ...(partnerId ? { partnerId } : {}) } },
              {
                success: (a) => `Accepted: ${a.prospect?.name ?? a.companyName} is a prospect`,
                onSuccess: onDone,
                onError: (e) => {
                  setError(e instanceof Error ? e.message : String(e));
                  return true;
                },
              },
            )
          }
        >
          {partnerId ? 'Accept and link' : 'Accept and make a prospect'}
        </Button>
      </Group>
    </Stack>
  );
}

function RejectForm({ application, onDone }: { application: PartnerApplication; onDone: () => void }) {
  const reject = useRejectApplication();
  const [reason, setReason] = useState('');
  const [notifyApplicant, setNotify] = useState(true);
  const [error, setError] = useState<string | null>(null);
  return (
    <Stack gap="md">
      <Textarea
        label="Reason"
        description="Kept for your team; the applicant gets a polite e-mail without it."
        required
        autosize
        minRows={2}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={error}
        data-autofocus
      />
      <Checkbox label="E-mail the applicant" checked={notifyApplicant} onChange={(e) => setNotify(e.currentTarget.checked)} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button
          color="red"
          loading={reject.isPending}
          onClick={() => {
            if (!reason.trim()) return setError('Give a reason');
            reject.run(
              { id: application.id, reason: reason.trim(), notifyApplicant },
              { success: `Rejected the application of ${application.companyName}`, onSuccess: onDone },
            );
          }}
        >
          Reject
        </Button>
      </Group>
    </Stack>
  );
}

/** One application: what the company told us, its fit, possible duplicates, and the decision. */
export function ApplicationPage() {
  const { id = '' } = useParams();
  const application = useApplication(id);
  const accepting = useDialog<PartnerApplication>();
  const rejecting = useDialog<PartnerApplication>();
  return (
    <QueryState query={application} notFound={<NotFoundState what="Application" />}>
      {(a) => (
        <>
          <PageHeader
            title={a.companyName}
            crumbs={[
              { label: 'Recruitment', to: '/recruitment' },
              { label: 'Applications', to: '/recruitment/applications' },
            ]}
            badges={
              <>
                <ApplicationStatusBadge status={a.status} />
                <ApplicationFlags application={a} />
              </>
            }
            actions={
              a.can.review && (
                <Group gap="xs">
                  <Button color="red" variant="light" leftSection={<IconX size={16} />} onClick={() => rejecting.open(a)}>
                    Reject
                  </Button>
                  <Button leftSection={<IconCheck size={16} />} onClick={() => accepting.open(a)}>
                    Accept
                  </Button>
                </Group>
              )
            }
          />
          <Grid gap="md">
            <Grid.Col span={{ base: 12, lg: 8 }}>
              <Stack gap="md">
                {a.duplicates.length > 0 && (
                  <Alert color="orange" icon={<IconAlertTriangle />} title="This may be a company you know">
                    <List size="sm">
                      {a.duplicates.map((d) => (
                        <List.Item key={`${d.reason}-${d.id}`}>
                          {duplicateReason[d.reason]}{' '}
                          <Anchor
                            component={Link}
                            to={d.reason === 'application' ? `/recruitment/applications/${d.id}` : `/partners/${d.id}`}
                          >
                            {d.name}
                          </Anchor>
                        </List.Item>
                      ))}
                    </List>
                  </Alert>
                )}
                <SectionCard title="Application">
                  <Grid gap="md">
                    <Fact label="Website">
                      <Anchor href={a.website} target="_blank" rel="noopener noreferrer" size="sm">
                        {displayUrl(a.website)}
                      </Anchor>
                    </Fact>
                    <Fact label="Headquarters">{countryName(a.country)}</Fact>
                    <Fact label="Partner types">{a.types.map((t) => looseLabel(LABELS.partnerType, t)).join(', ')}</Fact>
                    <Fact label="Company size">{a.companySize ? looseLabel(LABELS.companySize, a.companySize) : ''}</Fact>
                    <Fact label="Regions served">{a.regions.map((r) => looseLabel(LABELS.region, r)).join(', ')}</Fact>
                    <Fact label="Industries">{a.industries.join(', ')}</Fact>
                    <Fact label="Contact">{[a.contactName, a.contactTitle].filter(Boolean).join(', ')}</Fact>
                    <Fact label="Reach">
                      <Stack gap={0}>
                        <Anchor href={`mailto:${a.contactEmail}`} size="sm">
                          {a.contactEmail}
                        </Anchor>
                        {a.contactPhone && <Text size="sm">{a.contactPhone}</Text>}
                      </Stack>
                    </Fact>
                  </Grid>
                  {a.message && (
                    <Labelled label="Message">
                      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                        {a.message}
                      </Text>
                    </Labelled>
                  )}
                  <Text size="xs" c="dimmed" mt="md">
                    Received {formatDateTime(a.createdAt)}
                  </Text>
                </SectionCard>
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 4 }}>
              <Stack gap="md">
                <SectionCard title={`Fit ${a.fit.score}`} description="Against the Ideal Partner Profile as it is now.">
                  {a.fit.reasons.length > 0 ? (
                    <FitReasons reasons={a.fit.reasons as never} />
                  ) : (
                    <Text size="sm" c="dimmed">
                      No Ideal Partner Profile yet.
                    </Text>
                  )}
                </SectionCard>
                {a.status !== 'submitted' && (
                  <SectionCard title="Decision">
                    <Text size="sm">
                      {a.status === 'accepted' ? 'Accepted' : 'Rejected'} by {a.reviewedBy?.name ?? 'someone'}
                      {a.reviewedAt ? ` on ${formatDateTime(a.reviewedAt)}` : ''}.
                    </Text>
                    {a.decisionReason && <Text size="sm">{a.decisionReason}</Text>}
                    {a.prospect && (
                      <Anchor component={Link} to={`/partners/${a.prospect.id}`} size="sm">
                        {a.prospect.name}
                      </Anchor>
                    )}
                  </SectionCard>
                )}
              </Stack>
            </Grid.Col>
          </Grid>
          <FormDialog dialog={accepting} title={(x) => `Accept ${x?.companyName ?? ''}`}>
            {(x) => x && <AcceptForm application={x} onDone={accepting.close} />}
          </FormDialog>
          <FormDialog dialog={rejecting} title={(x) => `Reject ${x?.companyName ?? ''}`}>
            {(x) => x && <RejectForm application={x} onDone={rejecting.close} />}
          </FormDialog>
        </>
      )}
    </QueryState>
  );
}
