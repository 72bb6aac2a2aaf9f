import { ActionIcon, Button, Fieldset, Group, NumberInput, Select, Stack, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { Program } from '../../../api/types';
import { Form } from '../../../ui/Form';
import { useApiForm } from '../../../ui/forms';
import { type Money, MoneyInput } from '../../../ui/money';
import { type ProgramBody, useCreateProgram, useUpdateProgram } from '../api';
import { placeNestedErrors } from '../fieldErrors';
import { MODEL_LABELS, PROGRAM_KIND_LABELS } from '../labels';

type Num = number | '';

/** One commercial model's parameters as the form holds them: every field present, the chosen model's used. */
type ModelValues = {
  model: string;
  ratePercent: Num;
  discountPercent: Num;
  fee: Money | null;
  per: string;
  price: Money | null;
  period: string;
  ratePerUnit: Money | null;
  unit: string;
  percentOfValue: Num;
  basis: string;
  wholesaleDiscountPercent: Num;
  brandingFee: Money | null;
  sharePercent: Num;
};

type Values = {
  name: string;
  kind: Program['kind'];
  description: string;
  demotionGraceDays: Num;
  status: 'active' | 'retired';
  commercialModel: ModelValues & { components: ModelValues[] };
};

type ApiModel = Program['commercialModel'];

const EMPTY_MODEL: ModelValues = {
  model: 'reseller_discount',
  ratePercent: '',
  discountPercent: '',
  fee: null,
  per: 'deal',
  price: null,
  period: 'year',
  ratePerUnit: null,
  unit: '',
  percentOfValue: '',
  basis: '',
  wholesaleDiscountPercent: '',
  brandingFee: null,
  sharePercent: '',
};

function modelValues(m: ApiModel | undefined): ModelValues {
  if (!m) return { ...EMPTY_MODEL };
  return {
    model: m.model,
    ratePercent: m.ratePercent ?? '',
    discountPercent: m.discountPercent ?? '',
    fee: m.fee ?? null,
    per: m.per ?? 'deal',
    price: m.price ?? null,
    period: m.period ?? 'year',
    ratePerUnit: m.ratePerUnit ?? null,
    unit: m.unit ?? '',
    percentOfValue: m.percentOfValue ?? '',
    basis: m.basis ?? '',
    wholesaleDiscountPercent: m.wholesaleDiscountPercent ?? '',
    brandingFee: m.brandingFee ?? null,
    sharePercent: m.sharePercent ?? '',
  };
}

/** A number input's value for the API: a blank is left out, so the server names the missing field. */
const num = (v: Num): number => (v === '' ? (undefined as unknown as number) : Number(v));

/** The API's model from the form: only the chosen model's parameters. */
function toModel(v: ModelValues & { components?: ModelValues[] }): ProgramBody['commercialModel'] {
  // A blank amount is left out, so the server answers "is required" under it.
  const money = (m: Money | null) => (m ?? undefined) as Money;
  switch (v.model) {
    case 'commission':
      return { model: 'commission', ratePercent: num(v.ratePercent) };
    case 'flat_fee':
      return { model: 'flat_fee', fee: money(v.fee), per: v.per as 'deal' };
    case 'subscription':
      return { model: 'subscription', price: money(v.price), period: v.period as 'year' };
    case 'usage_based':
      return { model: 'usage_based', ratePerUnit: money(v.ratePerUnit), unit: v.unit.trim() };
    case 'value_based':
      return { model: 'value_based', percentOfValue: num(v.percentOfValue), basis: v.basis.trim() };
    case 'white_label':
      return {
        model: 'white_label',
        wholesaleDiscountPercent: num(v.wholesaleDiscountPercent),
        ...(v.brandingFee ? { brandingFee: v.brandingFee } : {}),
      };
    case 'revenue_share':
      return { model: 'revenue_share', sharePercent: num(v.sharePercent) };
    case 'hybrid':
      return { model: 'hybrid', components: (v.components ?? []).map((c) => toModel(c) as never) };
    default:
      return { model: 'reseller_discount', discountPercent: num(v.discountPercent) };
  }
}

const PERIODS = [
  { value: 'month', label: 'Month' },
  { value: 'quarter', label: 'Quarter' },
  { value: 'year', label: 'Year' },
];

function Percent({ form, path, label }: { form: UseFormReturnType<Values>; path: string; label: string }) {
  return <NumberInput label={label} suffix=" %" min={0} max={100} decimalScale={2} {...form.getInputProps(path)} />;
}

/** The parameters of the model chosen at `path` (the program's model, or one part of a hybrid). */
function ModelFields({ form, path, model }: { form: UseFormReturnType<Values>; path: string; model: string }) {
  const p = (field: string) => `${path}.${field}`;
  const money = (field: string) => {
    const props = form.getInputProps(p(field));
    return { ...props, value: (props.value ?? null) as Money | null };
  };
  switch (model) {
    case 'commission':
      return <Percent form={form} path={p('ratePercent')} label="Commission rate" />;
    case 'reseller_discount':
      return <Percent form={form} path={p('discountPercent')} label="Reseller discount" />;
    case 'revenue_share':
      return <Percent form={form} path={p('sharePercent')} label="Revenue share" />;
    case 'flat_fee':
      return (
        <Group grow align="flex-start">
          <MoneyInput label="Fee" {...money('fee')} />
          <Select
            label="Per"
            data={[{ value: 'deal', label: 'Deal' }, ...PERIODS]}
            allowDeselect={false}
            {...form.getInputProps(p('per'))}
          />
        </Group>
      );
    case 'subscription':
      return (
        <Group grow align="flex-start">
          <MoneyInput label="Subscription price" {...money('price')} />
          <Select label="Billed every" data={PERIODS} allowDeselect={false} {...form.getInputProps(p('period'))} />
        </Group>
      );
    case 'usage_based':
      return (
        <Group grow align="flex-start">
          <MoneyInput label="Rate per unit" {...money('ratePerUnit')} />
          <TextInput label="Unit" placeholder="seat, GB, API call" {...form.getInputProps(p('unit'))} />
        </Group>
      );
    case 'value_based':
      return (
        <Group grow align="flex-start">
          <Percent form={form} path={p('percentOfValue')} label="Share of the value" />
          <TextInput label="Value basis" placeholder="Customer savings in year one" {...form.getInputProps(p('basis'))} />
        </Group>
      );
    case 'white_label':
      return (
        <Group grow align="flex-start">
          <Percent form={form} path={p('wholesaleDiscountPercent')} label="Wholesale discount" />
          <MoneyInput label="Branding fee (optional)" {...money('brandingFee')} />
        </Group>
      );
    default:
      return null;
  }
}

const modelOptions = (withHybrid: boolean) =>
  Object.entries(MODEL_LABELS)
    .filter(([value]) => withHybrid || value !== 'hybrid')
    .map(([value, label]) => ({ value, label }));

/** Create or change a program: name, kind, description, the demotion grace and the commercial model with its parameters. */
export function ProgramForm({ program, onDone }: { program?: Program; onDone: () => void }) {
  const create = useCreateProgram();
  const update = useUpdateProgram(program?.id ?? '');
  const mutation = program ? update : create;
  const initial: Values = {
    name: program?.name ?? '',
    kind: program?.kind ?? 'reseller',
    description: program?.description ?? '',
    demotionGraceDays: program?.demotionGraceDays ?? 90,
    status: program?.status ?? 'active',
    commercialModel: {
      ...modelValues(program?.commercialModel ?? { model: 'reseller_discount', discountPercent: 20 }),
      components:
        program?.commercialModel.model === 'hybrid'
          ? (program.commercialModel.components ?? []).map((c) => modelValues(c as ApiModel))
          : [modelValues({ model: 'commission', ratePercent: 10 }), modelValues({ model: 'flat_fee' })],
    },
  };
  const form: ReturnType<typeof useApiForm<Values, unknown, ProgramBody>> = useApiForm<Values, unknown, ProgramBody>({
    initialValues: initial,
    validate: { name: (v) => (v.trim() ? null : 'Enter a name') },
    mutation: mutation as never,
    toVariables: (v) => ({
      name: v.name.trim(),
      kind: v.kind,
      description: v.description.trim(),
      demotionGraceDays: num(v.demotionGraceDays),
      status: v.status,
      commercialModel: toModel(v.commercialModel),
    }),
    onError: (error) => placeNestedErrors(form, error),
    success: (p) => (program ? `Saved ${(p as Program).name}` : `Created ${(p as Program).name}`),
    onSuccess: onDone,
  });
  const model = form.values.commercialModel.model;
  const components = form.values.commercialModel.components;
  return (
    <Form form={form} submitLabel={program ? 'Save program' : 'Create program'} onCancel={onDone}>
      <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
      <Group grow align="flex-start">
        <Select
          label="Kind"
          data={Object.entries(PROGRAM_KIND_LABELS).map(([value, label]) => ({ value, label }))}
          allowDeselect={false}
          {...form.getInputProps('kind')}
        />
        <NumberInput
          label="Demotion grace (days)"
          description="Below its tier this long before a demotion is proposed"
          min={0}
          max={730}
          allowDecimal={false}
          {...form.getInputProps('demotionGraceDays')}
        />
      </Group>
      <Textarea label="Description" autosize minRows={2} {...form.getInputProps('description')} />
      {program && !program.isDefault && (
        <Select
          label="Status"
          data={[
            { value: 'active', label: 'Active: partners can join' },
            { value: 'retired', label: 'Retired: no new members' },
          ]}
          allowDeselect={false}
          {...form.getInputProps('status')}
        />
      )}
      <Fieldset legend="Commercial model">
        <Stack gap="sm">
          <Select
            label="Model"
            data={modelOptions(true)}
            allowDeselect={false}
            {...form.getInputProps('commercialModel.model')}
          />
          <ModelFields form={form} path="commercialModel" model={model} />
          {model === 'hybrid' && (
            <Stack gap="xs">
              {components.map((c, i) => (
                <Fieldset
                  // biome-ignore lint/suspicious/noArrayIndexKey: the parts have no ids; they are edited in place
                  key={i}
                  legend={`Part ${i + 1}`}
                  aria-label={`Part ${i + 1} of the hybrid model`}
                >
                  <Stack gap="xs">
                    <Group align="flex-end" wrap="nowrap">
                      <Select
                        style={{ flex: 1 }}
                        label="Model"
                        data={modelOptions(false)}
                        allowDeselect={false}
                        {...form.getInputProps(`commercialModel.components.${i}.model`)}
                      />
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        size="lg"
                        aria-label={`Remove part ${i + 1}`}
                        disabled={components.length <= 2}
                        onClick={() => form.removeListItem('commercialModel.components', i)}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Group>
                    <ModelFields form={form} path={`commercialModel.components.${i}`} model={c.model} />
                  </Stack>
                </Fieldset>
              ))}
              {form.errors['commercialModel.components'] && (
                <span style={{ color: 'var(--mantine-color-error)', fontSize: 'var(--mantine-font-size-xs)' }}>
                  {form.errors['commercialModel.components']}
                </span>
              )}
              <Group>
                <Button
                  variant="default"
                  size="xs"
                  leftSection={<IconPlus size={14} />}
                  disabled={components.length >= 5}
                  onClick={() => form.insertListItem('commercialModel.components', { ...EMPTY_MODEL, model: 'commission' })}
                >
                  Add a part
                </Button>
              </Group>
            </Stack>
          )}
        </Stack>
      </Fieldset>
    </Form>
  );
}
