import { Checkbox, Group, Select, Stack, TagsInput, Text, Textarea, TextInput } from '@mantine/core';
import { Form } from '../../../ui/Form';
import { useApiForm } from '../../../ui/forms';
import { LABELS, optionsOf } from '../../../ui/labels';
import { PartnerSelect } from '../../partners/components/PartnerSelect';
import { usePrograms, useProgramTiers } from '../../programs/api';
import { ValuePropositionSelect } from '../../value/components/ValuePropositionSelect';
import { type Resource, type ResourceBody, useCreateResource, useResourceCategories, useUpdateResource } from '../api';

type Audience = NonNullable<ResourceBody['audience']>;

type Values = {
  title: string;
  description: string;
  categoryId: string | null;
  tags: string[];
  language: string;
  status: NonNullable<ResourceBody['status']>;
  featured: boolean;
  url: string;
  template: string;
  audience: Audience;
  /** Whose JVP the content is made with (not saved: it picks the JVP's options). */
  jvpPartnerId: string | null;
  valuePropositionId: string | null;
};

export const MERGE_FIELD_HINT =
  'HTML with merge fields: {{partner.name}}, {{partner.logo}} (an image URL for <img src>), {{partner.website}}, ' +
  '{{partner.contactName}}, {{partner.contactEmail}}, {{today}}. Every value is escaped.';

/** One program's line of the audience: in or out, and the lowest tier that sees the resource. */
function ProgramLine({
  program,
  line,
  onChange,
  disabled,
}: {
  program: { id: string; name: string };
  line: Audience[number] | undefined;
  onChange: (line: Audience[number] | null) => void;
  disabled?: boolean;
}) {
  const tiers = useProgramTiers(program.id, Boolean(line));
  return (
    <Group gap="sm" align="center" wrap="nowrap">
      <Checkbox
        label={program.name}
        checked={Boolean(line)}
        onChange={(e) => onChange(e.currentTarget.checked ? { programId: program.id, minTierId: null } : null)}
        disabled={disabled}
        w={220}
      />
      {line && (
        <Select
          aria-label={`Lowest tier in ${program.name}`}
          size="xs"
          w={220}
          placeholder="Any tier"
          clearable
          data={(tiers.data ?? []).map((t) => ({ value: t.id, label: `${t.name} and above` }))}
          value={line.minTierId}
          disabled={disabled}
          onChange={(v) => onChange({ programId: program.id, minTierId: v })}
        />
      )}
    </Group>
  );
}

/**
 * The program-and-minimum-tier gate: ticked programs, the lowest tier in each. Shared by the
 * resource library and enablement (courses, certifications).
 */
export function AudienceEditor({
  value,
  onChange,
  error,
  label = 'Who sees it',
  help = 'No program ticked: every partner. Otherwise partners in a ticked program, at the tier chosen or above. A tier whose benefits name this resource unlocks it too.',
  disabled,
}: {
  value: Audience;
  onChange: (a: Audience) => void;
  error?: string;
  label?: string;
  help?: string;
  disabled?: boolean;
}) {
  const programs = usePrograms();
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      <Text size="xs" c="dimmed">
        {help}
      </Text>
      {(programs.data ?? []).map((p) => (
        <ProgramLine
          key={p.id}
          program={p}
          line={value.find((a) => a.programId === p.id)}
          disabled={disabled}
          onChange={(line) => onChange([...value.filter((a) => a.programId !== p.id), ...(line ? [line] : [])])}
        />
      ))}
      {error && (
        <Text size="xs" c="red">
          {error}
        </Text>
      )}
    </Stack>
  );
}

