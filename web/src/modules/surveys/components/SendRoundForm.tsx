import { Select, Text, TextInput } from '@mantine/core';
import { Form } from '../../../ui/Form';
import { useApiForm } from '../../../ui/forms';
import { LABELS } from '../../../ui/labels';
import { PartnerSelect } from '../../partners/components/PartnerSelect';
import { useSendRound, useSendWave, useTemplates } from '../api';

type Values = {
  partnerId: string | null;
  templateId: string | null;
  title: string;
  opensOn: string;
  closesOn: string;
  partnerIds: string[];
};

function inDays(n: number): string {
  const d = new Date();
  d.setDate(d.getDate() + n);
  return d.toISOString().slice(0, 10);
}

/**
 * Send a survey to one partner (a health diagnostic asks its manager and the partner's people by
 * default) or, `many`, an NPS or PX survey to every active partner (or those chosen).
 */
export function SendRoundForm({ many, onDone, partnerId }: { many: boolean; onDone: () => void; partnerId?: string }) {
  const templates = useTemplates();
  const one = useSendRound();
  const wave = useSendWave();
  const form = useApiForm<Values, unknown, never>({
    initialValues: {
      partnerId: partnerId ?? null,
      templateId: null,
      title: '',
      opensOn: '',
      closesOn: inDays(21),
      partnerIds: [],
    },
    mutation: (many ? wave : one) as never,
    toVariables: (v) =>
      (many
        ? {
            templateId: v.templateId ?? '',
            closesOn: v.closesOn,
            ...(v.partnerIds.length ? { partnerIds: v.partnerIds } : {}),
            ...(v.title.trim() ? { title: v.title } : {}),
            ...(v.opensOn ? { opensOn: v.opensOn } : {}),
          }
        : {
            partnerId: v.partnerId ?? '',
            templateId: v.templateId ?? '',
            closesOn: v.closesOn,
            ...(v.title.trim() ? { title: v.title } : {}),
            ...(v.opensOn ? { opensOn: v.opensOn } : {}),
          }) as never,
    success: (r) => (many ? `Sent to ${(r as { rounds: number }).rounds} partners` : 'Survey sent'),
    onSuccess: onDone,
  });
  const options = (templates.data ?? [])
    .filter((t) => t.active && (!many || t.kind !== 'health_diagnostic'))
    .map((t) => ({ value: t.id, label: `${t.name} (${LABELS.surveyKind[t.kind]})` }));
  return (
    <Form form={form} submitLabel="Send" onCancel={onDone}>
      {!many && !partnerId && (
        <PartnerSelect
          required
          value={form.values.partnerId}
          onChange={(id) => form.setFieldValue('partnerId', id)}
          error={form.errors.partnerId}
        />
      )}
      <Select label="Survey" required data={options} {...form.getInputProps('templateId')} />
      {many && (
        <Text size="sm" c="dimmed">
          Sent to the people of every enabled, active and strategic partner; partners without users are skipped.
        </Text>
      )}
      <TextInput label="Title" placeholder="Default: the template’s name" {...form.getInputProps('title')} />
      <TextInput
        label="Opens on"
        type="date"
        description="Default today; a later day schedules it."
        {...form.getInputProps('opensOn')}
      />
      <TextInput label="Closes on" type="date" required {...form.getInputProps('closesOn')} />
      {!many && (
        <Text size="xs" c="dimmed">
          A health diagnostic asks the partner’s manager and every active user of the partner; NPS and PX ask the partner’s
          people. They are told in the app and by e-mail, and reminded before it closes.
        </Text>
      )}
    </Form>
  );
}
