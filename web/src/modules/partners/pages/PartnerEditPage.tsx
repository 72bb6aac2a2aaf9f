import { Alert } from '@mantine/core';
import { useNavigate, useParams } from 'react-router';
import type { Partner } from '../../../api/types';
import { pick } from '../../../ui/forms';
import { PageHeader } from '../../../ui/PageHeader';
import { QueryState } from '../../../ui/States';
import { canEditPartner, canEditVendorFields, isVendor } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { usePartner, useUpdatePartner } from '../api';
import { PartnerForm, type PartnerFormValues, PROFILE_FIELDS, partnerToValues } from '../components/PartnerForm';
import { PartnerNotFound } from '../components/PartnerNotFound';

function patchBody(values: PartnerFormValues, profileOnly: boolean) {
  if (profileOnly) return pick(values, PROFILE_FIELDS);
  const { lifecycleStage: _stageChangesThroughTransitions, ...rest } = values;
  return { ...rest, name: rest.name.trim(), website: rest.website.trim() };
}

export function PartnerEditPage() {
  const { id = '' } = useParams();
  const partner = usePartner(id);
  return (
    <QueryState query={partner} notFound={<PartnerNotFound />}>
      {(p) => <EditPartner partner={p} />}
    </QueryState>
  );
}

function EditPartner({ partner: p }: { partner: Partner }) {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const update = useUpdatePartner(p.id);
  const crumbs = [
    ...(isVendor(user) ? [{ label: 'Partners', to: '/partners' }] : []),
    { label: p.name, to: `/partners/${p.id}` },
  ];
  if (!canEditPartner(user, p)) {
    return (
      <>
        <PageHeader title={`Edit ${p.name}`} crumbs={crumbs} />
        <Alert color="yellow" title="You cannot edit this partner">
          Only its owner ({p.owner?.name ?? 'nobody yet'}) or an admin can change this partner.
        </Alert>
      </>
    );
  }
  const profileOnly = !canEditVendorFields(user, p);
  return (
    <>
      <PageHeader
        title={`Edit ${p.name}`}
        crumbs={crumbs}
        description={
          profileOnly ? 'You can update your company profile; the rest is managed by your partner manager.' : undefined
        }
      />
      <PartnerForm
        key={p.updatedAt}
        mode={profileOnly ? 'profile' : 'edit'}
        initialValues={partnerToValues(p)}
        submitLabel="Save changes"
        onCancel={() => navigate(`/partners/${p.id}`)}
        mutation={update}
        toVariables={(values) => patchBody(values, profileOnly)}
        success={(saved) => `Saved ${saved.name}`}
        onSuccess={(saved) => navigate(`/partners/${saved.id}`)}
      />
    </>
  );
}
