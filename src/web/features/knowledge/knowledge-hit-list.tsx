import { EyeOutlined } from '@ant-design/icons';
import { Empty, Spin, Tag, Typography, theme } from 'antd';
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone.js';
import utc from 'dayjs/plugin/utc.js';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { calendarZone } from '../../../shared/domain/calendar';
import type { KnowledgeSearchHit, KnowledgeStatus } from '../../../shared/schemas/knowledge.schema';
import { useLegalDomains } from '../legal-domain/legal-domain.api';
import { HighlightedSegments } from './highlighted-text';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Shanghai time, whatever the browser's zone. */
export const formatKnowledgeTime = (iso: string) => dayjs(iso).tz(calendarZone).format('YYYY-MM-DD HH:mm');

const snippetStyle: CSSProperties = { display: 'block', marginTop: 4 };
// Three lines in the console's narrow panel.
const clampStyle: CSSProperties = {
  display: '-webkit-box',
  WebkitLineClamp: 3,
  WebkitBoxOrient: 'vertical',
  overflow: 'hidden',
};

const statusColors: Record<KnowledgeStatus, string> = { draft: 'orange', published: 'green', archived: 'default' };

export function KnowledgeStatusTag({ status }: { status: KnowledgeStatus }) {
  const { t } = useTranslation();
  return <Tag color={statusColors[status]}>{t(`knowledge.statuses.${status}`)}</Tag>;
}

interface KnowledgeHitListProps {
  hits: KnowledgeSearchHit[];
  loading: boolean;
  onOpen: (hit: KnowledgeSearchHit) => void;
  /** The console's side panel: smaller type, no dates. */
  compact?: boolean;
  emptyText: string;
}

/** Search hits: the title and a snippet of the answer with the matched words marked, newest or most relevant first. */
export function KnowledgeHitList({ hits, loading, onOpen, compact = false, emptyText }: KnowledgeHitListProps) {
  const { t } = useTranslation();
  const domains = useLegalDomains();
  const { token } = theme.useToken();
  // Plain markup rather than antd's List, which antd 6 deprecates.
  return (
    <Spin spinning={loading}>
      <div data-testid="knowledge-hits" style={{ minHeight: 48 }}>
        {hits.length === 0 && !loading && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />}
        {hits.map((hit) => (
          // A real button (keyboard and screen readers for free); only phrasing content inside it.
          <button
            key={hit.id}
            type="button"
            onClick={() => onOpen(hit)}
            aria-label={`${t('knowledge.openArticle')}：${hit.title}`}
            style={{
              display: 'block',
              width: '100%',
              textAlign: 'start',
              font: 'inherit',
              color: 'inherit',
              background: 'none',
              border: 'none',
              cursor: 'pointer',
              padding: compact ? '8px 4px' : '12px 4px',
              borderBottom: `1px solid ${token.colorSplit}`,
            }}
            data-testid="knowledge-hit"
          >
            <span style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'baseline' }}>
              <Typography.Text strong style={{ fontSize: compact ? 14 : 16 }} data-testid="knowledge-hit-title">
                <HighlightedSegments segments={hit.titleHighlight} />
              </Typography.Text>
              <Tag color="blue">{domains.labelOf(hit.legalDomain)}</Tag>
              {hit.status !== 'published' && <KnowledgeStatusTag status={hit.status} />}
            </span>
            <Typography.Text
              type="secondary"
              style={compact ? { ...snippetStyle, ...clampStyle, fontSize: 12 } : snippetStyle}
              data-testid="knowledge-hit-snippet"
            >
              <HighlightedSegments segments={hit.snippet} />
            </Typography.Text>
            {!compact && (
              <span style={{ display: 'flex', gap: 16, alignItems: 'center', marginTop: 4, fontSize: 12 }}>
                <Typography.Text type="secondary">
                  <EyeOutlined /> {t('knowledge.views', { count: hit.viewCount })}
                </Typography.Text>
                <Typography.Text type="secondary">
                  {t('knowledge.updatedAt', { time: formatKnowledgeTime(hit.updatedAt) })}
                </Typography.Text>
                {hit.isDemo && <Tag>{t('common.demo')}</Tag>}
              </span>
            )}
          </button>
        ))}
      </div>
    </Spin>
  );
}
