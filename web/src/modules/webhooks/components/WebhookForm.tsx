import { TagsInput, Textarea, TextInput } from '@mantine/core';
import type { components } from '../../../api/schema';
import { Form } from '../../../ui/Form';
import { type FormValues, useApiForm, valuesFrom } from '../../../ui/forms';
import { useCreateWebhook, useEventTypes, useUpdateWebhook, type WebhookBody } from '../api';

type Webhook = components['schemas']['Webhook'];
type Values = Pick<FormValues<WebhookBody>, 'url' | 'events' | 'description'>;
const EMPTY: Values = { url: '', events: [], description: '' };

const EVENT_PATTERN = /^(\*|[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*\.(\*|[a-z][a-z0-9_]*))$/;

function Fields({ form }: { form: ReturnType<typeof useApiForm<Values, unknown, unknown>> }) {
  const types = useEventTypes();
  return (
    <>
      <TextInput
        label="URL"
        placeholder="https://crm.example.com/hooks/consort"
        description="http or https; we POST each event there, signed (Standard Webhooks)"
        required
        data-autofocus
        {...form.getInputProps('url')}
      />
      <TagsInput
        label="Events"
        description="Pick or type event names: partner.created, partner.* (every partner event) or * (everything)"
        placeholder="partner.created"
        data={(types.data ?? []).map((t) => t.name)}
        clearable
        required
        {...form.getInputProps('events')}
      />
      <Textarea
        label="Description"
        placeholder="What receives these events"
        autosize
        minRows={2}
        {...form.getInputProps('description')}
      />
    </>
  );
}

const validate = {
  url: (v: string) => (/^https?:\/\/\S+$/.test(v.trim()) ? null : 'Enter an http or https URL'),
  events: (v: string[]) =>
    v.length === 0
      ? 'Pick at least one event'
      : v.find((e) => !EVENT_PATTERN.test(e))
        ? `"${v.find((e) => !EVENT_PATTERN.test(e))}" is not an event name`
        : null,
};

/** A new subscription; `onCreated` gets its secret, which is shown only once. */
export function NewWebhookForm({
  onCreated,
  onCancel,
}: {
  onCreated: (secret: string, id: string) => void;
  onCancel: () => void;
}) {
  const create = useCreateWebhook();
  const form = useApiForm({
    initialValues: EMPTY,
    validate,
    mutation: create,
    toVariables: (values) => ({ url: values.url.trim(), events: values.events, description: values.description.trim() }),
    success: 'Webhook created',
    onSuccess: (created) => onCreated(created.secret, created.id),
  });
  return (
    <Form form={form} submitLabel="Create webhook" onCancel={onCancel}>
      <Fields form={form as never} />
    </Form>
  );
}

export function EditWebhookForm({ webhook, onDone }: { webhook: Webhook; onDone: () => void }) {
  const update = useUpdateWebhook();
  const form = useApiForm({
    initialValues: valuesFrom(EMPTY, webhook),
    validate,
    mutation: update,
    toVariables: (values) => ({
      id: webhook.id,
      body: { url: values.url.trim(), events: values.events, description: values.description.trim() },
    }),
    success: 'Webhook saved',
    onSuccess: onDone,
  });
  return (
    <Form form={form} submitLabel="Save" onCancel={onDone} onlyWhenChanged>
      <Fields form={form as never} />
    </Form>
  );
}
