import { SimpleGrid, Text, TextInput } from '@mantine/core';
import type { User } from '../../../api/types';
import { Form } from '../../../ui/Form';
import { type FormValues, useApiForm } from '../../../ui/forms';
import { SectionCard } from '../../../ui/SectionCard';
import { RoleBadge } from '../../users/components/RoleBadge';
import { type ProfileBody, useUpdateProfile } from '../api';

export function ProfileCard({ user }: { user: User }) {
  const update = useUpdateProfile();
  const initialValues: FormValues<ProfileBody> = { name: user.name, title: user.title, phone: user.phone };
  const form = useApiForm({
    initialValues,
    validate: { name: (v) => (v.trim() ? null : 'Enter your name') },
    mutation: update,
    toVariables: (values) => ({ name: values.name.trim(), title: values.title.trim(), phone: values.phone.trim() }),
    success: 'Profile saved',
  });
  return (
    <SectionCard title="Profile" action={<RoleBadge role={user.role} />}>
      <Text size="sm" c="dimmed" mb="sm">
        Signed in as {user.email}
        {user.partnerName ? ` · ${user.partnerName}` : ''}
      </Text>
      <Form form={form} submitLabel="Save profile" onlyWhenChanged>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput label="Name" required {...form.getInputProps('name')} />
          <TextInput label="Job title" {...form.getInputProps('title')} />
          <TextInput label="Phone" {...form.getInputProps('phone')} />
        </SimpleGrid>
      </Form>
    </SectionCard>
  );
}
