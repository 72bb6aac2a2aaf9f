import { PasswordInput, Select, SimpleGrid, Switch, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type ReactNode, useState } from 'react';
import type { User } from '../../../api/types';
import { Form } from '../../../ui/Form';
import { type FormValues, useApiForm } from '../../../ui/forms';
import { LABELS } from '../../../ui/labels';
import {
  assignableRoles,
  canDeactivateUser,
  canResetPassword,
  isPartnerRole,
  newUserDefaults,
  rolesFor,
} from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { usePartnerSearch } from '../../partners/api';
import { type UserCreateBody, type UserPatchBody, useCreateUser, useUpdateUser } from '../api';

const MIN_PASSWORD = 12;
const roleOptions = (roles: readonly User['role'][]) => roles.map((r) => ({ value: r, label: LABELS.role[r] }));

function PartnerPicker({
  value,
  onChange,
  error,
}: {
  value: string | null;
  onChange: (id: string | null) => void;
  error?: ReactNode;
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

/** A new user picks no phone; the people add it themselves under My account. */
type CreateValues = Omit<FormValues<UserCreateBody>, 'phone'>;

function CreateUserForm({ onDone }: { onDone: () => void }) {
  const me = useCurrentUser();
  const create = useCreateUser();
  const defaults = newUserDefaults(me);
  const initialValues: CreateValues = {
    email: '',
    name: '',
    title: '',
    role: defaults.role,
    partnerId: defaults.partnerId,
    password: '',
  };
  const form = useApiForm({
    initialValues,
    validate: {
      email: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : 'Enter an e-mail address'),
      name: (v) => (v.trim() ? null : 'Enter a name'),
      password: (v) => (v.length >= MIN_PASSWORD ? null : `Use at least ${MIN_PASSWORD} characters`),
      partnerId: (v, values) => (isPartnerRole(values.role) && !v ? 'Choose the partner company' : null),
    },
    mutation: create,
    toVariables: (values) => ({
      ...values,
      email: values.email.trim(),
      name: values.name.trim(),
      title: values.title.trim(),
      partnerId: isPartnerRole(values.role) ? values.partnerId : null,
    }),
    success: (user) => `${user.name} can now sign in as ${user.email}`,
    successTitle: 'User created',
    onSuccess: onDone,
  });
  return (
    <Form form={form} submitLabel="Create user" onCancel={onDone}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
        <TextInput label="E-mail" type="email" required autoComplete="off" {...form.getInputProps('email')} />
        <TextInput label="Job title" {...form.getInputProps('title')} />
        <Select label="Role" data={roleOptions(assignableRoles(me))} allowDeselect={false} {...form.getInputProps('role')} />
      </SimpleGrid>
      {defaults.choosesCompany && isPartnerRole(form.values.role) && (
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
    </Form>
  );
}

function EditUserForm({ user, onDone }: { user: User; onDone: () => void }) {
  const me = useCurrentUser();
  const update = useUpdateUser();
  const initialValues: FormValues<UserPatchBody> = {
    name: user.name,
    title: user.title,
    phone: user.phone,
    role: user.role,
    active: user.active,
    password: '',
  };
  const form = useApiForm({
    initialValues,
    validate: {
      name: (v) => (v.trim() ? null : 'Enter a name'),
      password: (v) => (!v || v.length >= MIN_PASSWORD ? null : `Use at least ${MIN_PASSWORD} characters`),
    },
    mutation: update,
    // Only what changed of role, status and password: each has consequences the server checks.
    toVariables: (values) => ({
      id: user.id,
      body: {
        name: values.name.trim(),
        title: values.title.trim(),
        phone: values.phone.trim(),
        ...(values.role !== user.role ? { role: values.role } : {}),
        ...(values.active !== user.active ? { active: values.active } : {}),
        ...(values.password ? { password: values.password } : {}),
      },
    }),
    success: (saved) => `Saved ${saved.name}`,
    onSuccess: onDone,
  });
  return (
    <Form form={form} submitLabel="Save user" onCancel={onDone}>
      <Text size="sm" c="dimmed">
        {user.email}
        {user.partnerName ? ` · ${user.partnerName}` : ''}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput label="Name" required {...form.getInputProps('name')} />
        <TextInput label="Job title" {...form.getInputProps('title')} />
        <TextInput label="Phone" {...form.getInputProps('phone')} />
        <Select label="Role" data={roleOptions(rolesFor(me, user))} allowDeselect={false} {...form.getInputProps('role')} />
      </SimpleGrid>
      <Switch
        label="Active"
        description="Deactivated users cannot sign in; their sessions and API tokens stop working."
        disabled={!canDeactivateUser(me, user)}
        {...form.getInputProps('active', { type: 'checkbox' })}
      />
      {canResetPassword(me, user) && (
        <PasswordInput
          label="Set a new password"
          description="Leave empty to keep the current one. Setting it signs the user out everywhere."
          autoComplete="new-password"
          {...form.getInputProps('password')}
        />
      )}
    </Form>
  );
}

/** `user` null creates a user, otherwise edits that one. */
export function UserForm({ user, onDone }: { user: User | null; onDone: () => void }) {
  return user ? <EditUserForm user={user} onDone={onDone} /> : <CreateUserForm onDone={onDone} />;
}
