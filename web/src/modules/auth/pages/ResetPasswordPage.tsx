import { Alert, Anchor, Button, PasswordInput, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { Link, useLocation } from 'react-router';
import { isApiError } from '../../../api/errors';
import { type FormValues, useApiForm } from '../../../ui/forms';
import { PublicFrame, tokenFromHash } from '../../../ui/PublicFrame';
import { type ResetPasswordBody, useResetPassword } from '../api';

/** Where a password-reset link from an e-mail leads: a new password, then sign in with it. */
export function ResetPasswordPage() {
  const token = tokenFromHash(useLocation().hash);
  const reset = useResetPassword();
  const form = useApiForm({
    initialValues: { token, newPassword: '' } satisfies FormValues<ResetPasswordBody>,
    validate: { newPassword: (v) => (v ? null : 'Enter a new password') },
    mutation: reset,
    toVariables: (values) => ({ ...values, token }),
    // A link that does not work shows in the alert; a weak password under its field.
    onError: (error) => isApiError(error) && error.errors?.some((e) => e.path === 'token') === true,
  });
  const badLink = isApiError(reset.error) && reset.error.errors?.some((e) => e.path === 'token');
  return (
    <PublicFrame title="Set a new password">
      {reset.isSuccess ? (
        <Alert color="green" icon={<IconCircleCheck />} title="Your password is set" role="status">
          You were signed out everywhere and your API tokens ended.{' '}
          <Anchor component={Link} to="/sign-in">
            Sign in with the new password
          </Anchor>
          .
        </Alert>
      ) : !token || badLink ? (
        <Alert color="red" title="This link does not work" role="alert">
          It was used already or is older than 30 minutes. Ask for a new one on the sign-in page.
        </Alert>
      ) : (
        <form onSubmit={form.submit} noValidate>
          <Stack gap="md">
            <Text size="sm">Setting a new password signs you out everywhere and ends your API tokens.</Text>
            <PasswordInput label="New password" autoComplete="new-password" autoFocus {...form.getInputProps('newPassword')} />
            <Button type="submit" loading={form.busy} fullWidth>
              Set the new password
            </Button>
          </Stack>
        </form>
      )}
      <Text size="sm" ta="center">
        <Anchor component={Link} to="/sign-in">
          Back to sign-in
        </Anchor>
      </Text>
    </PublicFrame>
  );
}
