import {
  AuditOutlined,
  CommentOutlined,
  FileProtectOutlined,
  HeartOutlined,
  MessageOutlined,
  ReadOutlined,
  SafetyCertificateOutlined,
  SearchOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Typography } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type WorkOrderKind, workOrderKinds } from '../../../shared/domain/work-order';

const kindIcon: Record<WorkOrderKind, ReactNode> = {
  consultation: <MessageOutlined />,
  legal_aid: <SafetyCertificateOutlined />,
  mediation: <TeamOutlined />,
  notarization: <FileProtectOutlined />,
  appraisal: <AuditOutlined />,
  special_population: <HeartOutlined />,
  legal_education: <ReadOutlined />,
  feedback: <CommentOutlined />,
};

const tileStyle: CSSProperties = {
  display: 'flex',
  alignItems: 'center',
  gap: 20,
  minHeight: 140,
  width: '100%',
  padding: '20px 24px',
  textAlign: 'start',
  font: 'inherit',
  color: '#111',
  background: '#fff',
  border: '2px solid #1e3a8a',
  borderRadius: 16,
  cursor: 'pointer',
};

const iconStyle: CSSProperties = {
  fontSize: 48,
  lineHeight: 1,
  color: '#fff',
  background: '#1d4ed8',
  borderRadius: 14,
  padding: 14,
  flex: 'none',
};

interface KioskTileProps {
  icon: ReactNode;
  title: string;
  hint: string;
  onClick: () => void;
  primary?: boolean;
  testId: string;
}

function KioskTile({ icon, title, hint, onClick, primary = false, testId }: KioskTileProps) {
  return (
    <button
      type="button"
      onClick={onClick}
      data-testid={testId}
      style={primary ? { ...tileStyle, background: '#1d4ed8', color: '#fff' } : tileStyle}
    >
      <span aria-hidden style={primary ? { ...iconStyle, background: '#fff', color: '#1d4ed8' } : iconStyle}>
        {icon}
      </span>
      <span style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
        <span style={{ fontSize: 28, fontWeight: 700 }}>{title}</span>
        <span style={{ fontSize: 20, lineHeight: 1.4 }}>{hint}</span>
      </span>
    </button>
  );
}

interface KioskHomeProps {
  onApply: (kind: WorkOrderKind) => void;
  onTrack: () => void;
}

/** The start screen: one big tile per service, then progress tracking. */
export function KioskHome({ onApply, onTrack }: KioskHomeProps) {
  const { t } = useTranslation();
  return (
    <div data-testid="kiosk-home">
      <Typography.Title level={1} style={{ fontSize: 40, marginTop: 0 }}>
        {t('kiosk.home.title')}
      </Typography.Title>
      <Typography.Paragraph style={{ fontSize: 24 }}>{t('kiosk.home.hint')}</Typography.Paragraph>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(320px, 1fr))', gap: 20 }}>
        {workOrderKinds.map((kind) => (
          <KioskTile
            key={kind}
            icon={kindIcon[kind]}
            title={t(`enum.serviceKind.${kind}`)}
            hint={t(`portal.serviceDescription.${kind}`)}
            onClick={() => onApply(kind)}
            testId={`kiosk-service-${kind}`}
          />
        ))}
        <KioskTile
          primary
          icon={<SearchOutlined />}
          title={t('kiosk.home.track')}
          hint={t('kiosk.home.trackHint')}
          onClick={onTrack}
          testId="kiosk-track"
        />
      </div>
    </div>
  );
}
