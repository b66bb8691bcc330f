import type { Rule } from 'antd/es/form';
import type { IngressMessageKey } from '../ingresses/messages';
import type { IngressTranslate } from '../ingresses/messages';

/** An antd rule from a pure check: the broken rule's words show beside the field. */
export const checkRule =
  (ti: IngressTranslate, check: (v: unknown) => IngressMessageKey | undefined): Rule =>
  () => ({
    validator: (_: unknown, value: unknown) => {
      const key = check(value);
      return key ? Promise.reject(new Error(ti(key, { min: 1, max: 65535 }))) : Promise.resolve();
    },
  });
