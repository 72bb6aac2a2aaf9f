import { Autocomplete, Checkbox, Group, Input, SegmentedControl, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import type { Contact } from '../../../api/types';
import { Form } from '../../../ui/Form';
import { type FormValues, useApiForm, valuesFrom } from '../../../ui/forms';
import { LABELS, optionsOf } from '../../../ui/labels';
import { type ContactBody, useSaveContact } from '../api';

const EMPTY: FormValues<ContactBody> = {
  name: '',
  email: '',
  phone: '',
  title: '',
  side: 'partner',
  role: '',
  influence: 'medium',
  isPrimary: false,
  isExecutiveSponsor: false,
  notes: '',
};

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

/** Adds a contact (`contact` null) or edits one; the dialog around it is the card's. */
export function ContactForm({ partnerId, contact, onDone }: { partnerId: string; contact: Contact | null; onDone: () => void }) {
  const save = useSaveContact(partnerId);
  const form = useApiForm({
    initialValues: valuesFrom(EMPTY, contact),
    validate: {
      name: (v) => (v.trim() ? null : 'Enter a name'),
      email: (v) => (!v.trim() || /^\S+@\S+\.\S+$/.test(v.trim()) ? null : 'Enter an e-mail address or leave it empty'),
    },
    mutation: save,
    toVariables: (values) => ({ contactId: contact?.id ?? null, body: { ...values, email: values.email.trim() } }),
    success: (saved) => (contact ? `Saved ${saved.name}` : `Added ${saved.name}`),
    onSuccess: onDone,
  });
  return (
    <Form form={form} submitLabel={contact ? 'Save contact' : 'Add contact'} onCancel={onDone}>
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
    </Form>
  );
}
