import { Anchor, Badge, Button, Grid, Group, Stack, Text } from '@mantine/core';
import { IconDownload, IconExternalLink, IconPencil } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { Labelled } from '../../../ui/Fact';
import { FileDrop } from '../../../ui/FileDrop';
import { formatBytes, formatCount, formatDate } from '../../../ui/format';
import { COLORS, LABELS } from '../../../ui/labels';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { QueryState } from '../../../ui/States';
import { isVendor } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { usePrograms, useProgramTiers } from '../../programs/api';
import { ValuePropositionLink } from '../../value/components/ValuePropositionLink';
import { type Resource, resourceKeys, uploadResourceFile, useCobrandPreview, useResource } from '../api';
import { ResourceForm } from '../components/ResourceForm';
import { useOpen } from '../components/useOpen';

const FILE_HINT = 'PDF, Office documents, images, ZIP or MP4, at most 50 MB';
const FILE_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'image/png',
  'image/jpeg',
  'application/zip',
  'video/mp4',
];

export function ResourcePage() {
  const { id = '' } = useParams();
  const resource = useResource(id);
  return <QueryState query={resource}>{(r) => <ResourceView resource={r} />}</QueryState>;
}

function ResourceView({ resource: r }: { resource: Resource }) {
  const user = useCurrentUser();
  const vendor = isVendor(user);
  const editing = useDialog();
  const opener = useOpen();
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: resourceKeys.all });
  return (
    <>
      <PageHeader
        title={r.title}
        crumbs={[{ label: 'Resources', to: '/resources' }]}
        badges={
          <Group gap={6}>
            <Badge color={COLORS.resourceKind[r.kind]} variant="light">
              {LABELS.resourceKind[r.kind]}
            </Badge>
            {vendor && <Badge color={COLORS.resourceStatus[r.status]}>{LABELS.resourceStatus[r.status]}</Badge>}
            {r.isNew && <Badge>New</Badge>}
            {r.featured && (
              <Badge color="yellow" variant="light">
                Featured
              </Badge>
            )}
          </Group>
        }
        actions={
          <Group gap="xs">
            {r.can.download && (
              <Button
                leftSection={r.kind === 'link' ? <IconExternalLink size={16} /> : <IconDownload size={16} />}
                loading={opener.pending}
                onClick={() => opener.open(r)}
              >
                {r.kind === 'link' ? 'Open' : 'Download'}
              </Button>
            )}
            {r.can.edit && (
              <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => editing.open()}>
                Edit
              </Button>
            )}
          </Group>
        }
      />
      <Grid>
        <Grid.Col span={{ base: 12, md: r.can.cobrand ? 5 : 8 }}>
          <Stack gap="md">
            <SectionCard title="About" label="About">
              {r.description && (
                <Text size="sm" mb="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {r.description}
                </Text>
              )}
              <Grid gap="sm">
                <Grid.Col span={6}>
                  <Labelled label="Category">
                    <Text size="sm">{r.category?.name ?? '—'}</Text>
                  </Labelled>
                </Grid.Col>
                <Grid.Col span={6}>
                  <Labelled label="Language">
                    <Text size="sm">{r.language.toUpperCase()}</Text>
                  </Labelled>
                </Grid.Col>
                <Grid.Col span={6}>
                  <Labelled label="Joint value proposition">
                    <Text size="sm" component="div">
                      <ValuePropositionLink proposition={r.valueProposition} />
                    </Text>
                  </Labelled>
                </Grid.Col>
                <Grid.Col span={6}>
                  <Labelled label="Tags">
                    <Text size="sm">{r.tags.join(', ') || '—'}</Text>
                  </Labelled>
                </Grid.Col>
                <Grid.Col span={6}>
                  <Labelled label="Published">
                    <Text size="sm">{formatDate(r.publishedAt)}</Text>
                  </Labelled>
                </Grid.Col>
                {r.file && (
                  <Grid.Col span={12}>
                    <Labelled label="File">
                      <Text size="sm">
                        {r.file.name} · {formatBytes(r.file.size)}
                      </Text>
                    </Labelled>
                  </Grid.Col>
                )}
                {r.url && (
                  <Grid.Col span={12}>
                    <Labelled label="Link">
                      <Text size="sm" lineClamp={1}>
                        {r.url}
                      </Text>
                    </Labelled>
                  </Grid.Col>
                )}
                <Grid.Col span={12}>
                  <Labelled label={vendor ? 'Partner downloads' : 'Downloads by your company'}>
                    <Text size="sm" aria-label="Downloads">
                      {formatCount(r.downloads.total)} in all, {formatCount(r.downloads.last90Days)} in the last 90 days
                      {vendor ? `, by ${r.downloads.partners} partners` : ''}
                    </Text>
                  </Labelled>
                </Grid.Col>
              </Grid>
            </SectionCard>
            {vendor && <AudienceCard resource={r} />}
            {r.can.upload && (
              <SectionCard
                title="File"
                label="File"
                description="Partners download it through the library, which counts each download."
              >
                <FileDrop
                  label={r.file ? 'Replace the file' : 'Upload a file'}
                  hint={FILE_HINT}
                  accept={FILE_TYPES}
                  maxBytes={50 * 1024 * 1024}
                  upload={(file, onProgress) => uploadResourceFile(r.id, file, onProgress)}
                  onUploaded={refresh}
                />
              </SectionCard>
            )}
          </Stack>
        </Grid.Col>
        {r.can.cobrand && (
          <Grid.Col span={{ base: 12, md: 7 }}>
            <CobrandCard resource={r} vendor={vendor} onDownloaded={refresh} />
          </Grid.Col>
        )}
      </Grid>
      <FormDialog dialog={editing} title="Edit resource" size="lg">
        {() => <ResourceForm resource={r} onCancel={editing.close} onDone={editing.close} />}
      </FormDialog>
    </>
  );
}

