import { Textarea, TextInput } from '@mantine/core';
import { Form } from '../../../ui/Form';
import { useApiForm } from '../../../ui/forms';
import { PartnerSelect } from '../../partners/components/PartnerSelect';
import { useSubmitIdea } from '../api';

/**
 * An idea for the funnel. `partnerId` given: for that partner (a partner's people for their own
 * company, or the alliance's manager on the partner's workspace); null: the vendor picks the
 * partner it records the idea for (one it brought up in a QBR or a workshop).
 */
export function SubmitIdeaForm({
  partnerId,
  onDone,
  onBehalf = false,
}: {
  partnerId: string | null;
  onDone: () => void;
  onBehalf?: boolean;
}) {
  const submit = useSubmitIdea();
  const form = useApiForm({
    initialValues: { partnerId: partnerId ?? '', title: '', problem: '', proposal: '', expectedValue: '' },
    validate: {
      partnerId: (v: string) => (v ? null : 'Choose the partner whose idea it is'),
      title: (v: string) => (v.trim() ? null : 'Name the idea'),
      proposal: (v: string) => (v.trim() ? null : 'Say what to build together'),
    },
    mutation: submit,
    toVariables: (v) => ({ ...v, title: v.title.trim(), proposal: v.proposal.trim() }),
    success: (i) => (onBehalf ? `Recorded ${i.title} for ${i.partnerName}` : `Submitted ${i.title}`),
    onSuccess: onDone,
  });
  return (
    <Form form={form} submitLabel={onBehalf ? 'Record idea' : 'Submit idea'} onCancel={onDone}>
      {partnerId === null && (
        <PartnerSelect
          label="Whose idea"
          required
          value={form.values.partnerId || null}
          onChange={(id) => form.setFieldValue('partnerId', id ?? '')}
          error={form.errors.partnerId}
        />
      )}
      <TextInput label="Title" required {...form.getInputProps('title')} />
      <Textarea label="Customer problem" autosize {...form.getInputProps('problem')} />
      <Textarea label="What to build together" required autosize {...form.getInputProps('proposal')} />
      <Textarea label="Expected value" autosize {...form.getInputProps('expectedValue')} />
    </Form>
  );
}
