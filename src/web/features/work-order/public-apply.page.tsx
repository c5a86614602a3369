import { useSearchParams } from 'react-router';
import { PortalLayout } from '../portal/portal-layout';
import { kindOf, PublicApplyForm } from './public-apply-form';

/** 在线申请 on the portal: the kind may come from the service chosen (?kind=). */
export function PublicApplyPage() {
  const [params] = useSearchParams();
  return (
    <PortalLayout>
      <div className="portal-narrow">
        <PublicApplyForm channel="web" initialKind={kindOf(params.get('kind'))} />
      </div>
    </PortalLayout>
  );
}
