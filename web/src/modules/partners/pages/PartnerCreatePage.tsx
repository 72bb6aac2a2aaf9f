import { useNavigate } from 'react-router';
import { PageHeader } from '../../../ui/PageHeader';
import { defaultOwnerId } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { useCreatePartner } from '../api';
import { emptyPartnerValues, PartnerForm } from '../components/PartnerForm';

export function PartnerCreatePage() {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const create = useCreatePartner();
  return (
    <>
      <PageHeader title="New partner" crumbs={[{ label: 'Partners', to: '/partners' }]} />
      <PartnerForm
        mode="create"
        initialValues={emptyPartnerValues(defaultOwnerId(user))}
        submitLabel="Create partner"
        onCancel={() => navigate('/partners')}
        mutation={create}
        toVariables={(values) => ({ ...values, name: values.name.trim(), website: values.website.trim() })}
        success={(partner) => `Created ${partner.name}`}
        onSuccess={(partner) => navigate(`/partners/${partner.id}`, { replace: true })}
      />
    </>
  );
}
