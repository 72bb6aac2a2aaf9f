import { Checkbox, Group, Select, Textarea, TextInput } from '@mantine/core';
import { Form } from '../../../ui/Form';
import { useApiForm } from '../../../ui/forms';
import { LABELS, optionsOf } from '../../../ui/labels';
import { type Risk, type RiskBody, useRaiseRisk, useUpdateRisk } from '../api';

const RATINGS = ['1', '2', '3', '4', '5'].map((v) => ({ value: v, label: v }));
const LIKELIHOOD_HINT = '1 rare · 2 unlikely · 3 possible · 4 likely · 5 almost certain';
const IMPACT_HINT = '1 negligible · 2 minor · 3 moderate · 4 major · 5 severe';

type Values = {
  title: string;
  description: string;
  category: RiskBody['category'];
  likelihood: string;
  impact: string;
  reviewOn: string;
  status: NonNullable<RiskBody['status']>;
  shared: boolean;
};

/**
 * Raise a risk on a partner's alliance, or change one: category, likelihood × impact (1–5 each),
 * review date; vendor staff also set its status and whether the partner sees it.
 */
export function RiskForm({
  partnerId,
  risk,
  vendor,
  onDone,
}: {
  partnerId: string;
  risk?: Risk;
  vendor: boolean;
  onDone: () => void;
}) {
  const raise = useRaiseRisk(partnerId);
  const update = useUpdateRisk();
  const form = useApiForm<Values, Risk, never>({
    initialValues: {
      title: risk?.title ?? '',
      description: risk?.description ?? '',
      category: risk?.category ?? 'operational',
      likelihood: String(risk?.likelihood ?? 3),
      impact: String(risk?.impact ?? 3),
      reviewOn: risk?.reviewOn ?? '',
      status: risk?.status ?? 'open',
      shared: risk?.shared ?? false,
    },
    mutation: (risk ? update : raise) as never,
    toVariables: (v) =>
      ({
        ...(risk ? { id: risk.id } : {}),
        title: v.title,
        description: v.description,
        category: v.category,
        likelihood: Number(v.likelihood),
        impact: Number(v.impact),
        reviewOn: v.reviewOn || null,
        ...(vendor ? { status: v.status } : {}),
        ...(vendor && (!risk || risk.can.share) ? { shared: v.shared } : {}),
      }) as never,
    success: (r) => (risk ? `Saved ${r.title}` : `Raised ${r.title} (score ${r.score})`),
    onSuccess: onDone,
  });
  return (
    <Form form={form} submitLabel={risk ? 'Save risk' : 'Raise risk'} onCancel={onDone}>
      <TextInput
        label="Title"
        required
        placeholder="Partner’s only certified architect may leave"
        {...form.getInputProps('title')}
      />
      <Textarea label="Description" autosize minRows={2} {...form.getInputProps('description')} />
      <Select label="Category" allowDeselect={false} data={optionsOf(LABELS.riskCategory)} {...form.getInputProps('category')} />
      <Group grow align="flex-start">
        <Select
          label="Likelihood"
          description={LIKELIHOOD_HINT}
          allowDeselect={false}
          data={RATINGS}
          {...form.getInputProps('likelihood')}
        />
        <Select label="Impact" description={IMPACT_HINT} allowDeselect={false} data={RATINGS} {...form.getInputProps('impact')} />
      </Group>
      <TextInput
        label="Next review"
        type="date"
        description="Once it passes, the owner is reminded."
        {...form.getInputProps('reviewOn')}
      />
      {vendor && (
        <Select label="Status" allowDeselect={false} data={optionsOf(LABELS.riskStatus)} {...form.getInputProps('status')} />
      )}
      {vendor && (!risk || risk.can.share) && (
        <Checkbox
          label="Share with the partner"
          description="Its people see it on their portal and can own its mitigation actions."
          {...form.getInputProps('shared', { type: 'checkbox' })}
        />
      )}
    </Form>
  );
}
