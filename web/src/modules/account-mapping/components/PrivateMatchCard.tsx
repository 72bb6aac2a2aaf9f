import { Alert, Button, FileButton, Group, List, Stack, Text, Textarea } from '@mantine/core';
import { IconLock, IconShieldCheck, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { LABELS } from '../../../ui/labels';
import { notifyError } from '../../../ui/notify';
import { SectionCard } from '../../../ui/SectionCard';
import { type MatchResult, parseMatchCsv, runPrivateMatch, useRevealMatch } from '../api';

/**
 * Private match: the partner's list stays in this browser. Its domains are normalised and blinded
 * here; the server sees blinded values only and the overlap is computed here. The partner then
 * decides whether to reveal that overlap (and only it) to the vendor.
 */
export function PrivateMatchCard({ partnerId, vendorName }: { partnerId: string; vendorName: string }) {
  const [text, setText] = useState('');
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<MatchResult | null>(null);
  const reveal = useRevealMatch(partnerId);
  const match = async () => {
    setRunning(true);
    try {
      setResult(await runPrivateMatch(partnerId, parseMatchCsv(text)));
    } catch (error) {
      notifyError(error as Error, 'The private match failed');
    } finally {
      setRunning(false);
    }
  };
  return (
    <SectionCard
      title={
        <Group gap="xs" component="span">
          <IconLock size={18} />
          Private match
        </Group>
      }
      label="Private match"
      description={`Match without uploading: your domains are blinded in this browser (elliptic-curve private set intersection), so ${vendorName} never sees an account you do not choose to reveal.`}
    >
      <Stack gap="sm">
        <Textarea
          label="Your accounts"
          description="A CSV with Domain and Population columns, or one domain per line (counted as customers)."
          autosize
          minRows={3}
          maxRows={10}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <Group gap="xs">
          <FileButton accept=".csv,text/csv,text/plain" onChange={async (file) => file && setText(await file.text())}>
            {(props) => (
              <Button variant="default" leftSection={<IconUpload size={16} />} {...props}>
                Read a CSV file
              </Button>
            )}
          </FileButton>
          <Button onClick={match} loading={running} disabled={text.trim() === ''} leftSection={<IconShieldCheck size={16} />}>
            Match privately
          </Button>
        </Group>
        {result && (
          <Alert
            title={`${result.found.length} of ${result.checked} accounts overlap with ${vendorName}`}
            color="blue"
            variant="light"
          >
            <Stack gap="xs">
              {result.skipped > 0 && (
                <Text size="sm">{result.skipped} rows had no usable domain or repeated one and were left out.</Text>
              )}
              {result.found.length > 0 && (
                <List size="sm" aria-label="Private match overlap">
                  {result.found.map((f) => (
                    <List.Item key={f.domain}>
                      {f.domain} — ours: {LABELS.mappingPopulation[f.population]}; {vendorName}:{' '}
                      {f.vendorPopulations.map((p) => LABELS.mappingPopulation[p]).join(', ')}
                    </List.Item>
                  ))}
                </List>
              )}
              <Text size="sm">
                Nothing has been shared yet. Revealing shares these {result.found.length} accounts (their domains) with{' '}
                {vendorName}, who sees them as your sharing settings allow; the rest of your list never left this browser.
              </Text>
              <Group gap="xs">
                <Button
                  size="xs"
                  loading={reveal.isPending}
                  disabled={result.found.length === 0}
                  onClick={() =>
                    reveal.run(
                      {
                        matchId: result.matchId,
                        accounts: result.found.map((f) => ({ domain: f.domain, population: f.population })),
                      },
                      {
                        success: `Shared ${result.found.length} overlapping accounts with ${vendorName}`,
                        onSuccess: () => setResult(null),
                      },
                    )
                  }
                >
                  Reveal the overlap to {vendorName}
                </Button>
                <Button size="xs" variant="subtle" onClick={() => setResult(null)}>
                  Discard
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}
      </Stack>
    </SectionCard>
  );
}