function AudienceCard({ resource: r }: { resource: Resource }) {
  const programs = usePrograms();
  const nameOf = new Map((programs.data ?? []).map((p) => [p.id, p.name]));
  return (
    <SectionCard title="Who sees it" label="Audience">
      {r.status !== 'published' ? (
        <Text size="sm">No partner until it is published.</Text>
      ) : r.audience.length === 0 ? (
        <Text size="sm">Every partner.</Text>
      ) : (
        <Stack gap={4}>
          {r.audience.map((a) => (
            <AudienceLine
              key={a.programId}
              program={nameOf.get(a.programId) ?? 'A program'}
              programId={a.programId}
              minTierId={a.minTierId}
            />
          ))}
          <Text size="xs" c="dimmed">
            Partners below the tier get “not found”, exactly like a resource that does not exist.
          </Text>
        </Stack>
      )}
    </SectionCard>
  );
}

function AudienceLine({ program, programId, minTierId }: { program: string; programId: string; minTierId: string | null }) {
  return (
    <Text size="sm">
      <Anchor component={Link} to={`/programs/${programId}`} size="sm">
        {program}
      </Anchor>
      {minTierId ? <TierName programId={programId} tierId={minTierId} /> : ', any tier'}
    </Text>
  );
}

function TierName({ programId, tierId }: { programId: string; tierId: string }) {
  const tiers = useProgramTiers(programId);
  const tier = tiers.data?.find((t) => t.id === tierId);
  return <>{`, ${tier?.name ?? 'a tier'} and above`}</>;
}

/** The partner's co-branded one-pager: a sandboxed preview and the download (which counts). */
function CobrandCard({ resource: r, vendor, onDownloaded }: { resource: Resource; vendor: boolean; onDownloaded: () => void }) {
  const preview = useCobrandPreview(r.id, true);
  return (
    <SectionCard
      title="Co-branded one-pager"
      label="Co-branded one-pager"
      description={
        vendor
          ? 'Previewed with sample values; each partner gets its own name, logo and website, and the contact who downloads it.'
          : 'Your company’s name, logo and website, and you as the contact, merged into the vendor’s approved template.'
      }
      action={
        <Group gap="xs">
          <Button
            component="a"
            href={`/api/v1/resources/${r.id}/cobranded.pdf`}
            download
            size="xs"
            leftSection={<IconDownload size={14} />}
            onClick={() => setTimeout(onDownloaded, 1000)}
          >
            Download PDF
          </Button>
          <Button
            component="a"
            href={`/api/v1/resources/${r.id}/cobranded`}
            download
            size="xs"
            variant="light"
            leftSection={<IconDownload size={14} />}
            onClick={() => setTimeout(onDownloaded, 1000)}
          >
            Download one-pager
          </Button>
        </Group>
      }
    >
      <QueryState query={preview}>
        {(p) => (
          <iframe
            title="Co-branded preview"
            sandbox=""
            srcDoc={p.html}
            style={{
              width: '100%',
              height: 480,
              border: '1px solid var(--mantine-color-gray-3)',
              borderRadius: 4,
              background: 'white',
            }}
          />
        )}
      </QueryState>
    </SectionCard>
  );
}
