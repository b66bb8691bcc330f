import { Alert, Flex, Typography } from 'antd';
import { CopyButton } from '../../../ui/CopyButton';
import { useSvcT } from '../useSvcT';
import type { ChangeAnswer } from './api';

/** The provider's answer to the last change: operation, HTTP status, body (or "empty"), RequestId. */
export function AnswerBanner({ answer, title, onClose }: { answer: ChangeAnswer; title: string; onClose?: () => void }) {
  const t = useSvcT();
  const body = answer.body === null || answer.body === undefined ? t('answer.empty') : JSON.stringify(answer.body);
  return (
    <Alert
      type="success"
      showIcon
      closable={onClose ? { onClose } : false}
      data-testid="provider-answer"
      title={title}
      description={
        <Flex gap={12} wrap align="center">
          <Typography.Text type="secondary">
            {t('answer.operation')}: <Typography.Text code>{answer.operation}</Typography.Text>
          </Typography.Text>
          <Typography.Text type="secondary">
            HTTP <Typography.Text code>{answer.status}</Typography.Text>
          </Typography.Text>
          <Typography.Text type="secondary">
            {t('answer.body')}: <Typography.Text code data-testid="provider-answer-body">{body}</Typography.Text>
          </Typography.Text>
          {answer.requestId ? (
            <Typography.Text type="secondary">
              RequestId: <Typography.Text code data-testid="provider-answer-request-id">{answer.requestId}</Typography.Text>
              <CopyButton text={answer.requestId} />
            </Typography.Text>
          ) : null}
        </Flex>
      }
    />
  );
}