/** Add a resource to the library or change one: what it is, where it is filed, who sees it. */
export function ResourceForm({
  resource,
  onDone,
  onCancel,
}: {
  resource?: Resource;
  onDone: (r: Resource) => void;
  onCancel: () => void;
}) {
  const create = useCreateResource();
  const update = useUpdateResource();
  const categories = useResourceCategories();
  const form = useApiForm<Values, Resource, never>({
    initialValues: {
      title: resource?.title ?? '',
      description: resource?.description ?? '',
      categoryId: resource?.categoryId ?? null,
      tags: resource?.tags ?? [],
      language: resource?.language ?? 'en',
      status: resource?.status ?? 'draft',
      featured: resource?.featured ?? false,
      url: resource?.url ?? '',
      template: resource?.template ?? '',
      audience: resource?.audience ?? [],
      jvpPartnerId: resource?.valueProposition?.partnerId ?? null,
      valuePropositionId: resource?.valuePropositionId ?? null,
    },
    mutation: (resource ? update : create) as never,
    toVariables: (v) =>
      ({
        ...(resource ? { id: resource.id } : {}),
        title: v.title,
        description: v.description,
        categoryId: v.categoryId,
        tags: v.tags,
        language: v.language,
        status: v.status,
        featured: v.featured,
        url: v.url.trim() || null,
        template: v.template.trim() || null,
        audience: v.audience,
        valuePropositionId: v.jvpPartnerId ? v.valuePropositionId : null,
      }) as never,
    success: (r) => (resource ? `Saved ${r.title}` : `Added ${r.title}`),
    onSuccess: (r) => onDone(r as Resource),
  });
  const audienceError = Object.entries(form.errors)
    .filter(([k]) => k.startsWith('audience'))
    .map(([, v]) => String(v))
    .join('; ');
  return (
    <Form form={form} submitLabel={resource ? 'Save resource' : 'Add resource'} onCancel={onCancel}>
      <TextInput label="Title" required placeholder="Battlecard: Lumen vs. Globex" {...form.getInputProps('title')} />
      <Textarea label="Description" autosize minRows={2} {...form.getInputProps('description')} />
      <Group grow align="flex-start">
        <Select
          label="Category"
          placeholder="None"
          clearable
          data={(categories.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          {...form.getInputProps('categoryId')}
        />
        <TextInput label="Language" description="e.g. en, de, pt-BR" {...form.getInputProps('language')} />
      </Group>
      <TagsInput label="Tags" placeholder="Type a tag and press Enter" {...form.getInputProps('tags')} />
      <TextInput
        label="Link"
        description="For a link resource: the page, video or folder it opens. Upload a file on the resource’s page instead."
        placeholder="https://"
        {...form.getInputProps('url')}
      />
      <Textarea
        label="Co-brand template"
        description={MERGE_FIELD_HINT}
        autosize
        minRows={3}
        maxRows={12}
        styles={{ input: { fontFamily: 'monospace', fontSize: 12 } }}
        {...form.getInputProps('template')}
      />
      <AudienceEditor
        value={form.values.audience}
        onChange={(a) => form.setFieldValue('audience', a)}
        error={audienceError || undefined}
      />
      <Group grow align="flex-start">
        <PartnerSelect
          label="Made with the alliance of"
          value={form.values.jvpPartnerId}
          onChange={(id) => {
            form.setFieldValue('jvpPartnerId', id);
            form.setFieldValue('valuePropositionId', null);
          }}
        />
        <ValuePropositionSelect
          partnerIds={form.values.jvpPartnerId ? [form.values.jvpPartnerId] : []}
          value={form.values.valuePropositionId}
          onChange={(id) => form.setFieldValue('valuePropositionId', id)}
          error={form.errors.valuePropositionId}
          description="Content made from an alliance’s proposition counts as its deployment."
        />
      </Group>
      <Group grow align="flex-start">
        <Select label="Status" allowDeselect={false} data={optionsOf(LABELS.resourceStatus)} {...form.getInputProps('status')} />
        <Checkbox
          mt="xl"
          label="Featured"
          description="Shown first to partners"
          {...form.getInputProps('featured', { type: 'checkbox' })}
        />
      </Group>
    </Form>
  );
}
