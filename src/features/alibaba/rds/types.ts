import type { AlibabaResult } from '../../../providers/alibaba/client';

/** The document's shapes, as the response schemas type them. */
export type Database = NonNullable<NonNullable<AlibabaResult<'DescribeDatabases'>['Result']>['Databases']>[number];
export type RdsAccount = NonNullable<NonNullable<AlibabaResult<'DescribeRdsAccounts'>['Result']>['Accounts']>[number];
export type BackupPage = NonNullable<AlibabaResult<'GetRdsBackUp'>['Result']>;
export type Backup = NonNullable<BackupPage['Items']>[number];
