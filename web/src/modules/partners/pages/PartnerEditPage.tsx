import { Alert } from '@mantine/core';
import { useNavigate, useParams } from 'react-router';
import { isApiError } from '../../../api/errors';
import { pick } from '../../../ui/forms';
import { notifySuccess } from '../../../ui/notify';
import { PageHeader } from '../../../ui/PageHeader';
import { ErrorState, NotFoundState, PageLoader } from '../../../ui/States';
import { canEditPartner, canEditVendorFields, isVendor } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { usePartner, useUpdatePartner } from '../api';
import { PartnerForm, type PartnerFormValues, PROFILE_FIELDS, partnerToValues } from '../components/PartnerForm';

function patchBody(values: PartnerFormValues, profileOnly: boolean) {
  if (profileOnly) return pick(values, PROFILE_FIELDS);
  const { lifecycleStage: _stageChangesThroughTransitions, ...rest } = values;
  return { ...rest, name: rest.name.trim(), website: rest.website.trim() };
}

export function PartnerEditPage() {
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const partner = usePartner(id);
  const update = useUpdatePartner(id);

  if (partner.isPending) return <PageLoader />;
  if (partner.isError) {
    return isApiError(partner.error) && partner.error.isNotFound ? (
      <NotFoundState what="Partner" backTo={isVendor(user) ? '/partners' : '/'} />
    ) : (
      <ErrorState error={partner.error} onRetry={() => partner.refetch()} />
    );
  }
  const p = partner.data;
  const profileOnly = !canEditVendorFields(user, p);
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
        onSubmit={async (values) => {
          const saved = await update.mutateAsync(patchBody(values, profileOnly));
          notifySuccess(`Saved ${saved.name}`);
          navigate(`/partners/${saved.id}`);
        }}
      />
    </>
  );
}
