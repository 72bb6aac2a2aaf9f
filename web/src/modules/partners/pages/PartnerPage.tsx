import { Badge, Button, Grid, Menu, Stack } from '@mantine/core';
import { IconChevronDown, IconHistory, IconPencil, IconTrash } from '@tabler/icons-react';
import type { UseQueryResult } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import type { Contact, Partner, StoredFile } from '../../../api/types';
import { ModuleCards } from '../../../app/ModuleCards';
import { ConfirmDialog, useDialog } from '../../../ui/dialogs';
import { LABELS } from '../../../ui/labels';
import { PageHeader } from '../../../ui/PageHeader';
import { QueryState } from '../../../ui/States';
import {
  canChangeStage,
  canDeletePartner,
  canEditPartner,
  canManageContacts,
  canViewAudit,
  isVendor,
  mayApp,
} from '../../auth/permissions';
import { type SessionUser, useCurrentUser } from '../../auth/session';
import { TierBadge } from '../../settings/components/TierBadge';
import { logoOf, useContacts, useDeletePartner, usePartner, usePartnerFiles } from '../api';
import { ContactsCard } from '../components/ContactsCard';
import { LifecycleCard } from '../components/LifecycleCard';
import { StageBadge, StatusBadge } from '../components/PartnerBadges';
import { DocumentsCard, LogoCard } from '../components/PartnerFilesCards';
import { PartnerLogo } from '../components/PartnerLogo';
import { PartnerNotFound } from '../components/PartnerNotFound';
import { PartnerProfileCard } from '../components/PartnerProfileCard';
import { RelationshipCard } from '../components/RelationshipCard';

function PartnerActions({ user, partner }: { user: SessionUser; partner: Partner }) {
  const navigate = useNavigate();
  const remove = useDeletePartner();
  const deleting = useDialog<Partner>();
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
              <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={() => deleting.open(partner)}>
                Delete partner
              </Menu.Item>
            )}
          </Menu.Dropdown>
        </Menu>
      )}
      <ConfirmDialog
        dialog={deleting}
        title={(p) => `Delete ${p.name}?`}
        confirmLabel="Delete partner"
        mutation={remove}
        variables={(p) => p.id}
        success={(p) => `Deleted ${p.name}`}
        errorTitle="Could not delete the partner"
        onDone={() => navigate('/partners', { replace: true })}
      >
        {() =>
          'This removes the partner and its contacts. A partner that still has users cannot be deleted; move it to off-boarding instead.'
        }
      </ConfirmDialog>
    </>
  );
}

/** Partner 360: everything about one partner on one screen. */
export function PartnerPage() {
  const { id = '' } = useParams();
  const partner = usePartner(id);
  const contacts = useContacts(id); // alongside the partner, not after it
  const files = usePartnerFiles(id);
  return (
    <QueryState query={partner} loading="Loading partner…" notFound={<PartnerNotFound />}>
      {(p) => <Partner360 partner={p} contacts={contacts} files={files} />}
    </QueryState>
  );
}

function Partner360({
  partner: p,
  contacts,
  files,
}: {
  partner: Partner;
  contacts: UseQueryResult<Contact[]>;
  files: UseQueryResult<StoredFile[]>;
}) {
  const user = useCurrentUser();
  const logo = logoOf(files.data);
  return (
    <>
      <PageHeader
        title={
          <span style={{ display: 'inline-flex', alignItems: 'center', gap: 12 }}>
            {logo && <PartnerLogo logo={logo} name={p.name} size={36} decorative />}
            {p.name}
          </span>
        }
        crumbs={isVendor(user) ? [{ label: 'Partners', to: '/partners' }] : [{ label: 'Portal home', to: '/' }]}
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
              contacts={contacts}
              canManage={canManageContacts(user, p)}
              canImport={mayApp(user, 'import:contacts')}
            />
            <DocumentsCard partner={p} files={files} />
            <ModuleCards slot="partnerCards" column="main" props={{ partner: p, user }} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="md">
            <LogoCard partner={p} files={files} />
            <RelationshipCard owner={p.owner} executiveSponsor={p.executiveSponsor} contacts={contacts.data} />
            <LifecycleCard partner={p} canChange={canChangeStage(user, p)} />
            <ModuleCards slot="partnerCards" column="side" props={{ partner: p, user }} />
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
