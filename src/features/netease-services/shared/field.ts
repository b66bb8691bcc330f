import { refusedUnder } from './rules';

/** Form.Item props: the rule beside the field, in red once the field is refused. */
export function field(problems: Map<string, string>, path: string, rule?: string) {
  const bad = refusedUnder(problems, path);
  return {
    validateStatus: bad ? ('error' as const) : undefined,
    help: bad ? (rule ?? problems.get(path)) : undefined,
    extra: bad ? undefined : rule,
  };
}
