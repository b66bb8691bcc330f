import { Badge } from 'antd';
import { statusTone } from '../storage/binding';
import { tOr } from '../messages';
import { useAlibabaT } from '../useAlibabaT';
import { text } from './values';

/** A provider status word (Bound, Running, …) with its tone, translated where the dictionary knows it. */
export function StatusDot({ status }: { status: unknown }) {
  const t = useAlibabaT();
  const word = text(status);
  const tone = statusTone(word);
  return <Badge status={tone} text={tOr(t, `status.${word}`, word)} />;
}
