import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, InputNumber, Modal, Rate, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reasonRequired, type WorkOrderAction } from '../../../shared/domain/work-order.lifecycle';
import type { WorkOrderActionInput, WorkOrderDetail } from '../../../shared/schemas/work-order.schema';
import { isApiError } from '../../api/api-error';
import { useErrorMessage } from '../../components/error-message';
import { OrganizationSelect } from '../directory/organization-select';
import { useWorkOrderAction, workOrderDetailKey } from './work-order.api';
import { showFieldErrors } from './work-order.errors';
import { HandlerSelect, RouteSuggestionPanel } from './work-order-destination';
import { useRouteSuggestion } from './work-order-routing.api';

interface ActionValues {
  reason?: string;
  organizationId?: number | null;
  assigneeId?: number | null;
  extensionDays?: number | null;
  result?: string;
  rating?: number;
}

/** Actions that send the order back or raise the alarm: their confirm button is red. */
export const dangerActions: ReadonlySet<WorkOrderAction> = new Set([
  'return',
  'reject_extension',
  'reopen',
  'supervise',
]);

const formFields = ['reason', 'organizationId', 'assigneeId', 'extensionDays', 'result', 'rating'] as const;

/** What each action asks for, beyond the version every action sends. */
function needsOf(action: WorkOrderAction) {
  const result = action === 'resolve' || action === 'answer';
  const rating = action === 'follow_up';
  return {
    organization: action === 'dispatch' || action === 'transfer',
    days: action === 'request_extension',
    result,
    rating,
    reason: reasonRequired.has(action) ? ('required' as const) : result ? null : ('optional' as const),
  };
}

interface WorkOrderActionModalProps {
  order: WorkOrderDetail;
  action: WorkOrderAction;
  onClose: () => void;
}

/**
 * One small form per action: the reason, the destination, the days, the result or the rating
 * it needs. Mount one per chosen action, so its error state starts empty.
 */
