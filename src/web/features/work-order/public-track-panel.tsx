import { SearchOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { phonePattern } from '../../../shared/domain/mask';
import { workOrderCodePattern } from '../../../shared/domain/work-order';
import type { PublicWorkOrder } from '../../../shared/schemas/work-order.schema';
import { isApiError } from '../../api/api-error';
import { useErrorMessage } from '../../components/error-message';
import { PublicTrackResult } from './public-track-result';
import { trackPublicWorkOrder } from './work-order.api';
import { showFieldErrors } from './work-order.errors';

interface Lookup {
  code: string;
  phone: string;
}

/** Every lookup's cache entry starts so: a shared screen drops them all when it resets. */
export const publicLookupKeyRoot = 'public-work-order';
const lookupKey = (lookup: Lookup | null) => [publicLookupKeyRoot, lookup?.code, lookup?.phone] as const;

interface PublicTrackPanelProps {
  initialCode?: string;
  /** A screen other people use after this one (a kiosk): the browser is asked not to remember the phone. */
  shared?: boolean;
}

/** 进度查询: the tracking code and the phone it was given with open one order's plain-words progress. */
export function PublicTrackPanel({ initialCode = '', shared = false }: PublicTrackPanelProps) {
  const { t } = useTranslation();
  const errorText = useErrorMessage();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Lookup>();
  const [lookup, setLookup] = useState<Lookup | null>(null);
  const order = useQuery({
    queryKey: lookupKey(lookup),
    queryFn: () => trackPublicWorkOrder(lookup?.code ?? '', lookup?.phone ?? ''),
    enabled: lookup !== null,
    retry: false,
    staleTime: 0,
  });

  useEffect(() => {
    if (order.error) showFieldErrors(form, order.error, t, ['code', 'phone']);
  }, [order.error, form, t]);

  const onFinish = (values: Lookup) => {
    const next = { code: values.code.trim().toUpperCase(), phone: values.phone.trim() };
    if (lookup && next.code === lookup.code && next.phone === lookup.phone) void order.refetch();
    else setLookup(next);
  };

  const onRated = (updated: PublicWorkOrder) => queryClient.setQueryData(lookupKey(lookup), updated);

  // A wrong phone and an unknown code answer alike, and so does this page.
  const notFound = isApiError(order.error, 'not_found');
  const otherError = order.error && !notFound && !(isApiError(order.error) && order.error.errors.length > 0);

  return (
    <>
      <Typography.Title level={3}>{t('workOrder.track.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('workOrder.track.hint')}</Typography.Paragraph>
      <Card style={{ marginBottom: 16 }}>
        <Form<Lookup>
          form={form}
          layout="vertical"
          name="public-track"
          onFinish={onFinish}
          initialValues={{ code: initialCode }}
          autoComplete={shared ? 'off' : undefined}
          size="large"
        >
          <Form.Item
            name="code"
            label={t('workOrder.track.code')}
            normalize={(value: string) => value.toUpperCase()}
            rules={[
              { required: true, whitespace: true, message: t('workOrder.track.codeRequired') },
              {
                validator: (_, value: string | undefined) =>
                  !value?.trim() || workOrderCodePattern.test(value.trim())
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('workOrder.track.codeInvalid'))),
              },
            ]}
          >
            <Input
              autoComplete="off"
              maxLength={30}
              placeholder={t('workOrder.track.codePlaceholder')}
              data-testid="track-code"
            />
          </Form.Item>
          <Form.Item
            name="phone"
            label={t('workOrder.track.phone')}
            rules={[
              { required: true, whitespace: true, message: t('workOrder.track.phoneRequired') },
              { pattern: phonePattern, message: t('workOrder.apply.phoneInvalid') },
            ]}
          >
            <Input
              type="tel"
              inputMode="tel"
              autoComplete={shared ? 'off' : 'tel'}
              maxLength={20}
              data-testid="track-phone"
            />
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            block
            icon={<SearchOutlined />}
            loading={order.isFetching}
            data-testid="track-submit"
          >
            {t('workOrder.track.submit')}
          </Button>
        </Form>
      </Card>
      {notFound && (
        <Alert type="warning" showIcon title={t('workOrder.track.notFound')} data-testid="track-not-found" />
      )}
      {otherError && <Alert type="error" showIcon title={errorText(order.error)} />}
      {order.data && lookup && !order.error && (
        <PublicTrackResult order={order.data} phone={lookup.phone} onRated={onRated} />
      )}
    </>
  );
}
