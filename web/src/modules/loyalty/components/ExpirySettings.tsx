import { NumberInput, Text } from '@mantine/core';
import { Form } from '../../../ui/Form';
import { useApiForm } from '../../../ui/forms';
import { SectionCard } from '../../../ui/SectionCard';
import { QueryState } from '../../../ui/States';
import { useLoyaltySettings, useSaveLoyaltySettings } from '../api';

function ExpiryForm({ months, canEdit }: { months: number; canEdit: boolean }) {
  const save = useSaveLoyaltySettings();
  const form = useApiForm({
    initialValues: { pointsExpiryMonths: months as number | string },
    mutation: save,
    toVariables: (v) => ({ pointsExpiryMonths: Number(v.pointsExpiryMonths) }),
    success: (s) =>
      s.pointsExpiryMonths === 0 ? 'Points no longer expire' : `Points now expire after ${s.pointsExpiryMonths} months`,
  });
  if (!canEdit)
    return (
      <Text size="sm">{months === 0 ? 'Points never expire.' : `Points expire ${months} months after they were earned.`}</Text>
    );
  return (
    <Form form={form} submitLabel="Save expiry" onlyWhenChanged>
      <NumberInput
        label="Points expire after (months)"
        description="0: points never expire. The daily run expires the oldest points first (first in, first out); partners are reminded 30 days before."
        min={0}
        max={120}
        allowDecimal={false}
        w={360}
        {...form.getInputProps('pointsExpiryMonths')}
      />
    </Form>
  );
}

/** The vendor's points expiry setting (admins change it). */
export function ExpirySettings() {
  const settings = useLoyaltySettings();
  return (
    <SectionCard title="Points expiry" label="Points expiry">
      <QueryState query={settings}>{(s) => <ExpiryForm months={s.pointsExpiryMonths} canEdit={s.can.edit} />}</QueryState>
    </SectionCard>
  );
}
