/** The "Keyboard shortcuts" disclosure; its list (ShortcutsList.tsx) loads when first opened. */
import { useState } from 'preact/hooks';
import { useLoadWhen } from './use-load-when';

/** A disclosure listing every shortcut. */
export function ShortcutsHelp() {
  const [open, setOpen] = useState(false);
  const list = useLoadWhen(open, () => import('./ShortcutsList'));
  return (
    <details class="workshop-panel workshop-shortcuts" open={open} onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}>
      <summary>Keyboard shortcuts</summary>
      {list ? <list.ShortcutsList /> : <p class="workshop-panel__note">Loading…</p>}
    </details>
  );
}
