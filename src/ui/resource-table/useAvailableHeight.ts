import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * Pixels from the element's top to the window's bottom: the virtual table needs a number.
 * Measured after every render, because alerts above the table come and go.
 */
export function useAvailableHeight(ref: RefObject<HTMLElement | null>, reserve = 24, min = 240): number {
  const [height, setHeight] = useState(480);
  useLayoutEffect(() => {
    const top = ref.current?.getBoundingClientRect().top ?? 0;
    const next = Math.max(min, Math.floor(window.innerHeight - top - reserve));
    if (next !== height) setHeight(next);
  });
  useLayoutEffect(() => {
    const onResize = () => {
      const top = ref.current?.getBoundingClientRect().top ?? 0;
      setHeight(Math.max(min, Math.floor(window.innerHeight - top - reserve)));
    };
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, [ref, reserve, min]);
  return height;
}
