import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WorkOrder } from '../../../shared/schemas/work-order.schema';
import { useErrorMessage } from '../../components/error-message';
import { MaskedReveal } from '../../components/masked-reveal';
import { can } from '../auth/auth.hooks';
import { useCurrentUser } from '../auth/current-user';
import { revealCitizenField, useCitizenContact } from './citizen.api';

/** The applicant's name and masked phone; 查看 for those with citizen.reveal. */
export function CitizenNamePhone({ order }: { order: WorkOrder }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  return (
    <span data-testid="work-order-citizen">
      {order.citizen.name ?? t('workOrder.anonymous')}{' '}
      <MaskedReveal
        subject={`work-order-${order.id}-phone`}
        masked={order.citizen.phoneMasked}
        canReveal={can(me, 'citizen.reveal')}
        confirmTitle={t('workOrder.citizenReveal.phone')}
        reveal={(reason) => revealCitizenField(order.id, 'phone', reason)}
        askReason
        testId="reveal-citizen-phone"
        valueTestId="work-order-citizen-phone"
      />
    </span>
  );
}

/** The applicant's ID number, masked ("—" when none is on record); 查看 for those with citizen.reveal. */
export function CitizenIdNumber({ orderId }: { orderId: number }) {
  const { t } = useTranslation();
  const errorText = useErrorMessage();
  const me = useCurrentUser();
  const contact = useCitizenContact(orderId);
  if (contact.error) return <Typography.Text type="danger">{errorText(contact.error)}</Typography.Text>;
  if (!contact.data) return <Typography.Text type="secondary">…</Typography.Text>;
  return (
    <MaskedReveal
      subject={`work-order-${orderId}-idNumber`}
      masked={contact.data.idNumberMasked}
      canReveal={can(me, 'citizen.reveal')}
      confirmTitle={t('workOrder.citizenReveal.idNumber')}
      reveal={(reason) => revealCitizenField(orderId, 'idNumber', reason)}
      askReason
      testId="reveal-citizen-id-number"
      valueTestId="work-order-citizen-id-number"
    />
  );
}
