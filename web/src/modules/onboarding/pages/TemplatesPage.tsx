import {
  ActionIcon,
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { type Column, DataTable } from '../../../ui/DataTable';
import { ConfirmDialog, FormDialog, useDialog } from '../../../ui/dialogs';
import { Form } from '../../../ui/Form';
import { useApiForm } from '../../../ui/forms';
import { LABELS, optionsOf } from '../../../ui/labels';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, QueryState } from '../../../ui/States';
import { mayApp } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import {
  type OnboardingStep,
  type OnboardingTemplate,
  type TemplateBody,
  useDeleteTemplate,
  useSaveTemplate,
  useTemplates,
} from '../api';

const ROLE_OPTIONS = {
  vendor: [
    { value: 'partner_manager', label: 'Partner manager' },
    { value: 'admin', label: 'Admin' },
    { value: 'finance', label: 'Finance' },
    { value: 'executive', label: 'Executive' },
  ],
  partner: [
    { value: 'partner_admin', label: 'Partner admin' },
    { value: 'partner_user', label: 'Partner user' },
  ],
};

const NEW_STEP: OnboardingStep = {
  title: '',
  description: '',
  ownerSide: 'partner',
  ownerRole: 'partner_admin',
  dueOffsetDays: 7,
  requirement: 'none',
  required: true,
};

function TemplateForm({ template, onDone }: { template: OnboardingTemplate | null; onDone: () => void }) {
  const save = useSaveTemplate();
  const form = useApiForm({
    initialValues: {
      name: template?.name ?? '',
      description: template?.description ?? '',
      partnerTypes: (template?.partnerTypes ?? []) as TemplateBody['partnerTypes'] & string[],
      active: template?.active ?? true,
      steps: template?.steps ?? [{ ...NEW_STEP }],
    },
    validate: {
      name: (v: string) => (v.trim() ? null : 'Name the template'),
      steps: { title: (v: string) => (v.trim() ? null : 'Name the step') },
    },
    mutation: save,
    toVariables: (v) => ({ id: template?.id ?? null, body: { ...v, name: v.name.trim() } as TemplateBody }),
    success: (t) => `Saved ${t.name}`,
    onSuccess: onDone,
  });
  return (
    <Form form={form} submitLabel="Save template" onCancel={onDone}>
      <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
      <TextInput label="Description" {...form.getInputProps('description')} />
      <MultiSelect
        label="Suits partner types"
        description="Starting an onboarding without choosing picks the template made for the partner’s type"
        data={optionsOf(LABELS.partnerType)}
        searchable
        {...form.getInputProps('partnerTypes')}
      />
      <Switch label="Active (offered when starting an onboarding)" {...form.getInputProps('active', { type: 'checkbox' })} />
      <Text size="sm" fw={600}>
        Steps, in order
      </Text>
      {form.values.steps.map((step, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: steps have no id; their position is their identity while editing
        <Paper key={i} withBorder p="sm" radius="md" aria-label={`Step ${i + 1}`}>
          <Group align="flex-start" gap="sm" wrap="wrap">
            <TextInput label="Step" style={{ flex: '2 1 220px' }} required {...form.getInputProps(`steps.${i}.title`)} />
            <Select
              label="Side"
              w={120}
              allowDeselect={false}
              data={optionsOf(LABELS.ownerSide)}
              {...form.getInputProps(`steps.${i}.ownerSide`)}
              onChange={(value) => {
                const side = (value ?? 'partner') as 'vendor' | 'partner';
                form.setFieldValue(`steps.${i}.ownerSide`, side);
                form.setFieldValue(`steps.${i}.ownerRole`, side === 'vendor' ? 'partner_manager' : 'partner_admin');
              }}
            />
            <Select
              label="Owner role"
              w={160}
              allowDeselect={false}
              data={ROLE_OPTIONS[step.ownerSide]}
              {...form.getInputProps(`steps.${i}.ownerRole`)}
            />
            <NumberInput label="Due (days)" w={110} min={0} max={730} {...form.getInputProps(`steps.${i}.dueOffsetDays`)} />
            <Select
              label="Needs"
              w={160}
              allowDeselect={false}
              data={optionsOf(LABELS.taskRequirement)}
              {...form.getInputProps(`steps.${i}.requirement`)}
            />
            <Switch mt={30} label="Required" {...form.getInputProps(`steps.${i}.required`, { type: 'checkbox' })} />
            <ActionIcon
              variant="subtle"
              color="red"
              mt={26}
              aria-label={`Remove step ${i + 1}`}
              onClick={() => form.removeListItem('steps', i)}
              disabled={form.values.steps.length <= 1}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        </Paper>
      ))}
      <Group>
        <Button
          variant="light"
          leftSection={<IconPlus size={16} />}
          onClick={() => form.insertListItem('steps', { ...NEW_STEP })}
        >
          Add step
        </Button>
      </Group>
    </Form>
  );
}

