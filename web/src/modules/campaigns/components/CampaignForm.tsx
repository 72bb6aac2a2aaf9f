import { Group, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { allocate } from '../../../../../src/shared/money';
import { Form } from '../../../ui/Form';
import { useApiForm } from '../../../ui/forms';
import { formatAmount, type Money, MoneyInput } from '../../../ui/money';
import { PartnerSelect } from '../../partners/components/PartnerSelect';
import { ValuePropositionSelect } from '../../value/components/ValuePropositionSelect';
import {
  type CampaignDetail,
  type CampaignType,
  OWNER_LABELS,
  type OwnerSide,
  TYPE_LABELS,
  TYPES,
  useCreateCampaign,
  useUpdateCampaign,
} from '../api';

type Values = {
  partnerId: string;
  name: string;
  type: CampaignType;
  ownerSide: OwnerSide;
  startsOn: string;
  endsOn: string;
  description: string;
  budget: Money | null;
  vendorPercent: number | '';
  goalLeads: number | '';
  valuePropositionId: string | null;
};

/** The split the form shows: the vendor's share by the same largest-remainder rule the server uses. */
function preview(budget: Money | null, percent: number | ''): { vendor: Money; partner: Money } | null {
  if (!budget || percent === '' || percent < 0 || percent > 100) return null;
  if (budget.amount === 0 || percent === 0 || percent === 100) {
    const zero = { amount: 0, currency: budget.currency };
    return percent === 100
      ? { vendor: budget, partner: zero }
      : percent === 0
        ? { vendor: zero, partner: budget }
        : { vendor: zero, partner: zero };
  }
  const bp = Math.round(percent * 100);
  const [vendor, partner] = allocate(budget, [bp, 10_000 - bp]) as [Money, Money];
  return { vendor, partner };
}

/**
 * Plan a campaign with a partner (vendor: `partnerId` null → pick one), propose one (a partner's
 * people: their company), or change one (`campaign`).
 */
export function CampaignForm({
  partnerId,
  campaign,
  proposing,
  onDone,
}: {
  partnerId: string | null;
  campaign?: CampaignDetail;
  proposing?: boolean;
  onDone: () => void;
}) {
  const create = useCreateCampaign();
  const update = useUpdateCampaign(campaign?.id ?? '');
  const percent =
    campaign && campaign.budget.amount > 0
      ? Math.round((campaign.vendorShare.amount * 10_000) / campaign.budget.amount) / 100
      : 50;
  const form = useApiForm<Values, unknown, unknown>({
    initialValues: {
      partnerId: partnerId ?? campaign?.partnerId ?? '',
      name: campaign?.name ?? '',
      type: campaign?.type ?? 'webinar',
      ownerSide: campaign?.ownerSide ?? 'joint',
      startsOn: campaign?.startsOn ?? '',
      endsOn: campaign?.endsOn ?? '',
      description: campaign?.description ?? '',
      budget: campaign?.budget ?? null,
      vendorPercent: percent,
      goalLeads: campaign?.goalLeads ?? '',
      valuePropositionId: campaign?.valuePropositionId ?? null,
    },
    validate: {
      partnerId: (v: string) => (v ? null : 'Choose the partner'),
      name: (v: string) => (v.trim() ? null : 'Name the campaign'),
      startsOn: (v: string) => (v ? null : 'When does it start?'),
      endsOn: (v: string, all: Values) => (!v ? 'When does it end?' : v < all.startsOn ? 'Ends before it starts' : null),
      budget: (v: Money | null) => (v ? null : 'Give the total budget (0 for none)'),
    },
    mutation: (campaign ? update : create) as never,
    toVariables: (v) => ({
      ...(campaign ? {} : { partnerId: v.partnerId }),
      name: v.name.trim(),
      type: v.type,
      ownerSide: v.ownerSide,
      startsOn: v.startsOn,
      endsOn: v.endsOn,
      description: v.description,
      budget: v.budget,
      split: { vendorPercent: v.vendorPercent === '' ? 50 : v.vendorPercent },
      goalLeads: v.goalLeads === '' ? null : v.goalLeads,
      valuePropositionId: v.valuePropositionId,
    }),
    success: () => (campaign ? 'Campaign saved' : proposing ? 'Campaign proposed: the vendor approves it' : 'Campaign planned'),
    onSuccess: onDone,
  });
  const split = preview(form.values.budget, form.values.vendorPercent);
  return (
    <Form form={form} submitLabel={campaign ? 'Save' : proposing ? 'Propose campaign' : 'Plan campaign'} onCancel={onDone}>
      {partnerId === null && !campaign && (
        <PartnerSelect
          label="With partner"
          required
          value={form.values.partnerId || null}
          onChange={(id) => {
            form.setFieldValue('partnerId', id ?? '');
            form.setFieldValue('valuePropositionId', null);
          }}
          error={form.errors.partnerId}
        />
      )}
      <TextInput label="Name" required {...form.getInputProps('name')} />
      <SimpleGrid cols={2}>
        <Select
          label="Type"
          data={TYPES.map((t) => ({ value: t, label: TYPE_LABELS[t] }))}
          allowDeselect={false}
          {...form.getInputProps('type')}
        />
        <Stack gap={2}>
          <Text size="sm" fw={500}>
            Run by
          </Text>
          <SegmentedControl
            aria-label="Run by"
            data={(Object.keys(OWNER_LABELS) as OwnerSide[]).map((o) => ({ value: o, label: OWNER_LABELS[o] }))}
            {...form.getInputProps('ownerSide')}
          />
        </Stack>
      </SimpleGrid>
      <SimpleGrid cols={2}>
        <TextInput type="date" label="Starts" required {...form.getInputProps('startsOn')} />
        <TextInput type="date" label="Ends" required {...form.getInputProps('endsOn')} />
      </SimpleGrid>
      <MoneyInput
        label="Total budget"
        required
        value={form.values.budget}
        onChange={(v) => form.setFieldValue('budget', v)}
        error={form.errors.budget ?? form.errors['budget.amount']}
      />
      <NumberInput
        label="Vendor share (%)"
        description="The partner funds the rest; shares add up to the budget to the cent."
        min={0}
        max={100}
        decimalScale={2}
        {...form.getInputProps('vendorPercent')}
        error={form.errors.vendorPercent ?? form.errors['split.vendorPercent']}
      />
      {split && (
        <Group gap="lg" aria-label="Budget split">
          <Text size="sm">Vendor: {formatAmount(split.vendor)}</Text>
          <Text size="sm">Partner: {formatAmount(split.partner)}</Text>
        </Group>
      )}
      <NumberInput label="Lead goal" min={0} allowDecimal={false} {...form.getInputProps('goalLeads')} />
      <ValuePropositionSelect
        partnerIds={form.values.partnerId ? [form.values.partnerId] : []}
        value={form.values.valuePropositionId}
        onChange={(id) => form.setFieldValue('valuePropositionId', id)}
        error={form.errors.valuePropositionId}
      />
      <Textarea
        label="Plan"
        description="Audience, channels, content, who does what"
        autosize
        minRows={2}
        {...form.getInputProps('description')}
      />
    </Form>
  );
}
