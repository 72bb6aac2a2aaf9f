import { Alert, Button, Image, Stack, Text, TextInput } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useLocation, useParams } from 'react-router';
import { Form } from '../../../ui/Form';
import { useApiForm } from '../../../ui/forms';
import { PublicFrame, tokenFromHash } from '../../../ui/PublicFrame';
import { useLandingPage, useMarketingUnsubscribe, useMarketingUnsubscribeLink, useSubmitLanding } from '../api';

/** A campaign's landing page (public): the partner's headline, text and the form that makes a lead. */
export function LandingPage() {
  const { token = '' } = useParams();
  const page = useLandingPage(token);
  const submit = useSubmitLanding(token);
  const form = useApiForm({
    initialValues: { name: '', email: '', company: '', website: '' },
    mutation: submit,
    toVariables: (v) => ({
      name: v.name.trim(),
      email: v.email.trim(),
      company: v.company.trim(),
      ...(v.website ? { website: v.website } : {}),
    }),
    success: () => 'Thank you: we will be in touch',
  });
  if (page.isError) {
    return (
      <PublicFrame title="Page not found">
        <Text>This page does not exist (any more).</Text>
      </PublicFrame>
    );
  }
  const p = page.data;
  return (
    <PublicFrame
      title={p?.headline ?? '…'}
      logo={p?.logoUrl ? <Image src={p.logoUrl} alt={p.partnerName} h={48} w="auto" fit="contain" /> : null}
    >
      {p && (
        <Stack gap="md">
          <Text style={{ whiteSpace: 'pre-wrap' }}>{p.body}</Text>
          {submit.isSuccess ? (
            <Alert color="green" icon={<IconCircleCheck />} title="Thank you" role="status">
              {p.partnerName} will be in touch.
            </Alert>
          ) : p.open ? (
            <Form form={form} submitLabel={p.cta}>
              <TextInput label="Name" required {...form.getInputProps('name')} />
              <TextInput label="Work e-mail" type="email" required {...form.getInputProps('email')} />
              <TextInput label="Company" required {...form.getInputProps('company')} />
              <TextInput
                label="Website"
                tabIndex={-1}
                autoComplete="off"
                aria-hidden
                style={{ position: 'absolute', left: '-10000px' }}
                {...form.getInputProps('website')}
              />
            </Form>
          ) : (
            <Text c="dimmed">This campaign has ended.</Text>
          )}
          <Text size="xs" c="dimmed" ta="center">
            {p.partnerName}, a partner of {p.vendorName}
          </Text>
        </Stack>
      )}
    </PublicFrame>
  );
}

/** Where a campaign e-mail's unsubscribe link leads: looking changes nothing, the button does. */
export function MarketingUnsubscribePage() {
  const token = tokenFromHash(useLocation().hash);
  const link = useMarketingUnsubscribeLink(token);
  const unsubscribe = useMarketingUnsubscribe();
  return (
    <PublicFrame title="Unsubscribe">
      {!token || link.isError ? (
        <Alert color="red" title="This link does not work" role="alert">
          Open the link from the e-mail again.
        </Alert>
      ) : unsubscribe.isSuccess || link.data?.unsubscribed ? (
        <Alert color="green" icon={<IconCircleCheck />} title="Done" role="status">
          {link.data?.email} gets no more campaign e-mails from {link.data?.partnerName}.
        </Alert>
      ) : (
        <Stack gap="md">
          <Text>
            Stop campaign e-mails from <strong>{link.data?.partnerName ?? '…'}</strong> to {link.data?.email ?? '…'}?
          </Text>
          <Button onClick={() => unsubscribe.run(token)} loading={unsubscribe.isPending} disabled={!link.data}>
            Unsubscribe
          </Button>
        </Stack>
      )}
    </PublicFrame>
  );
}
