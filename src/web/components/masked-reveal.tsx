import { EyeOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Button, Flex, Input, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from './error-message';

interface MaskedRevealProps {
  /** Whose number this is: a number shown for one subject is never shown for the next. */
  subject: string;
  masked: string | null;
  canReveal: boolean;
  /** The confirmation's question, e.g. 查看完整手机号？ */
  confirmTitle: string;
  /** Asks the server for the whole number; the server records that it was shown. */
  reveal: (reason: string | undefined) => Promise<string | null>;
  /** Offer an optional reason in the confirmation; the server keeps it with the audit entry. */
  askReason?: boolean;
  /** Test id of the 查看 link. */
  testId?: string;
  /** Test id of the number, masked or whole. */
  valueTestId?: string;
}

/**
 * A masked number (138****1234) and, for those allowed, 查看: after a confirmation saying the
 * viewing is recorded, the whole number replaces the masked one in this view only — it is
 * kept in component state, never in a cache, and gone when the view closes.
 */
export function MaskedReveal({
  subject,
  masked,
  canReveal,
  confirmTitle,
  reveal,
  askReason = false,
  testId = 'reveal',
  valueTestId,
}: MaskedRevealProps) {
  const { t } = useTranslation();
  const errorText = useErrorMessage();
  const [shown, setShown] = useState<{ subject: string; value: string } | null>(null);
  const [reason, setReason] = useState('');
  const mutation = useMutation({ mutationFn: reveal });
  const whole = shown?.subject === subject ? shown.value : null;

  if (!masked)
    return (
      <Typography.Text type="secondary" data-testid={valueTestId}>
        —
      </Typography.Text>
    );
  if (whole)
    return (
      <Typography.Text copyable data-testid={valueTestId} data-revealed="true">
        {whole}
      </Typography.Text>
    );
  return (
    <Space size={4} wrap>
      <Typography.Text data-testid={valueTestId}>{masked}</Typography.Text>
      {canReveal && (
        <Popconfirm
          title={confirmTitle}
          description={
            askReason ? (
              <Flex vertical gap={8}>
                <Typography.Text type="secondary">{t('common.revealAudited')}</Typography.Text>
                <Input
                  size="small"
                  maxLength={200}
                  value={reason}
                  onChange={(event) => setReason(event.target.value)}
                  placeholder={t('common.revealReason')}
                  aria-label={t('common.revealReason')}
                  data-testid={`${testId}-reason`}
                />
              </Flex>
            ) : (
              t('common.revealAudited')
            )
          }
          okText={t('common.view')}
          cancelText={t('common.cancel')}
          onConfirm={() =>
            mutation.mutateAsync(reason.trim() || undefined).then(
              (value) => setShown({ subject, value: value ?? masked }),
              () => {},
            )
          }
        >
          <Button
            type="link"
            size="small"
            icon={<EyeOutlined />}
            loading={mutation.isPending}
            title={t('common.revealAudited')}
            data-testid={testId}
          >
            {t('common.view')}
          </Button>
        </Popconfirm>
      )}
      {mutation.error && <Typography.Text type="danger">{errorText(mutation.error)}</Typography.Text>}
    </Space>
  );
}
