import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { NAV_ITEMS, withScope } from './navItems';

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/** `g` then 1–6 opens a section; `?` opens the shortcut help. `/` belongs to the page's table. */
export function useShortcuts(openHelp: () => void): void {
  const navigate = useNavigate();
  const location = useLocation();
  const pendingG = useRef(0);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
      if (event.key === '?') {
        openHelp();
        return;
      }
      if (event.key === 'g') {
        pendingG.current = event.timeStamp;
        return;
      }
      const index = Number(event.key) - 1;
      if (pendingG.current && event.timeStamp - pendingG.current < 1500 && NAV_ITEMS[index]) {
        navigate(withScope(NAV_ITEMS[index].path, location.search));
      }
      pendingG.current = 0;
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate, location.search, openHelp]);
}
