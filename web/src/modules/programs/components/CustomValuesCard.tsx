import { Autocomplete, Button, NumberInput, Table, Text, TextInput } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { Form } from '../../../ui/Form';
import { formatDate } from '../../../ui/format';
import { useApiForm } from '../../../ui/forms';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, QueryState } from '../../../ui/States';
import { useCustomValues, useSetCustomValue, useTierProgress } from '../api';

type Wanted = { key: string; label: string; required: number };

/** The custom requirements the partner's tiers ask for ("custom.<key>"), by key, from its tier progress. */
function useWanted(partnerId: string): Wanted[] {
  const progress = useTierProgress(partnerId);
  const out = new Map<string, Wanted>();
  for (const p of progress.data?.programs ?? [])
    for (const r of [...p.requirements, ...p.currentRequirements])
      if (r.metric.startsWith('custom.')) {
        const key = r.metric.slice('custom.'.length);
        if (!out.has(key)) out.set(key, { key, label: r.label, required: r.required });
      }
  return [...out.values()];
}

type Values = { key: string; value: number | ''; note: string };

function RecordForm({
  partnerId,
  initial,
  wanted,
  onDone,
}: {
  partnerId: string;
  initial: Values;
  wanted: readonly Wanted[];
  onDone: () => void;
}) {
  const save = useSetCustomValue(partnerId);
  const form = useApiForm({
    initialValues: initial,
    validate: {
      key: (v) => (v.trim() ? null : 'Name the value'),
      value: (v) => (v === '' ? 'Enter a value' : null),
    },
    mutation: save,
    toVariables: (v) => ({ key: v.key.trim(), value: Number(v.value), note: v.note.trim() }),
    success: (r) => `Recorded ${r.key} = ${r.value}`,
    onSuccess: onDone,
  });
  const label = wanted.find((w) => w.key === form.values.key.trim())?.label;
  return (
    <Form form={form} submitLabel="Record value" onCancel={onDone}>
      <Autocomplete
        label="Value"
        description={label ? `For the requirement “${label}”` : 'The key a custom requirement or milestone rule names'}
        data={wanted.map((w) => w.key)}
        data-autofocus
        {...form.getInputProps('key')}
      />
      <NumberInput
        label="Recorded value"
        description="1 for yes, 0 for no; otherwise the number"
        {...form.getInputProps('value')}
      />
      <TextInput label="Note" placeholder="Business plan signed on 12 May" {...form.getInputProps('note')} />
    </Form>
  );
}

/**
 * Vendor side of the partner page: the values people record for custom tier requirements and
 * milestone rules (a signed business plan, a certified integration), so those requirements can be met.
 */
export function CustomValuesCard({ partnerId, canRecord }: { partnerId: string; canRecord: boolean }) {
  const values = useCustomValues(partnerId, true);
  const wanted = useWanted(partnerId);
  const recording = useDialog<Values>();
  const empty: Values = { key: wanted[0]?.key ?? '', value: '', note: '' };
  return (
    <SectionCard
      title="Recorded values"
      label="Recorded values"
      description="What custom tier requirements and milestone rules read for this partner."
      action={
        canRecord && (
          <Button size="xs" variant="light" leftSection={<IconPencil size={14} />} onClick={() => recording.open(empty)}>
            Record
          </Button>
        )
      }
    >
      <QueryState query={values}>
        {(list) => {
          const keys = [...new Set([...wanted.map((w) => w.key), ...list.map((v) => v.key)])];
          if (keys.length === 0)
            return <Empty title="Nothing recorded" description="None of the partner's tiers has a custom requirement." />;
          return (
            <Table aria-label="Recorded values">
              <Table.Tbody>
                {keys.map((key) => {
                  const v = list.find((x) => x.key === key);
                  const w = wanted.find((x) => x.key === key);
                  return (
                    <Table.Tr key={key}>
                      <Table.Td>
                        <Text size="sm">{w?.label ?? key}</Text>
                        <Text size="xs" c="dimmed">
                          {key}
                          {w ? ` · needs ${w.required}` : ''}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        {v ? (
                          <>
                            <Text size="sm">{v.value}</Text>
                            <Text size="xs" c="dimmed">
                              {formatDate(v.recordedAt)}
                              {v.note ? ` · ${v.note}` : ''}
                            </Text>
                          </>
                        ) : (
                          <Text size="sm" c="dimmed">
                            Not recorded
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {canRecord && (
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            aria-label={`Record ${w?.label ?? key}`}
                            onClick={() => recording.open({ key, value: v?.value ?? '', note: v?.note ?? '' })}
                          >
                            Record
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          );
        }}
      </QueryState>
      <FormDialog dialog={recording} title={() => 'Record a value'}>
        {(initial) => <RecordForm partnerId={partnerId} initial={initial ?? empty} wanted={wanted} onDone={recording.close} />}
      </FormDialog>
    </SectionCard>
  );
}
