import { useMemo } from 'react';
import { useI18n } from '../../app/i18n/useI18n';
import { imagesTranslator, type ImagesTranslate } from './messages';

/** The image pages' translate function, in the shell's language. */
export function useImagesT(): ImagesTranslate {
  const { lang } = useI18n();
  return useMemo(() => imagesTranslator(lang), [lang]);
}
