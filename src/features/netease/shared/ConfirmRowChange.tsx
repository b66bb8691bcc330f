import { App } from 'antd';
import { DangerConfirm } from '../../../ui/DangerConfirm';
import type { AccountRow } from './useAcrossAccounts';
import type { ChangeErrors } from './useChangeError';

/**
 * The typed-name confirmation of a destructive change on one row of a NetEase list page. The list
 * pages all ran it alike: call the change, say so, clear or record the change error, close.
 */
export function ConfirmRowChange<Row extends AccountRow<unknown>>(props: {
  /** The row asked about; none: closed. */
  row: Row | undefined;
  /** What is changed, e.g. "volume" (translated). */
  kind: string;
  /** The name the user must type. */
  name: (row: Row) => string;
  /** The change itself (a mutation). */
  run: (row: Row) => Promise<unknown>;
  /** The success message. */
  success: (row: Row) => string;
  change: Pick<ChangeErrors, 'report' | 'clear'>;
  onClose: () => void;
}) {
  const { row, kind, name, run, success, change, onClose } = props;
  const { message } = App.useApp();
  return (
    <DangerConfirm
      open={!!row}
      kind={kind}
      name={row ? name(row) : ''}
      onCancel={onClose}
      onConfirm={async () => {
        if (!row) return;
        try {
          await run(row);
          message.success(success(row));
          change.clear();
        } catch (error) {
          change.report(error, row.accountName);
        }
        onClose();
      }}
    />
  );
}
