import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * Pixels from the element's top to the window's bottom: the table's scrolling body needs a number.
 * Measured again when the window or any box around the element changes size (alerts above the
 * table come and go), not on every render: a forced layout per render would cost each scroll step.
 */
export function useAvailableHeight(ref: RefObject<HTMLElement | null>, reserve = 24, min = 240): number {
  const [height, setHeight] = useState(480);
  useLayoutEffect(() => {
    const measure = () => {
      const top = ref.current?.getBoundingClientRect().top ?? 0;
      setHeight(Math.max(min, Math.floor(window.innerHeight - top - reserve)));
    };
    measure();
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(measure);
    for (let box = ref.current?.parentElement; box && observer; box = box.parentElement) observer.observe(box);
    window.addEventListener('resize', measure);
    return () => {
      observer?.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [ref, reserve, min]);
  return height;
}