export function WorkOrderActionModal({ order, action, onClose }: WorkOrderActionModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorMessage();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ActionValues>();
  const act = useWorkOrderAction(order.id);
  // The version the user decided on: a live refresh of the page underneath must not move it,
  // or a change made meanwhile by someone else would be overwritten unseen.
  const [version] = useState(order.version);
  // Dispatch shows where the routing rules would send the order; transfer is always a choice.
  const suggestion = useRouteSuggestion(order.id, action === 'dispatch');
  const routable = action === 'dispatch' && !!suggestion.data?.organization;
  const organizationId = Form.useWatch('organizationId', form);

  const needs = needsOf(action);
  const actionName = t(`workOrder.action.${action}`);
  const followsRule = routable && !organizationId;

  const close = () => {
    act.reset();
    onClose();
  };

  const submit = (values: ActionValues) => {
    if (act.isPending) return;
    const input: WorkOrderActionInput = { action, version };
    const reason = values.reason?.trim();
    if (reason) input.reason = reason;
    // No organisation on a dispatch: the server follows the rules and records which one and why.
    if (needs.organization && values.organizationId) {
      input.organizationId = values.organizationId;
      if (values.assigneeId) input.assigneeId = values.assigneeId;
    }
    if (needs.days && values.extensionDays) input.extensionDays = values.extensionDays;
    if (needs.result && values.result?.trim()) input.result = values.result.trim();
    if (needs.rating && values.rating) input.rating = values.rating;
    act.mutate(input, {
      onSuccess: () => {
        message.success(t('workOrder.modal.done', { action: actionName }));
        close();
      },
      onError: (error) => {
        if (isApiError(error, 'version_conflict')) {
          message.warning(t('workOrder.modal.versionConflict'));
          void queryClient.invalidateQueries({ queryKey: workOrderDetailKey(order.id) });
          close();
          return;
        }
        // The order moved on: the buttons are reloaded, the refusal stays in the modal.
        if (isApiError(error, 'invalid_transition'))
          void queryClient.invalidateQueries({ queryKey: workOrderDetailKey(order.id) });
        showFieldErrors(form, error, t, formFields);
      },
    });
  };

  const refusal = act.error;
  const refusalText = isApiError(refusal, 'invalid_transition')
    ? `${t('error.code.invalid_transition')}：${refusal.detail}`
    : refusal && !(isApiError(refusal) && refusal.errors.length > 0)
      ? errorText(refusal)
      : null;

  return (
    <Modal
      open
      title={t('workOrder.modal.title', { action: actionName, code: order.code })}
      okText={followsRule ? t('routing.suggestion.follow') : actionName}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={close}
      confirmLoading={act.isPending}
      destroyOnHidden
      okButtonProps={{ danger: dangerActions.has(action), 'data-testid': 'action-submit' }}
    >
      {refusalText && (
        <Alert type="error" showIcon title={refusalText} style={{ marginBottom: 16 }} data-testid="action-error" />
      )}
      {action === 'dispatch' && (
        <RouteSuggestionPanel
          suggestion={suggestion.data}
          loading={suggestion.isLoading}
          failed={!!suggestion.error}
          busy={act.isPending}
          onFollow={() => {
            form.setFieldsValue({ organizationId: null, assigneeId: null });
            submit({ ...form.getFieldsValue(), organizationId: null, assigneeId: null });
          }}
        />
      )}
      <Form
        form={form}
        layout="vertical"
        name={`work-order-${action}`}
        onFinish={submit}
        preserve={false}
        onValuesChange={(changed: ActionValues) => {
          // Another organisation: the person chosen in the previous one no longer fits.
          if ('organizationId' in changed) form.setFieldValue('assigneeId', null);
        }}
      >
        {needs.organization && (
          <Form.Item
            name="organizationId"
            label={routable ? t('routing.otherOrganization') : t('workOrder.modal.organization')}
            extra={routable ? t('routing.leaveEmpty') : t('workOrder.modal.assigneeHint')}
            rules={[{ required: !routable, message: t('workOrder.modal.organizationRequired') }]}
          >
            <OrganizationSelect valueLabel={order.organizationName} />
          </Form.Item>
        )}
        {needs.organization && organizationId && (
          <Form.Item name="assigneeId" label={t('routing.handler')} extra={t('routing.handlerHint')}>
            <HandlerSelect organizationId={organizationId} />
          </Form.Item>
        )}
        {needs.days && (
          <Form.Item
            name="extensionDays"
            label={t('workOrder.modal.extensionDays')}
            rules={[
              { required: true, type: 'integer', min: 1, max: 60, message: t('workOrder.modal.extensionDaysRequired') },
            ]}
          >
            <InputNumber min={1} max={60} precision={0} style={{ width: 160 }} data-testid="action-days" />
          </Form.Item>
        )}
        {action === 'approve_extension' && (
          <Typography.Paragraph>
            {t('workOrder.modal.approveHint', {
              days: order.extensionRequestedDays ?? 0,
              reason: order.extensionReason ?? '—',
            })}
          </Typography.Paragraph>
        )}
        {needs.result && (
          <Form.Item
            name="result"
            label={action === 'answer' ? t('workOrder.modal.answer') : t('workOrder.modal.result')}
            rules={[{ required: true, whitespace: true, message: t('workOrder.modal.resultRequired') }]}
          >
            <Input.TextArea
              rows={5}
              maxLength={action === 'answer' ? 2000 : 4000}
              showCount
              data-testid="action-result"
            />
          </Form.Item>
        )}
        {needs.rating && (
          <Form.Item
            name="rating"
            label={t('workOrder.modal.rating')}
            rules={[{ required: true, message: t('workOrder.modal.ratingRequired') }]}
          >
            <Rate data-testid="action-rating" />
          </Form.Item>
        )}
        {needs.reason && (
          <Form.Item
            name="reason"
            label={
              needs.rating
                ? t('workOrder.modal.ratingComment')
                : needs.reason === 'required'
                  ? t('workOrder.modal.reason')
                  : t('workOrder.modal.reasonOptional')
            }
            rules={
              needs.reason === 'required'
                ? [{ required: true, whitespace: true, message: t('workOrder.modal.reasonRequired') }]
                : []
            }
          >
            <Input.TextArea rows={3} maxLength={needs.rating ? 500 : 1000} showCount data-testid="action-reason" />
          </Form.Item>
        )}
        {!needs.organization && !needs.days && !needs.result && !needs.rating && needs.reason !== 'required' && (
          <Typography.Paragraph type="secondary">
            {t('workOrder.modal.confirmHint', { action: actionName })}
          </Typography.Paragraph>
        )}
      </Form>
    </Modal>
  );
}