const COLUMNS: Column<OnboardingTemplate>[] = [
  { key: 'name', header: 'Template', cell: (t) => t.name },
  { key: 'steps', header: 'Steps', nowrap: true, cell: (t) => String(t.steps.length) },
  {
    key: 'types',
    header: 'For',
    cell: (t) => t.partnerTypes.map((p) => LABELS.partnerType[p as keyof typeof LABELS.partnerType] ?? p).join(', ') || '—',
  },
  { key: 'active', header: 'Active', nowrap: true, cell: (t) => (t.active ? 'Yes' : 'Retired') },
];

/** Onboarding plan templates: steps with their side, owner role, due offset and evidence. */
export function TemplatesPage() {
  const user = useCurrentUser();
  const templates = useTemplates();
  const editing = useDialog<OnboardingTemplate | null>();
  const deleting = useDialog<OnboardingTemplate>();
  const remove = useDeleteTemplate();
  const editable = mayApp(user, 'editOnboardingTemplates');
  return (
    <>
      <PageHeader
        title="Onboarding templates"
        crumbs={[{ label: 'Onboarding', to: '/onboarding' }]}
        description="The steps of an onboarding plan: who does each (the vendor or the partner, and which role), when it is due after the start, and what it asks for."
        actions={
          editable ? (
            <Button leftSection={<IconPlus size={16} />} onClick={() => editing.open(null)}>
              New template
            </Button>
          ) : undefined
        }
      />
      <SectionCard title="Templates" label="Onboarding templates">
        <QueryState query={templates}>
          {(rows) => (
            <Stack>
              <DataTable
                label="Onboarding templates"
                rows={rows}
                rowName={(t) => t.name}
                columns={COLUMNS}
                minWidth={520}
                empty={<Empty title="No templates yet" description="Write the steps every new partner goes through." />}
                actions={(t) => [
                  { label: 'Edit', onClick: () => editing.open(t), allowed: t.can.edit },
                  { label: 'Delete', color: 'red', icon: IconTrash, onClick: () => deleting.open(t), allowed: t.can.edit },
                ]}
                card={(t) => ({ title: t.name, subtitle: `${t.steps.length} steps` })}
              />
            </Stack>
          )}
        </QueryState>
      </SectionCard>
      <FormDialog dialog={editing} size="xl" title={(t) => (t ? `Edit ${t.name}` : 'New onboarding template')}>
        {(t) => <TemplateForm template={t} onDone={editing.close} />}
      </FormDialog>
      <ConfirmDialog
        dialog={deleting}
        title={(t) => `Delete ${t.name}?`}
        confirmLabel="Delete template"
        mutation={remove}
        variables={(t) => t.id}
        success={(t) => `Deleted ${t.name}`}
      >
        {() => 'Onboardings already started from it keep their tasks.'}
      </ConfirmDialog>
    </>
  );
}
