import {
  AuditOutlined,
  BankOutlined,
  CommentOutlined,
  EditOutlined,
  EnvironmentOutlined,
  FileProtectOutlined,
  HeartOutlined,
  MessageOutlined,
  PhoneFilled,
  ReadOutlined,
  SafetyCertificateOutlined,
  SearchOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Card, Col, Flex, Row, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type ServiceKind, serviceKinds } from '../../i18n/enum-keys';
import { PortalLayout } from './portal-layout';

const serviceIcon: Record<ServiceKind, ReactNode> = {
  consultation: <MessageOutlined />,
  legal_aid: <SafetyCertificateOutlined />,
  mediation: <TeamOutlined />,
  notarization: <FileProtectOutlined />,
  appraisal: <AuditOutlined />,
  special_population: <HeartOutlined />,
  legal_education: <ReadOutlined />,
  feedback: <CommentOutlined />,
};

/** The public portal: the hotline first, then what the services are and where they are. */
export function PortalPage() {
  const { t } = useTranslation();
  return (
    <PortalLayout>
      <section className="portal-hotline" aria-labelledby="hotline-title">
        <Typography.Title level={2} id="hotline-title" style={{ color: 'inherit', marginTop: 0 }}>
          {t('portal.hotlineTitle')}
        </Typography.Title>
        <Typography.Paragraph style={{ color: 'inherit' }}>{t('portal.hotlineHint')}</Typography.Paragraph>
        <a href="tel:12348" className="portal-hotline-number" data-testid="hotline" aria-label={t('portal.callNow')}>
          <PhoneFilled /> 12348
        </a>
      </section>

      <section aria-labelledby="online-title" className="portal-online">
        <Typography.Title level={3} id="online-title" style={{ marginTop: 0 }}>
          {t('workOrder.portal.onlineTitle')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('workOrder.portal.onlineHint')}</Typography.Paragraph>
        <Flex gap={12} wrap>
          <Link to="/service/apply" className="portal-cta portal-cta-large" data-testid="portal-apply">
            <EditOutlined /> {t('workOrder.portal.apply')}
          </Link>
          <Link to="/service/track" className="portal-cta portal-cta-large portal-cta-plain" data-testid="portal-track">
            <SearchOutlined /> {t('workOrder.portal.track')}
          </Link>
          <Link
            to="/service/apply?kind=feedback"
            className="portal-cta portal-cta-large portal-cta-plain"
            data-testid="portal-suggestion-box"
          >
            <CommentOutlined /> {t('workOrder.portal.suggestionBox')}
          </Link>
        </Flex>
      </section>

      <section aria-labelledby="services-title">
        <Typography.Title level={3} id="services-title">
          {t('portal.servicesTitle')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('portal.servicesHint')}</Typography.Paragraph>
        <Row gutter={[12, 12]}>
          {serviceKinds.map((kind) => (
            <Col key={kind} xs={24} sm={12} lg={6}>
              <Link
                to={kind === 'legal_aid' ? '/service/legal-aid' : `/service/apply?kind=${kind}`}
                className="portal-service-link"
              >
                <Card size="small" hoverable className="portal-service" data-testid={`service-${kind}`}>
                  <Flex gap={12} align="flex-start">
                    <span className="portal-service-icon" aria-hidden>
                      {serviceIcon[kind]}
                    </span>
                    <div>
                      <Typography.Text strong>{t(`enum.serviceKind.${kind}`)}</Typography.Text>
                      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
                        {t(`portal.serviceDescription.${kind}`)}
                      </Typography.Paragraph>
                    </div>
                  </Flex>
                </Card>
              </Link>
            </Col>
          ))}
        </Row>
      </section>

      <section aria-labelledby="network-title" style={{ marginTop: 24 }}>
        <Card>
          <Flex gap={16} align="center" wrap justify="space-between">
            <Flex gap={12} align="center">
              <span className="portal-service-icon" aria-hidden>
                <BankOutlined />
              </span>
              <div>
                <Typography.Title level={4} id="network-title" style={{ margin: 0 }}>
                  {t('portal.networkTitle')}
                </Typography.Title>
                <Typography.Text type="secondary">{t('portal.networkHint')}</Typography.Text>
              </div>
            </Flex>
            <Link to="/public/divisions" className="portal-cta" data-testid="public-divisions">
              <EnvironmentOutlined /> {t('portal.networkEntry')}
            </Link>
          </Flex>
        </Card>
      </section>
    </PortalLayout>
  );
}
