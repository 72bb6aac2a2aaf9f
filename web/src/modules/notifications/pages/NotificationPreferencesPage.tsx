import { Divider, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { Fragment } from 'react';
import type { NotificationChannel, NotificationPreference } from '../../../api/types';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { QueryState } from '../../../ui/States';
import { CHANNEL_LABELS, usePreferences, useSetPreference } from '../api';

const CHANNELS: NotificationChannel[] = ['in_app', 'email', 'digest', 'off'];

function PreferenceRow({ preference }: { preference: NotificationPreference }) {
  const save = useSetPreference();
  return (
    <Group justify="space-between" gap="sm" data-testid="notification-preference" data-kind={preference.kind}>
      <Stack gap={0} style={{ flex: '1 1 240px' }}>
        <Text fw={500}>{preference.label}</Text>
        <Text size="sm" c="dimmed">
          {preference.description}
        </Text>
      </Stack>
      <SegmentedControl
        size="xs"
        aria-label={`How you hear of: ${preference.label}`}
        value={preference.channel}
        disabled={save.isPending}
        onChange={(channel) =>
          save.run(
            { kind: preference.kind, channel: channel as NotificationChannel },
            { success: `${preference.label}: ${CHANNEL_LABELS[channel as NotificationChannel]}` },
          )
        }
        data={CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c] }))}
      />
    </Group>
  );
}

export function NotificationPreferencesPage() {
  const preferences = usePreferences();
  return (
    <>
      <PageHeader
        title="Notification settings"
        crumbs={[{ label: 'My account', to: '/account' }]}
        description="Everything but “Off” appears under the bell. “E-mail” also sends each one at once; “Daily digest” sends one e-mail a day with all of them."
      />
      <SectionCard title="Kinds of notification">
        <QueryState query={preferences}>
          {(data) => (
            <Stack gap="sm">
              {data.map((p, i) => (
                <Fragment key={p.kind}>
                  {i > 0 && <Divider />}
                  <PreferenceRow preference={p} />
                </Fragment>
              ))}
            </Stack>
          )}
        </QueryState>
      </SectionCard>
    </>
  );
}
