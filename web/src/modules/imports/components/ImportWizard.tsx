import { Alert, Badge, Button, Group, Progress, Select, Stack, Stepper, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { describeError } from '../../../api/errors';
import type { Importer, ImportOutcome, ImportProblem } from '../../../api/types';
import { FileDrop } from '../../../ui/FileDrop';
import { formatBytes, formatCount } from '../../../ui/format';
import { SectionCard } from '../../../ui/SectionCard';
import { headOf, sendImport, useImportRun } from '../api';

type Mapping = Record<string, string | null>;

type Step =
  | { at: 'pick' }
  | { at: 'map'; file: File }
  | { at: 'checked'; file: File; outcome: ImportOutcome }
  | { at: 'running'; file: File; importId: string }
  | { at: 'done'; rows: number };

const STEP_INDEX: Record<Step['at'], number> = { pick: 0, map: 1, checked: 2, running: 3, done: 4 };

/** Problems listed on the page (the server counts them all and lists the first 200). */
const LISTED_PROBLEMS = 200;

export type ImportWizardProps = {
  importer: Importer;
  /** Where the imported records are listed, for the last step's link. */
  list: { to: string; label: string };
};

/**
 * The CSV import of any importer: pick a file → map its headers to the importer's columns
 * (recognised headers preselected, each one can be changed or ignored) → a dry run listing every
 * problem as row, column and reason → the import, all or nothing; a large file runs in the
 * background with a progress bar → done, with a link to the list.
 */
export function ImportWizard({ importer, list }: ImportWizardProps) {
  const [step, setStep] = useState<Step>({ at: 'pick' });
  const [mapping, setMapping] = useState<Mapping>({});
  const [headers, setHeaders] = useState<{ header: string; how: string }[]>([]);
  const [headerProblems, setHeaderProblems] = useState<ImportProblem[]>([]);
  const [sending, setSending] = useState<{ what: string; fraction: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const noun = importer.label.toLowerCase();
  const labelOf = useMemo(() => new Map(importer.columns.map((c) => [c.key, c.label])), [importer]);

  const restart = () => {
    setStep({ at: 'pick' });
    setHeaders([]);
    setMapping({});
    setHeaderProblems([]);
    setError(null);
  };

  // Step 1: the file's first lines go to a dry run, which answers how the server reads its headers.
  const pick = async (file: File, onProgress: (fraction: number) => void) => {
    setError(null);
    const answer = await sendImport(importer.kind, await headOf(file), file.name, { dryRun: true }, onProgress);
    const found = answer.outcome.mapping;
    if (found.length === 0) {
      setHeaderProblems(answer.outcome.errors);
      throw new Error(answer.outcome.errors[0]?.message ?? 'The file has no header row');
    }
    setHeaders(found.map((m) => ({ header: m.header, how: m.how })));
    setMapping(Object.fromEntries(found.map((m) => [m.header, m.column])));
    setHeaderProblems([]);
    setStep({ at: 'map', file });
  };

  const send = async (file: File, dryRun: boolean) => {
    setError(null);
    setSending({ what: dryRun ? 'Checking the file…' : 'Sending the file…', fraction: 0 });
    try {
      const answer = await sendImport(importer.kind, file, file.name, { dryRun, mapping }, (fraction) =>
        setSending((s) => (s ? { ...s, fraction } : s)),
      );
      if (answer.status === 202 && answer.outcome.importId) setStep({ at: 'running', file, importId: answer.outcome.importId });
      else if (!dryRun && answer.status === 200) setStep({ at: 'done', rows: answer.outcome.rows });
      else setStep({ at: 'checked', file, outcome: answer.outcome });
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setSending(null);
    }
  };

  const required = importer.columns.filter((c) => c.required);
  const mapped = new Set(Object.values(mapping).filter((v): v is string => Boolean(v)));
  const missing = required.filter((c) => !mapped.has(c.key));
  const columnChoices = [
    { value: '', label: 'Ignore this column' },
    ...importer.columns.map((c) => ({ value: c.key, label: c.required ? `${c.label} (required)` : c.label })),
  ];

  return (
    <Stack gap="lg">
      <Stepper active={STEP_INDEX[step.at]} size="sm" allowNextStepsSelect={false}>
        <Stepper.Step label="File" />
        <Stepper.Step label="Columns" />
        <Stepper.Step label="Check" />
        <Stepper.Step label="Import" />
      </Stepper>

      {error && (
        <Alert color="red" icon={<IconAlertTriangle size={16} />} role="alert" title="That did not work">
          {error}
        </Alert>
      )}

      {step.at === 'pick' && (
        <SectionCard
          title={`Choose a CSV file of ${noun}`}
          description="Exports from Salesforce and HubSpot are recognised by their column headers; you can adjust the mapping next."
        >
          <FileDrop
            label="Choose a CSV file"
            hint={`CSV (comma, semicolon or tab), at most ${formatBytes(importer.maxBytes)}`}
            accept={['.csv', 'text/csv']}
            maxBytes={importer.maxBytes}
            upload={pick}
          />
          {headerProblems.length > 0 && (
            <ProblemTable problems={headerProblems} total={headerProblems.length} labelOf={labelOf} />
          )}
          <ColumnHelp importer={importer} />
        </SectionCard>
      )}

      {step.at === 'map' && (
        <SectionCard
          title="Match the columns"
          description={`${step.file.name} (${formatBytes(step.file.size)}): choose what each column of the file holds, or ignore it.`}
          label="Column mapping"
        >
          <Table verticalSpacing="xs" aria-label="Column mapping">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Column in the file</Table.Th>
                <Table.Th>Imported as</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {headers.map(({ header, how }) => (
                <Table.Tr key={header}>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Text size="sm" fw={500}>
                        {header}
                      </Text>
                      {how === 'recognised' && mapping[header] && (
                        <Badge size="xs" variant="light" color="green">
                          recognised
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={`Import "${header}" as`}
                      data={columnChoices}
                      value={mapping[header] ?? ''}
                      onChange={(value) => setMapping((m) => ({ ...m, [header]: value ? value : null }))}
                      allowDeselect={false}
                      w={260}
                      comboboxProps={{ withinPortal: true }}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {missing.length > 0 && (
            <Text size="sm" c="orange.8" mt="sm" role="status">
              No column is imported as {missing.map((c) => c.label).join(', ')} yet: every row needs it.
            </Text>
          )}
          <SendingProgress sending={sending} />
          <Group justify="space-between" mt="md">
            <Button variant="default" onClick={restart} disabled={sending !== null}>
              Choose another file
            </Button>
            <Button onClick={() => void send(step.file, true)} loading={sending !== null}>
              Check the file
            </Button>
          </Group>
        </SectionCard>
      )}

      {step.at === 'checked' && (
        <SectionCard title="Check" label="Check result">
          <CheckResult outcome={step.outcome} labelOf={labelOf} />
          <SendingProgress sending={sending} />
          <Group justify="space-between" mt="md">
            <Group gap="xs">
              <Button variant="default" onClick={() => setStep({ at: 'map', file: step.file })} disabled={sending !== null}>
                Back to the columns
              </Button>
              <Button variant="default" onClick={restart} disabled={sending !== null}>
                Choose another file
              </Button>
            </Group>
            <Button
              onClick={() => void send(step.file, false)}
              disabled={step.outcome.errorCount > 0 || step.outcome.rows === 0}
              loading={sending !== null}
            >
              Import {formatCount(step.outcome.rows)} {noun}
            </Button>
          </Group>
        </SectionCard>
      )}

      {step.at === 'running' && (
        <RunProgress
          importId={step.importId}
          noun={noun}
          labelOf={labelOf}
          onDone={(rows) => setStep({ at: 'done', rows })}
          onRestart={restart}
        />
      )}

      {step.at === 'done' && (
        <SectionCard title="Imported" label="Import result">
          <Group gap="sm">
            <IconCheck size={20} color="var(--mantine-color-green-7)" aria-hidden />
            <Text role="status">
              Imported {formatCount(step.rows)} {noun}.
            </Text>
          </Group>
          <Group mt="md" gap="xs">
            <Button component={Link} to={list.to}>
              Go to {list.label}
            </Button>
            <Button variant="default" onClick={restart}>
              Import another file
            </Button>
          </Group>
        </SectionCard>
      )}
    </Stack>
  );
}

function SendingProgress({ sending }: { sending: { what: string; fraction: number } | null }) {
  if (!sending) return null;
  return (
    <Stack gap={4} mt="md">
      <Text size="sm">{sending.fraction < 1 ? 'Sending the file…' : sending.what}</Text>
      <Progress
        value={sending.fraction < 1 ? Math.round(sending.fraction * 100) : 100}
        animated={sending.fraction >= 1}
        size="sm"
        aria-label="Upload progress"
      />
    </Stack>
  );
}

function CheckResult({ outcome, labelOf }: { outcome: ImportOutcome; labelOf: Map<string, string> }) {
  if (outcome.errorCount === 0) {
    return (
      <Group gap="sm">
        <IconCheck size={20} color="var(--mantine-color-green-7)" aria-hidden />
        <Text role="status">
          {formatCount(outcome.rows)} {outcome.rows === 1 ? 'row' : 'rows'} checked: no problems. Nothing has been imported yet.
        </Text>
      </Group>
    );
  }
  return (
    <Stack gap="sm">
      <Text role="status">
        {formatCount(outcome.errorCount)} {outcome.errorCount === 1 ? 'problem' : 'problems'} in {formatCount(outcome.rows)}{' '}
        {outcome.rows === 1 ? 'row' : 'rows'}. Nothing is imported until the file has none: fix them in the file and choose it
        again, or change the columns.
      </Text>
      <ProblemTable problems={outcome.errors} total={outcome.errorCount} labelOf={labelOf} />
    </Stack>
  );
}

function ProblemTable({
  problems,
  total,
  labelOf,
}: {
  problems: readonly ImportProblem[];
  total: number;
  labelOf: Map<string, string>;
}) {
  const shown = problems.slice(0, LISTED_PROBLEMS);
  return (
    <Stack gap={4} mt="sm">
      <Table.ScrollContainer minWidth={480} maxHeight={420}>
        <Table striped verticalSpacing={4} aria-label="Problems">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={70}>Row</Table.Th>
              <Table.Th w={180}>Column</Table.Th>
              <Table.Th>Problem</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((p) => (
              <Table.Tr key={`${p.row}-${p.column}-${p.message}`}>
                <Table.Td>{p.row}</Table.Td>
                <Table.Td>{labelOf.get(p.column) ?? p.column}</Table.Td>
                <Table.Td>{p.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {total > shown.length && (
        <Text size="sm" c="dimmed">
          … and {formatCount(total - shown.length)} more.
        </Text>
      )}
    </Stack>
  );
}

function RunProgress({
  importId,
  noun,
  labelOf,
  onDone,
  onRestart,
}: {
  importId: string;
  noun: string;
  labelOf: Map<string, string>;
  onDone: (rows: number) => void;
  onRestart: () => void;
}) {
  const run = useImportRun(importId);
  const data = run.data;
  useEffect(() => {
    if (data?.status === 'succeeded') onDone(data.rows ?? data.done);
  }, [data, onDone]);
  if (data?.status === 'failed') {
    return (
      <SectionCard title="The import failed" label="Import result">
        <Text role="status">Nothing was imported.</Text>
        <ProblemTable problems={data.errors} total={data.errorCount} labelOf={labelOf} />
        <Button variant="default" mt="md" onClick={onRestart}>
          Choose another file
        </Button>
      </SectionCard>
    );
  }
  const percent = Math.round((data?.progress ?? 0) * 100);
  return (
    <SectionCard
      title={`Importing ${noun}`}
      description="The import runs in the background: you may leave this page, it goes on. Nothing is saved until every row is in."
      label="Import progress"
    >
      <Stack gap={4}>
        <Text size="sm">
          {data?.status === 'queued' || !data ? 'Waiting to start…' : `${formatCount(data.done)} rows so far (${percent}%)`}
        </Text>
        <Progress value={percent} size="lg" animated aria-label="Import progress" />
        {run.error ? (
          <Text size="sm" c="red">
            {describeError(run.error)}
          </Text>
        ) : null}
      </Stack>
    </SectionCard>
  );
}

/** What the importer takes, for someone preparing a file by hand. */
function ColumnHelp({ importer }: { importer: Importer }) {
  return (
    <Stack gap={4} mt="md">
      <Text size="sm" fw={600}>
        Columns
      </Text>
      <Text size="sm" c="dimmed">
        {importer.columns.map((c) => `${c.label}${c.required ? ' (required)' : ''}`).join(' · ')}
      </Text>
    </Stack>
  );
}
