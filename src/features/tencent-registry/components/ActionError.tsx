import { ErrorAlert } from '../../../ui/ErrorAlert';

/** The provider's refusal of an action (code, message, RequestId), shown where the action was taken. */
export function ActionError({ error, account }: { error: unknown; account?: string }) {
  if (!error) return null;
  return <ErrorAlert error={error} scope={account ? { account } : undefined} />;
}
