import type { Language } from '../../app/i18n/messages';

export const accountsEn = {
  title: 'Accounts',
  subtitle: 'The cloud accounts the proxy holds; their secrets never leave it',
  name: 'Name',
  id: 'ID',
  provider: 'Provider',
  regions: 'Regions',
  connection: 'Connection',
  check: 'Check',
  checkAll: 'Check all',
  notChecked: 'Not checked',
  'ok.tencent': 'OK: {count} clusters in {region}',
  'ok.alibaba': 'OK: {count} clusters',
  'ok.netease': 'OK: token issued, valid {count} s',
  took: '{ms} ms',
  failed: 'Failed',
};
export type AccountsKey = keyof typeof accountsEn;

const zh: Record<AccountsKey, string> = {
  title: '云账号',
  subtitle: '代理持有的云账号；其密钥从不离开代理',
  name: '名称',
  id: 'ID',
  provider: '云厂商',
  regions: '地域',
  connection: '连接',
  check: '检查',
  checkAll: '全部检查',
  notChecked: '未检查',
  'ok.tencent': '正常：{region} 有 {count} 个集群',
  'ok.alibaba': '正常：{count} 个集群',
  'ok.netease': '正常：已签发令牌，有效期 {count} 秒',
  took: '{ms} 毫秒',
  failed: '失败',
};

export function accountsText(lang: Language, key: AccountsKey, vars: Record<string, string | number> = {}): string {
  return (lang === 'en' ? accountsEn : zh)[key].replace(/\{(\w+)\}/g, (_, n: string) => String(vars[n] ?? `{${n}}`));
}
