import { Badge, Button, Grid, Menu, Stack } from '@mantine/core';
import { IconChevronDown, IconHistory, IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../../api/errors';
import type { Partner, User } from '../../../api/types';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import { LABELS } from '../../../ui/labels';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { PageHeader } from '../../../ui/PageHeader';
import { ErrorState, NotFoundState, PageLoader } from '../../../ui/States';
import {
  canChangeStage,
  canDeletePartner,
  canEditPartner,
  canManageContacts,
  canViewAudit,
  isVendor,
} from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { TierBadge } from '../../settings/components/TierBadge';
import { useContacts, useDeletePartner, usePartner } from '../api';
import { ContactsCard } from '../components/ContactsCard';
import { LifecycleCard } from '../components/LifecycleCard';
import { StageBadge, StatusBadge } from '../components/PartnerBadges';
import { PartnerProfileCard } from '../components/PartnerProfileCard';
import { RelationshipCard } from '../components/RelationshipCard';

function PartnerActions({ user, partner }: { user: User; partner: Partner }) {
  const navigate = useNavigate();
  const remove = useDeletePartner();
  const [confirming, setConfirming] = useState(false);
  const auditable = canViewAudit(user);
  const deletable = canDeletePartner(user, partner);
  return (
    <>
      {canEditPartner(user, partner) && (
        <Button component={Link} to={`/partners/${partner.id}/edit`} leftSection={<IconPencil size={16} />}>
          Edit
        </Button>
      )}
      {(auditable || deletable) && (
        <Menu position="bottom-end">
          <Menu.Target>
            <Button variant="default" rightSection={<IconChevronDown size={14} />}>
              More
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {auditable && (
              <Menu.Item component={Link} to={`/audit?entityId=${partner.id}`} leftSection={<IconHistory size={14} />}>
                Audit trail
              </Menu.Item>
            )}
            {deletable && (
              <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={() => setConfirming(true)}>
                Delete partner
              </Menu.Item>
            )}
          </Menu.Dropdown>
        </Menu>
      )}
      <ConfirmModal
        opened={confirming}
        title={`Delete ${partner.name}?`}
        confirmLabel="Delete partner"
        loading={remove.isPending}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          remove.mutate(partner.id, {
            onSuccess: () => {
              notifySuccess(`Deleted ${partner.name}`);
              navigate('/partners', { replace: true });
            },
            onError: (error) => {
              setConfirming(false);
              notifyError(error, 'Could not delete the partner');
            },
          })
        }
      >
        This removes the partner and its contacts. A partner that still has users cannot be deleted; move it to off-boarding
        instead.
      </ConfirmModal>
    </>
  );
}

/** Partner 360: everything about one partner on one screen. */
export function PartnerPage() {
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const partner = usePartner(id);
  const contacts = useContacts(id);
  const vendor = isVendor(user);

  if (partner.isPending) return <PageLoader label="Loading partner…" />;
  if (partner.isError) {
    return isApiError(partner.error) && partner.error.isNotFound ? (
      <NotFoundState
        what="Partner"
        backTo={vendor ? '/partners' : '/'}
        backLabel={vendor ? 'Back to partners' : 'Back to portal home'}
      />
    ) : (
      <ErrorState error={partner.error} onRetry={() => partner.refetch()} />
    );
  }
  const p = partner.data;
  return (
    <>
      <PageHeader
        title={p.name}
        crumbs={vendor ? [{ label: 'Partners', to: '/partners' }] : [{ label: 'Portal home', to: '/' }]}
        badges={
          <>
            <StageBadge stage={p.lifecycleStage} />
            <TierBadge tier={p.tier} />
            {p.status !== 'active' && <StatusBadge status={p.status} />}
            <Badge variant="outline" color="gray">
              {LABELS.motion[p.motion]}
              {p.designation !== 'standard' ? ` · ${LABELS.designation[p.designation]}` : ''}
            </Badge>
          </>
        }
        actions={<PartnerActions user={user} partner={p} />}
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="md">
            <PartnerProfileCard partner={p} />
            <ContactsCard
              partnerId={p.id}
              contacts={contacts.data}
              isPending={contacts.isPending}
              error={contacts.error}
              canManage={canManageContacts(user, p)}
            />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="md">
            <RelationshipCard owner={p.owner} executiveSponsor={p.executiveSponsor} contacts={contacts.data} />
            <LifecycleCard partner={p} canChange={canChangeStage(user, p)} />
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
