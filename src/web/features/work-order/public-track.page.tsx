import { useSearchParams } from 'react-router';
import { PortalLayout } from '../portal/portal-layout';
import { PublicTrackPanel } from './public-track-panel';

/** 进度查询 on the portal; a link from the application's answer brings the code along (?code=). */
export function PublicTrackPage() {
  const [params] = useSearchParams();
  return (
    <PortalLayout>
      <div className="portal-narrow">
        <PublicTrackPanel initialCode={params.get('code') ?? ''} />
      </div>
    </PortalLayout>
  );
}
