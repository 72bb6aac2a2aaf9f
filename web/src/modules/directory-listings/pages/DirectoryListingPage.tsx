import { Anchor, Button, Grid, Group, MultiSelect, Stack, Switch, TagsInput, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Link } from 'react-router';
import { isApiError } from '../../../api/errors';
import { LABELS, optionsOf } from '../../../ui/labels';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { NotFoundState, QueryState } from '../../../ui/States';
import { useCurrentUser } from '../../auth/session';
import { type DirectoryListing, type ListingBody, useDirectoryListing, useSaveDirectoryListing } from '../api';
import { ListingBadge, ListingReasons } from '../components/ListingState';

type Values = {
  published: boolean;
  description: string;
  website: string;
  contactEmail: string;
  regions: string[];
  industries: string[];
  types: string[];
};

function ListingForm({ listing }: { listing: DirectoryListing }) {
  const save = useSaveDirectoryListing(listing.partnerId);
  const form = useForm<Values>({
    initialValues: {
      published: listing.published,
      description: listing.description,
      website: listing.website,
      contactEmail: listing.contactEmail,
      regions: listing.regions,
      industries: listing.industries,
      types: listing.types,
    },
  });
  const editable = listing.can.edit;
  const submit = form.onSubmit((values) => {
    const body = { ...values, ...(listing.can.publish ? {} : { published: undefined }) } as ListingBody;
    save.run(body, {
      success: (saved) => (saved.state.listed ? 'Saved: your listing is in the public directory' : 'Saved'),
      onError: (error) => {
        if (isApiError(error) && Object.keys(error.fieldErrors).length > 0) {
          form.setErrors(error.fieldErrors);
          return true;
        }
        return false;
      },
    });
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Directory listing">
      <Stack gap="md">
        <Switch
          label="List our company in the public partner directory"
          description="Customers searching for a partner find what you publish here. You can opt out at any time."
          disabled={!listing.can.publish}
          {...form.getInputProps('published', { type: 'checkbox' })}
        />
        <Textarea
          label="Description"
          description="What you do for customers."
          autosize
          minRows={3}
          maxLength={2000}
          disabled={!editable}
          {...form.getInputProps('description')}
        />
        <Grid gap="sm">
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput label="Website" placeholder="https://" disabled={!editable} {...form.getInputProps('website')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput
              label="Contact e-mail for customers"
              type="email"
              disabled={!editable}
              {...form.getInputProps('contactEmail')}
            />
          </Grid.Col>
        </Grid>
        <MultiSelect
          label="Regions served"
          data={optionsOf(LABELS.region)}
          disabled={!editable}
          {...form.getInputProps('regions')}
        />
        <MultiSelect
          label="Partner types"
          data={optionsOf(LABELS.partnerType)}
          searchable
          disabled={!editable}
          {...form.getInputProps('types')}
        />
        <TagsInput label="Industries" maxTags={10} disabled={!editable} {...form.getInputProps('industries')} />
        <Text size="xs" c="dimmed">
          Your logo comes from your{' '}
          <Anchor component={Link} to={`/partners/${listing.partnerId}`} size="xs">
            company page
          </Anchor>
          ; your tier and certified integrations are shown with it.
        </Text>
        {editable && (
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending}>
              Save listing
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}

/** The partner's own listing in the public directory: opt in, and what customers see. */
export function DirectoryListingPage() {
  const user = useCurrentUser();
  const listing = useDirectoryListing(user.partnerId ?? '');
  if (!user.partnerId) return <NotFoundState what="Company" />;
  return (
    <QueryState query={listing}>
      {(l) => (
        <>
          <PageHeader
            title="Directory listing"
            crumbs={[{ label: 'Portal home', to: '/' }]}
            description={`How ${l.partnerName} appears in the public partner directory.`}
            badges={<ListingBadge listing={l} />}
            actions={
              <Button variant="default" component={Link} to="/partners-directory" target="_blank">
                Open the directory
              </Button>
            }
          />
          <Stack gap="md">
            <ListingReasons listing={l} />
            <SectionCard title="What customers see">
              <ListingForm listing={l} />
            </SectionCard>
          </Stack>
        </>
      )}
    </QueryState>
  );
}
