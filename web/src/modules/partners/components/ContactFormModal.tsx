import {
  Autocomplete,
  Checkbox,
  Group,
  Input,
  Modal,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Contact, ContactInfluence, ContactSide } from '../../../api/types';
import { FormActions } from '../../../ui/FormActions';
import { showFormErrors } from '../../../ui/forms';
import { LABELS, optionsOf } from '../../../ui/labels';
import { notifySuccess } from '../../../ui/notify';
import { useSaveContact } from '../api';

type Values = {
  name: string;
  email: string;
  phone: string;
  title: string;
  side: ContactSide;
  role: string;
  influence: ContactInfluence;
  isPrimary: boolean;
  isExecutiveSponsor: boolean;
  notes: string;
};

const FIELDS = [
  'name',
  'email',
  'phone',
  'title',
  'side',
  'role',
  'influence',
  'isPrimary',
  'isExecutiveSponsor',
  'notes',
] as const;

/** Roles people play in a partnership; free text, these are only suggestions. */
const ROLE_SUGGESTIONS = [
  'Alliance manager',
  'Channel manager',
  'Champion',
  'Decision maker',
  'Economic buyer',
  'Executive sponsor',
  'Marketing lead',
  'Sales lead',
  'Solutions architect',
  'Technical lead',
  'Operations',
  'Finance',
];

function toValues(contact: Contact | null): Values {
  return {
    name: contact?.name ?? '',
    email: contact?.email ?? '',
    phone: contact?.phone ?? '',
    title: contact?.title ?? '',
    side: contact?.side ?? 'partner',
    role: contact?.role ?? '',
    influence: contact?.influence ?? 'medium',
    isPrimary: contact?.isPrimary ?? false,
    isExecutiveSponsor: contact?.isExecutiveSponsor ?? false,
    notes: contact?.notes ?? '',
  };
}

export function ContactFormModal({
  partnerId,
  contact,
  opened,
  onClose,
}: {
  partnerId: string;
  contact: Contact | null;
  opened: boolean;
  onClose: () => void;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title={contact ? `Edit ${contact.name}` : 'Add a contact'} size="lg">
      {opened && <ContactForm partnerId={partnerId} contact={contact} onDone={onClose} />}
    </Modal>
  );
}

function ContactForm({ partnerId, contact, onDone }: { partnerId: string; contact: Contact | null; onDone: () => void }) {
  const save = useSaveContact(partnerId);
  const form = useForm<Values>({
    initialValues: toValues(contact),
    validate: {
      name: (v) => (v.trim() ? null : 'Enter a name'),
      email: (v) => (!v.trim() || /^\S+@\S+\.\S+$/.test(v.trim()) ? null : 'Enter an e-mail address or leave it empty'),
    },
  });
  const submit = form.onSubmit((values) =>
    save.mutate(
      { contactId: contact?.id ?? null, body: { ...values, email: values.email.trim() } },
      {
        onSuccess: (saved) => {
          notifySuccess(contact ? `Saved ${saved.name}` : `Added ${saved.name}`);
          onDone();
        },
        onError: (error) => showFormErrors(form, error, FIELDS),
      },
    ),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
          <TextInput label="Job title" {...form.getInputProps('title')} />
          <TextInput label="E-mail" type="email" {...form.getInputProps('email')} />
          <TextInput label="Phone" {...form.getInputProps('phone')} />
        </SimpleGrid>
        <Input.Wrapper label="Side" error={form.errors.side}>
          <SegmentedControl fullWidth aria-label="Side" data={optionsOf(LABELS.contactSide)} {...form.getInputProps('side')} />
        </Input.Wrapper>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Autocomplete
            label="Role in the partnership"
            placeholder="e.g. Champion"
            data={ROLE_SUGGESTIONS}
            {...form.getInputProps('role')}
          />
          <Input.Wrapper label="Influence" error={form.errors.influence}>
            <SegmentedControl
              fullWidth
              aria-label="Influence"
              data={optionsOf(LABELS.contactInfluence)}
              {...form.getInputProps('influence')}
            />
          </Input.Wrapper>
        </SimpleGrid>
        <Group gap="lg">
          <Checkbox label="Primary contact" {...form.getInputProps('isPrimary', { type: 'checkbox' })} />
          <Checkbox label="Executive sponsor" {...form.getInputProps('isExecutiveSponsor', { type: 'checkbox' })} />
        </Group>
        <Textarea label="Notes" autosize minRows={2} maxRows={6} {...form.getInputProps('notes')} />
        <FormActions submitLabel={contact ? 'Save contact' : 'Add contact'} busy={save.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
