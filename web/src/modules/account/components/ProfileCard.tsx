import { Button, Card, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { User } from '../../../api/types';
import { showFormErrors } from '../../../ui/forms';
import { notifySuccess } from '../../../ui/notify';
import { RoleBadge } from '../../users/components/RoleBadge';
import { useUpdateProfile } from '../api';

export function ProfileCard({ user }: { user: User }) {
  const update = useUpdateProfile();
  const form = useForm({
    initialValues: { name: user.name, title: user.title, phone: user.phone },
    validate: { name: (v: string) => (v.trim() ? null : 'Enter your name') },
  });
  const submit = form.onSubmit((values) =>
    update.mutate(
      { name: values.name.trim(), title: values.title.trim(), phone: values.phone.trim() },
      {
        onSuccess: () => {
          notifySuccess('Profile saved');
          form.resetDirty();
        },
        onError: (error) => showFormErrors(form, error, ['name', 'title', 'phone']),
      },
    ),
  );
  return (
    <Card>
      <Group justify="space-between" mb="md">
        <Title order={4}>Profile</Title>
        <RoleBadge role={user.role} />
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        Signed in as {user.email}
        {user.partnerName ? ` · ${user.partnerName}` : ''}
      </Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput label="Name" required {...form.getInputProps('name')} />
            <TextInput label="Job title" {...form.getInputProps('title')} />
            <TextInput label="Phone" {...form.getInputProps('phone')} />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button type="submit" loading={update.isPending} disabled={!form.isDirty()}>
              Save profile
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
