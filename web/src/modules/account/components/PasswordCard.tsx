import { Button, Card, Group, PasswordInput, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { showFormErrors } from '../../../ui/forms';
import { notifySuccess } from '../../../ui/notify';
import { useChangePassword } from '../api';

const MIN = 12;

export function PasswordCard() {
  const change = useChangePassword();
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', confirm: '' },
    validate: {
      currentPassword: (v: string) => (v ? null : 'Enter your current password'),
      newPassword: (v: string) => (v.length >= MIN ? null : `Use at least ${MIN} characters`),
      confirm: (v: string, values) => (v === values.newPassword ? null : 'The passwords do not match'),
    },
  });
  const submit = form.onSubmit((values) =>
    change.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      {
        onSuccess: () => {
          notifySuccess('Password changed. Your other sessions were signed out.');
          form.reset();
        },
        onError: (error) => showFormErrors(form, error, ['currentPassword', 'newPassword']),
      },
    ),
  );
  return (
    <Card>
      <Title order={4} mb={4}>
        Password
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        A long passphrase beats a short complicated password. Changing it signs you out on your other devices.
      </Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <PasswordInput label="Current password" autoComplete="current-password" {...form.getInputProps('currentPassword')} />
            <PasswordInput label="New password" autoComplete="new-password" {...form.getInputProps('newPassword')} />
            <PasswordInput label="Repeat new password" autoComplete="new-password" {...form.getInputProps('confirm')} />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button type="submit" loading={change.isPending}>
              Change password
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
