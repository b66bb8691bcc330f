import { format } from '../../app/i18n/messages';

/**
 * The cross-cloud Repositories page's own dictionary (the shell's keeps the page title and the
 * shared column names). English is the reference: Chinese must fill every key.
 */
export const reposEn = {
  'title': 'Repositories',
  'subtitle': 'Image repositories of every account: Tencent registry (ccr) and NetEase',
  'noAccounts': 'No account with an image registry is configured for this selection.',
  'noRegistryAlibaba': 'Alibaba (聚石塔) has no image registry in its API document, so its accounts are not listed here.',
  'capabilities': 'See what each cloud offers',
  'col.region': 'Region',
  'col.namespace': 'Namespace',
  'col.repository': 'Repository',
  'col.pulls': 'Pulls',
  'col.favourite': 'Favourite',
  'col.latestTag': 'Latest tag',
  'favourite.yes': 'Favourite',
  'favourite.no': 'Not a favourite',
  'open': 'Open {repo}',
  'showTags': 'Show tags',
  'latestTag.none': 'no tags',
  'latestTag.failed': 'could not load',
  'count': '{count} repositories',
};

export type ReposMessageKey = keyof typeof reposEn;

export const reposZh: Record<ReposMessageKey, string> = {
  'title': '镜像仓库',
  'subtitle': '所有账号的镜像仓库：腾讯云镜像仓库（ccr）与网易云',
  'noAccounts': '当前选择下没有配置带镜像仓库的账号。',
  'noRegistryAlibaba': '阿里云（聚石塔）的 API 文档中没有镜像仓库，因此这里不列出其账号。',
  'capabilities': '查看各云提供的能力',
  'col.region': '地域',
  'col.namespace': '命名空间',
  'col.repository': '仓库',
  'col.pulls': '下载次数',
  'col.favourite': '收藏',
  'col.latestTag': '最新版本',
  'favourite.yes': '已收藏',
  'favourite.no': '未收藏',
  'open': '打开 {repo}',
  'showTags': '显示版本',
  'latestTag.none': '没有版本',
  'latestTag.failed': '加载失败',
  'count': '共 {count} 个仓库',
};

export const reposDictionaries = { en: reposEn as Record<ReposMessageKey, string>, 'zh-CN': reposZh };

export type ReposTranslate = (key: ReposMessageKey, vars?: Record<string, string | number>) => string;

export const reposTranslator =
  (lang: keyof typeof reposDictionaries): ReposTranslate =>
  (key, vars) =>
    format(reposDictionaries[lang][key] ?? key, vars);
