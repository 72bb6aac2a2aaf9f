import { Modal, PasswordInput, Select, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import type { Role, User } from '../../../api/types';
import { FormActions } from '../../../ui/FormActions';
import { showFormErrors } from '../../../ui/forms';
import { LABELS } from '../../../ui/labels';
import { notifySuccess } from '../../../ui/notify';
import { assignableRoles, isPartnerRole, newUserDefaults, rolesFor } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { usePartnerSearch } from '../../partners/api';
import { useCreateUser, useUpdateUser } from '../api';

const MIN_PASSWORD = 12;

function PartnerPicker({
  value,
  onChange,
  error,
}: {
  value: string | null;
  onChange: (id: string | null) => void;
  error?: React.ReactNode;
}) {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const partners = usePartnerSearch(q);
  return (
    <Select
      label="Partner company"
      placeholder="Search partners"
      required
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      data={(partners.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
      value={value}
      onChange={onChange}
      error={error}
      nothingFoundMessage={partners.isFetching ? 'Searching…' : 'No partner found'}
      filter={({ options }) => options}
    />
  );
}

type CreateValues = { email: string; name: string; title: string; role: Role; partnerId: string | null; password: string };

function CreateUserForm({ onDone }: { onDone: () => void }) {
  const me = useCurrentUser();
  const create = useCreateUser();
  const roles = assignableRoles(me);
  const defaults = newUserDefaults(me);
  const form = useForm<CreateValues>({
    initialValues: {
      email: '',
      name: '',
      title: '',
      role: defaults.role,
      partnerId: defaults.partnerId,
      password: '',
    },
    validate: {
      email: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : 'Enter an e-mail address'),
      name: (v) => (v.trim() ? null : 'Enter a name'),
      password: (v) => (v.length >= MIN_PASSWORD ? null : `Use at least ${MIN_PASSWORD} characters`),
      partnerId: (v, values) => (isPartnerRole(values.role) && !v ? 'Choose the partner company' : null),
    },
  });
  const pickPartner = defaults.choosesCompany && isPartnerRole(form.values.role);
  const submit = form.onSubmit((values) =>
    create.mutate(
      {
        email: values.email.trim(),
        name: values.name.trim(),
        title: values.title.trim(),
        role: values.role,
        partnerId: isPartnerRole(values.role) ? values.partnerId : null,
        password: values.password,
      },
      {
        onSuccess: (user) => {
          notifySuccess(`${user.name} can now sign in as ${user.email}`, 'User created');
          onDone();
        },
        onError: (error) => showFormErrors(form, error, ['email', 'name', 'title', 'role', 'partnerId', 'password']),
      },
    ),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
          <TextInput label="E-mail" type="email" required autoComplete="off" {...form.getInputProps('email')} />
          <TextInput label="Job title" {...form.getInputProps('title')} />
          <Select
            label="Role"
            data={roles.map((r) => ({ value: r, label: LABELS.role[r] }))}
            allowDeselect={false}
            {...form.getInputProps('role')}
          />
        </SimpleGrid>
        {pickPartner && (
          <PartnerPicker
            value={form.values.partnerId}
            onChange={(id) => form.setFieldValue('partnerId', id)}
            error={form.errors.partnerId}
          />
        )}
        <PasswordInput
          label="Initial password"
          description={`At least ${MIN_PASSWORD} characters. Share it safely; they can change it under My account.`}
          required
          autoComplete="new-password"
          {...form.getInputProps('password')}
        />
        <FormActions submitLabel={'Create user'} busy={create.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}

type EditValues = { name: string; title: string; phone: string; role: Role; active: boolean; password: string };

function EditUserForm({ user, onDone }: { user: User; onDone: () => void }) {
  const me = useCurrentUser();
  const update = useUpdateUser();
  const sameSide = rolesFor(me, user);
  const form = useForm<EditValues>({
    initialValues: { name: user.name, title: user.title, phone: user.phone, role: user.role, active: user.active, password: '' },
    validate: {
      name: (v) => (v.trim() ? null : 'Enter a name'),
      password: (v) => (!v || v.length >= MIN_PASSWORD ? null : `Use at least ${MIN_PASSWORD} characters`),
    },
  });
  const submit = form.onSubmit((values) =>
    update.mutate(
      {
        id: user.id,
        body: {
          name: values.name.trim(),
          title: values.title.trim(),
          phone: values.phone.trim(),
          ...(values.role !== user.role ? { role: values.role } : {}),
          ...(values.active !== user.active ? { active: values.active } : {}),
          ...(values.password ? { password: values.password } : {}),
        },
      },
      {
        onSuccess: (saved) => {
          notifySuccess(`Saved ${saved.name}`);
          onDone();
        },
        onError: (error) => showFormErrors(form, error, ['name', 'title', 'phone', 'role', 'active', 'password']),
      },
    ),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {user.email}
          {user.partnerName ? ` · ${user.partnerName}` : ''}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label="Name" required {...form.getInputProps('name')} />
          <TextInput label="Job title" {...form.getInputProps('title')} />
          <TextInput label="Phone" {...form.getInputProps('phone')} />
          <Select
            label="Role"
            data={sameSide.map((r) => ({ value: r, label: LABELS.role[r] }))}
            allowDeselect={false}
            {...form.getInputProps('role')}
          />
        </SimpleGrid>
        <Switch
          label="Active"
          description="Deactivated users cannot sign in; their sessions and API tokens stop working."
          {...form.getInputProps('active', { type: 'checkbox' })}
        />
        <PasswordInput
          label="Set a new password"
          description="Leave empty to keep the current one. Setting it signs the user out everywhere."
          autoComplete="new-password"
          {...form.getInputProps('password')}
        />
        <FormActions submitLabel={'Save user'} busy={update.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}

/** One modal for both: `user` null creates, otherwise edits. */
export function UserFormModal({ user, opened, onClose }: { user: User | null; opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title={user ? `Edit ${user.name}` : 'New user'} size="lg">
      {opened && (user ? <EditUserForm user={user} onDone={onClose} /> : <CreateUserForm onDone={onClose} />)}
    </Modal>
  );
}
