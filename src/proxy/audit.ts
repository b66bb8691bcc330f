/**
 * One line per state-changing call: who did what on which account, and how it ended. Parameters
 * are never logged (they may carry passwords, e.g. registry or RDS accounts).
 */
export interface AuditEntry {
  time: string;
  user: string;
  account: string;
  operation: string;
  status: number;
  requestId: string;
}

export type AuditSink = (entry: AuditEntry) => void;

export const consoleAudit: AuditSink = (e) => {
  console.log(`[audit] ${e.time} user=${e.user} account=${e.account} op=${e.operation} status=${e.status} id=${e.requestId}`);
};
