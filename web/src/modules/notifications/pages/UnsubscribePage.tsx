import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { Link, useLocation } from 'react-router';
import { PublicFrame, tokenFromHash } from '../../../ui/PublicFrame';
import { useUnsubscribe, useUnsubscribeLink } from '../api';

/**
 * Where "Stop e-mails about …" in a notification e-mail leads. Opening it changes nothing (mail
 * scanners open links); the button does. No sign-in: the link itself says who and what.
 */
export function UnsubscribePage() {
  const token = tokenFromHash(useLocation().hash);
  const link = useUnsubscribeLink(token);
  const unsubscribe = useUnsubscribe();
  const done = unsubscribe.isSuccess;
  return (
    <PublicFrame title="Stop these e-mails">
      {!token || link.isError ? (
        <Alert color="red" title="This link does not work" role="alert">
          Open the link from the e-mail again, or change your notification settings after signing in.
        </Alert>
      ) : done ? (
        <Alert color="green" icon={<IconCircleCheck />} title="Done" role="status">
          You will no longer get e-mails about “{link.data?.label}”. They still appear under the bell in the app.
        </Alert>
      ) : (
        <Stack gap="md">
          <Text>
            Stop e-mails about <strong>{link.data?.label ?? '…'}</strong>? You will still see them under the bell in the app.
          </Text>
          <Button onClick={() => unsubscribe.run(token)} loading={unsubscribe.isPending} disabled={!link.data}>
            Stop these e-mails
          </Button>
        </Stack>
      )}
      <Text size="sm" c="dimmed" ta="center">
        Every setting is under{' '}
        <Anchor component={Link} to="/account/notifications">
          My account → Notification settings
        </Anchor>
        .
      </Text>
    </PublicFrame>
  );
}
