import type { ReactNode } from 'react';
import { Flex, Modal } from 'antd';
import { ErrorAlert } from '../../../../ui/ErrorAlert';
import type { ChangeAnswer } from '../../shared/api';
import type { ServiceDetail } from '../../shared/types';
import { useSvcT } from '../../useSvcT';

/** What every action dialog of the detail page is given. */
export interface ActionProps {
  open: boolean;
  accountId: string;
  accountName?: string;
  region: string;
  service: ServiceDetail;
  onClose: () => void;
  onDone: (title: string, answer: ChangeAnswer) => void;
}

/** A dialog for one change: the form, the provider's refusal (code, message, RequestId) under it. */
export function ActionModal(props: { open: boolean; title: string; okText: string; onOk: () => void; onCancel: () => void; loading: boolean; error: unknown; accountName?: string; danger?: boolean; width?: number; children: ReactNode }) {
  const t = useSvcT();
  return (
    <Modal
      open={props.open}
      title={props.title}
      okText={props.okText}
      cancelText={t('common.cancel')}
      onOk={props.onOk}
      onCancel={props.onCancel}
      okButtonProps={{ loading: props.loading, danger: props.danger }}
      width={props.width}
      destroyOnHidden
    >
      <Flex vertical gap={12}>
        {props.children}
        {props.error ? <ErrorAlert error={props.error} scope={{ account: props.accountName }} /> : null}
      </Flex>
    </Modal>
  );
}

/** Runs a change, then hands its answer up; a refusal stays in the dialog. */
export async function runChange<T>(run: () => Promise<T>, done: (result: T) => void): Promise<void> {
  let result: T;
  try {
    result = await run();
  } catch {
    return;
  }
  done(result);
}
