import { ActionIcon, Button, Group, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { Form } from '../../../ui/Form';
import { useApiForm } from '../../../ui/forms';
import { LABELS, optionsOf } from '../../../ui/labels';
import { formatAmount, MoneyInput } from '../../../ui/money';
import { SectionCard } from '../../../ui/SectionCard';
import { type Alliance, type AllianceDesign, useUpdateDesign, type ValueCaptureMechanism } from '../api';
import { WithAlliance } from './WithAlliance';

type Side = 'vendor' | 'partner';
type Capture = AllianceDesign['valueCapture']['vendor'][number];
type Row = { mechanism: ValueCaptureMechanism; percent: number | ''; amount: Capture['amount']; basis: string };

const SIDE_LABEL: Record<Side, string> = { vendor: 'Vendor', partner: 'Partner' };

/** One mechanism as a line: "Revenue share 20% of Marketplace transactions". */
export function captureLine(v: Capture): string {
  return `${LABELS.valueCaptureMechanism[v.mechanism]}${v.percent !== null ? ` ${v.percent}%` : ''}${
    v.amount ? ` ${formatAmount(v.amount)}` : ''
  }${v.basis ? ` of ${v.basis}` : ''}`;
}

/** Which sides the signed-in user edits: the vendor's managers both, the partner's admin its own. */
export function editableSides(a: Alliance): Side[] {
  if (a.can.edit) return ['vendor', 'partner'];
  return a.can.editPartnerSide ? ['partner'] : [];
}

function ValueCaptureForm({ alliance, side, onDone }: { alliance: Alliance; side: Side; onDone: () => void }) {
  const update = useUpdateDesign(alliance.partnerId);
  const form = useApiForm({
    initialValues: {
      valueCapture: alliance.design.valueCapture[side].map(
        (v): Row => ({ mechanism: v.mechanism, percent: v.percent ?? '', amount: v.amount, basis: v.basis }),
      ),
    },
    mutation: update,
    // The server names `valueCapture.<side>.<row>.<field>`: the form's rows are the one side's.
    aliases: { [`valueCapture.${side}`]: 'valueCapture' },
    toVariables: (v) => ({
      valueCapture: {
        [side]: v.valueCapture.map((r) => ({
          mechanism: r.mechanism,
          percent: r.percent === '' ? null : Number(r.percent),
          amount: r.amount,
          basis: r.basis.trim(),
        })),
      },
    }),
    success: () => `${SIDE_LABEL[side]}’s value capture saved`,
    onSuccess: onDone,
  });
  const rows = form.values.valueCapture;
  return (
    <Form form={form} submitLabel="Save value capture" onCancel={onDone}>
      <Text size="sm" c="dimmed">
        How the {side} earns from the joint offering: a margin, a share of subscriptions or revenue, a fee per event or referral,
        a licence or royalty. Give a percentage, a fixed amount, or both, and what it applies to.
      </Text>
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          No mechanism yet.
        </Text>
      )}
      {rows.map((_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own
        <Stack key={i} gap={4} data-testid="value-capture-row">
          <Group align="flex-end" wrap="nowrap">
            <Select
              label="Mechanism"
              data={optionsOf(LABELS.valueCaptureMechanism)}
              allowDeselect={false}
              style={{ flex: 2 }}
              {...form.getInputProps(`valueCapture.${i}.mechanism`)}
            />
            <NumberInput
              label="Percent"
              min={0}
              max={100}
              clampBehavior="none"
              decimalScale={2}
              suffix="%"
              style={{ flex: 1 }}
              {...form.getInputProps(`valueCapture.${i}.percent`)}
            />
            <ActionIcon
              variant="subtle"
              color="gray"
              mb={4}
              aria-label={`Remove mechanism ${i + 1}`}
              onClick={() => form.removeListItem('valueCapture', i)}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
          <Group grow align="flex-start">
            <MoneyInput
              label="Fixed amount (optional)"
              currencyEditable
              value={rows[i]?.amount ?? null}
              onChange={(value) => form.setFieldValue(`valueCapture.${i}.amount`, value)}
              error={form.errors[`valueCapture.${i}.amount`]}
            />
            <TextInput
              label="Applies to"
              placeholder="Subscription revenue of joint customers"
              {...form.getInputProps(`valueCapture.${i}.basis`)}
            />
          </Group>
        </Stack>
      ))}
      {form.errors.valueCapture && (
        <Text size="sm" c="red">
          {form.errors.valueCapture}
        </Text>
      )}
      <Group>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} />}
          disabled={rows.length >= 10}
          onClick={() =>
            form.insertListItem('valueCapture', {
              mechanism: 'revenue_share',
              percent: '',
              amount: null,
              basis: '',
            } satisfies Row)
          }
        >
          Add a mechanism
        </Button>
      </Group>
    </Form>
  );
}

/** The value-capture mechanism of each party (seed 004's commercial design), each side editing its own. */
export function ValueCaptureCard({ partnerId }: { partnerId: string }) {
  const dialog = useDialog<Side>();
  return (
    <WithAlliance partnerId={partnerId}>
      {(a) => {
        const sides = editableSides(a);
        return (
          <SectionCard
            title="Value capture"
            label="Value capture"
            description="How each party earns from the joint offering: compare the split in the value-capture simulator."
          >
            <Stack gap="sm">
              {(['vendor', 'partner'] as const).map((side) => (
                <Group key={side} justify="space-between" align="flex-start" wrap="nowrap" data-testid={`value-capture-${side}`}>
                  <div>
                    <Text size="sm" fw={600}>
                      {SIDE_LABEL[side]} captures
                    </Text>
                    {a.design.valueCapture[side].length === 0 ? (
                      <Text size="sm" c="orange">
                        Not defined
                      </Text>
                    ) : (
                      a.design.valueCapture[side].map((v) => (
                        <Text key={captureLine(v)} size="sm">
                          {captureLine(v)}
                        </Text>
                      ))
                    )}
                  </div>
                  {sides.includes(side) && (
                    <Button
                      size="xs"
                      variant="light"
                      leftSection={<IconPencil size={14} />}
                      onClick={() => dialog.open(side)}
                      aria-label={`Edit the ${side}’s value capture`}
                    >
                      Edit
                    </Button>
                  )}
                </Group>
              ))}
            </Stack>
            <FormDialog dialog={dialog} title={(side) => `${SIDE_LABEL[side ?? 'vendor']}’s value capture`} size="lg">
              {(side) => side && <ValueCaptureForm alliance={a} side={side} onDone={dialog.close} />}
            </FormDialog>
          </SectionCard>
        );
      }}
    </WithAlliance>
  );
}
