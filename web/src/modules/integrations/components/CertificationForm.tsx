import { Button, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { LABELS } from '../../../ui/labels';
import { type CertificationStatus, type IntegrationListing, useCertifyIntegration } from '../api';
import { CERTIFICATION_MOVES } from '../labels';

/** Moves an integration's certification (vendor staff): the moves the rule allows from where it is. */
export function CertificationForm({ listing, onDone }: { listing: IntegrationListing; onDone: () => void }) {
  const certify = useCertifyIntegration();
  const moves = CERTIFICATION_MOVES[listing.certification];
  const [status, setStatus] = useState<CertificationStatus>(moves[0] ?? 'in_review');
  const [expiresAt, setExpiresAt] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <Stack gap="md">
      <Select
        label="New status"
        data={moves.map((m) => ({ value: m, label: LABELS.integrationCertification[m] }))}
        value={status}
        onChange={(v) => v && setStatus(v as CertificationStatus)}
        allowDeselect={false}
      />
      {status === 'certified' && (
        <TextInput
          label="Expires on"
          description="Leave empty for a year from today."
          placeholder="YYYY-MM-DD"
          value={expiresAt}
          onChange={(e) => setExpiresAt(e.currentTarget.value)}
          error={error}
        />
      )}
      <Textarea label="Note" autosize minRows={1} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button
          loading={certify.isPending}
          onClick={() =>
            certify.run(
              {
                id: listing.id,
                status,
                note,
                ...(status === 'certified' && expiresAt.trim() ? { expiresAt: expiresAt.trim() } : {}),
              },
              {
                success: (l) => `${l.name}: ${LABELS.integrationCertification[l.certification]}`,
                onSuccess: onDone,
                onError: (e) => {
                  setError(e instanceof Error ? e.message : String(e));
                  return true;
                },
              },
            )
          }
        >
          Save
        </Button>
      </Group>
    </Stack>
  );
}
