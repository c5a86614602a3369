import { PhoneOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { phonePattern } from '../../../shared/domain/mask';
import type { ScreenPop } from '../../../shared/schemas/hotline.schema';
import { isApiError } from '../../api/api-error';
import { useErrorMessage } from '../../components/error-message';
import { showFieldErrors } from '../work-order/work-order.errors';
import { useReceiveCall } from './hotline.api';

interface IncomingValues {
  callerNumber: string;
  line: string;
}

/** The hotline's own number; a county line may be dialled as 0537-12348. */
export const defaultLine = '12348';
const linePattern = /^[0-9-]{3,20}$/;

/**
 * 来电: the caller's number and the line, typed by the agent or handed over by a softphone
 * that opens the console with `?caller=…&line=…`. 接听 records the call and opens the screen-pop.
 */
export function IncomingCallCard({ onAnswered }: { onAnswered: (pop: ScreenPop, callerNumber: string) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorMessage();
  const [params, setParams] = useSearchParams();
  const [form] = Form.useForm<IncomingValues>();
  const receive = useReceiveCall();

  const answer = (values: IncomingValues) => {
    if (receive.isPending) return;
    const callerNumber = values.callerNumber.trim();
    receive.mutate(
      { callerNumber, line: values.line.trim() },
      {
        onSuccess: (pop) => {
          // A number handed over in the address belongs to this call only, not to the next one.
          if (params.has('caller') || params.has('line')) setParams({}, { replace: true });
          onAnswered(pop, callerNumber);
        },
        onError: (error) => showFieldErrors(form, error, t, ['callerNumber', 'line']),
      },
    );
  };

  const fieldErrors = isApiError(receive.error) && receive.error.errors.length > 0;
  return (
    <Card size="small" title={t('hotline.incoming.title')} data-testid="hotline-incoming" style={{ marginBottom: 16 }}>
      {receive.error && !fieldErrors && (
        <Alert type="error" showIcon title={errorText(receive.error)} style={{ marginBottom: 12 }} />
      )}
      <Form<IncomingValues>
        form={form}
        layout="inline"
        name="hotline-incoming"
        onFinish={answer}
        initialValues={{ callerNumber: params.get('caller') ?? '', line: params.get('line') ?? defaultLine }}
      >
        <Form.Item
          name="callerNumber"
          label={t('hotline.incoming.caller')}
          rules={[
            { required: true, whitespace: true, message: t('hotline.incoming.callerRequired') },
            { pattern: phonePattern, message: t('workOrder.intake.phoneInvalid') },
          ]}
        >
          <Input
            inputMode="tel"
            autoComplete="off"
            maxLength={20}
            placeholder={t('hotline.incoming.callerPlaceholder')}
            style={{ width: 200 }}
            data-testid="hotline-caller"
          />
        </Form.Item>
        <Form.Item
          name="line"
          label={t('hotline.incoming.line')}
          rules={[{ required: true, pattern: linePattern, message: t('hotline.incoming.lineInvalid') }]}
        >
          <Input inputMode="tel" autoComplete="off" maxLength={20} style={{ width: 140 }} data-testid="hotline-line" />
        </Form.Item>
        <Space>
          <Button
            type="primary"
            htmlType="submit"
            icon={<PhoneOutlined />}
            loading={receive.isPending}
            data-testid="hotline-pick-up"
          >
            {t('hotline.incoming.pickUp')}
          </Button>
        </Space>
      </Form>
    </Card>
  );
}
