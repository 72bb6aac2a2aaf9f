import { Group, NumberInput, Select, TagsInput, Textarea, TextInput } from '@mantine/core';
import { Form } from '../../../ui/Form';
import { useApiForm } from '../../../ui/forms';
import { LABELS, optionsOf } from '../../../ui/labels';
import { type Agreement, type AgreementBody, useCreateAgreement, useUpdateAgreement } from '../api';

type Values = {
  title: string;
  type: AgreementBody['type'];
  startOn: string;
  endOn: string;
  renewalType: NonNullable<AgreementBody['renewalType']>;
  renewalTermMonths: number;
  noticeDays: number;
  commercialTerms: string;
  exclusivity: NonNullable<AgreementBody['exclusivity']>;
  exclusivityScope: string;
  segments: string[];
  territories: string[];
  solutionCategories: string[];
  jointIpGovernance: string;
  terminationProvisions: string;
};

function initial(a: Agreement | null): Values {
  const today = new Date().toISOString().slice(0, 10);
  return {
    title: a?.title ?? '',
    type: a?.type ?? 'reseller',
    startOn: a?.startOn ?? today,
    endOn: a?.endOn ?? '',
    renewalType: a?.renewalType ?? 'manual',
    renewalTermMonths: a?.renewalTermMonths ?? 12,
    noticeDays: a?.noticeDays ?? 30,
    commercialTerms: a?.commercialTerms ?? '',
    exclusivity: a?.exclusivity ?? 'none',
    exclusivityScope: a?.exclusivityScope ?? '',
    segments: a?.segments ?? [],
    territories: a?.territories ?? [],
    solutionCategories: a?.solutionCategories ?? [],
    jointIpGovernance: a?.jointIpGovernance ?? '',
    terminationProvisions: a?.terminationProvisions ?? '',
  };
}

function Fields({ form }: { form: ReturnType<typeof useApiForm<Values, unknown, unknown>> }) {
  return (
    <>
      <TextInput label="Title" required data-autofocus {...form.getInputProps('title')} />
      <Group grow>
        <Select label="Type" allowDeselect={false} data={optionsOf(LABELS.agreementType)} {...form.getInputProps('type')} />
        <TextInput label="Start" type="date" required {...form.getInputProps('startOn')} />
        <TextInput label="End" type="date" {...form.getInputProps('endOn')} />
      </Group>
      <Group grow>
        <Select
          label="Renewal"
          allowDeselect={false}
          data={optionsOf(LABELS.renewalType)}
          {...form.getInputProps('renewalType')}
        />
        <NumberInput label="Renewal term (months)" min={1} max={120} {...form.getInputProps('renewalTermMonths')} />
        <NumberInput label="Notice (days)" min={0} max={365} {...form.getInputProps('noticeDays')} />
      </Group>
      <Textarea label="Commercial terms" autosize minRows={2} {...form.getInputProps('commercialTerms')} />
      <Group grow align="flex-start">
        <Select
          label="Exclusivity"
          allowDeselect={false}
          data={optionsOf(LABELS.exclusivity)}
          {...form.getInputProps('exclusivity')}
        />
        <TextInput
          label="Exclusivity scope"
          placeholder="Territory, segment or products it covers"
          disabled={form.values.exclusivity === 'none'}
          {...form.getInputProps('exclusivityScope')}
        />
      </Group>
      <TagsInput label="Segments" {...form.getInputProps('segments')} />
      <TagsInput label="Territories" {...form.getInputProps('territories')} />
      <TagsInput label="Solution categories" {...form.getInputProps('solutionCategories')} />
      <Textarea label="Joint-IP governance" autosize minRows={2} {...form.getInputProps('jointIpGovernance')} />
      <Textarea label="Termination provisions" autosize minRows={2} {...form.getInputProps('terminationProvisions')} />
    </>
  );
}

function toBody(v: Values): AgreementBody {
  return {
    ...v,
    title: v.title.trim(),
    endOn: v.endOn || null,
    noticeDays: Number(v.noticeDays),
    renewalTermMonths: Number(v.renewalTermMonths),
  };
}

export function NewAgreementForm({ partnerId, onDone }: { partnerId: string; onDone: () => void }) {
  const create = useCreateAgreement(partnerId);
  const form = useApiForm({
    initialValues: initial(null),
    validate: { title: (v: string) => (v.trim() ? null : 'Name the agreement') },
    mutation: create,
    toVariables: toBody,
    success: (a) => `Drafted ${a.title}`,
    onSuccess: onDone,
  });
  return (
    <Form form={form} submitLabel="Save draft" onCancel={onDone}>
      <Fields form={form as never} />
    </Form>
  );
}

export function EditAgreementForm({ agreement, onDone }: { agreement: Agreement; onDone: () => void }) {
  const update = useUpdateAgreement(agreement.id);
  const form = useApiForm({
    initialValues: initial(agreement),
    mutation: update,
    toVariables: toBody,
    success: (a) => `Saved ${a.title}`,
    onSuccess: onDone,
  });
  return (
    <Form form={form} submitLabel="Save" onCancel={onDone}>
      <Fields form={form as never} />
    </Form>
  );
}
