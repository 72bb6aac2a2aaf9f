import { PasswordInput, SimpleGrid } from '@mantine/core';
import { Form } from '../../../ui/Form';
import { type FormValues, useApiForm } from '../../../ui/forms';
import { SectionCard } from '../../../ui/SectionCard';
import { type PasswordBody, useChangePassword } from '../api';

const MIN = 12;
/** The new password twice: a typo would lock the user out. */
const EMPTY: FormValues<PasswordBody> & { confirm: string } = { currentPassword: '', newPassword: '', confirm: '' };

export function PasswordCard() {
  const change = useChangePassword();
  const form = useApiForm({
    initialValues: EMPTY,
    validate: {
      currentPassword: (v) => (v ? null : 'Enter your current password'),
      newPassword: (v) => (v.length >= MIN ? null : `Use at least ${MIN} characters`),
      confirm: (v, values) => (v === values.newPassword ? null : 'The passwords do not match'),
    },
    mutation: change,
    toVariables: ({ currentPassword, newPassword }) => ({ currentPassword, newPassword }),
    success: 'Password changed. Your other sessions were signed out.',
    onSuccess: () => form.reset(),
  });
  return (
    <SectionCard
      title="Password"
      description="A long passphrase beats a short complicated password. Changing it signs you out on your other devices."
    >
      <Form form={form} submitLabel="Change password">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <PasswordInput label="Current password" autoComplete="current-password" {...form.getInputProps('currentPassword')} />
          <PasswordInput label="New password" autoComplete="new-password" {...form.getInputProps('newPassword')} />
          <PasswordInput label="Repeat new password" autoComplete="new-password" {...form.getInputProps('confirm')} />
        </SimpleGrid>
      </Form>
    </SectionCard>
  );
}
