import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { Link, useLocation, useNavigate } from 'react-router';
import { PublicFrame, tokenFromHash } from '../../../ui/PublicFrame';
import { usePublicSettings, useSignInWithLink } from '../api';

/**
 * Where a sign-in link from an e-mail leads. Opening the page uses nothing up (mail scanners open
 * links; the token stays in the fragment, which no server sees): the button signs in.
 */
export function LinkSignInPage() {
  const token = tokenFromHash(useLocation().hash);
  const branding = usePublicSettings();
  const signIn = useSignInWithLink();
  const navigate = useNavigate();
  const vendor = branding.data?.vendorName ?? 'Consort';
  return (
    <PublicFrame title={`Sign in to ${vendor}`}>
      {!token ? (
        <Alert color="red" title="This link is incomplete" role="alert">
          Open the link from the e-mail again, or ask for a new one.
        </Alert>
      ) : (
        <Stack gap="md">
          {signIn.isError && (
            <Alert color="red" title="This link does not work any more" role="alert">
              It was used already or is older than 15 minutes. Ask for a new one on the sign-in page.
            </Alert>
          )}
          <Text>You opened a sign-in link from your e-mail. It works once.</Text>
          <Button
            fullWidth
            loading={signIn.isPending}
            disabled={signIn.isError}
            onClick={() => signIn.run(token, { onSuccess: () => navigate('/', { replace: true }), onError: () => true })}
          >
            Sign in
          </Button>
        </Stack>
      )}
      <Text size="sm" ta="center">
        <Anchor component={Link} to="/sign-in">
          Back to sign-in
        </Anchor>
      </Text>
    </PublicFrame>
  );
}
