/**
 * The list of keyboard shortcuts (handled in use-shortcuts.ts), loaded with
 * import() when "Keyboard shortcuts" is first opened. Keep the two in step.
 */
import type { ShortcutAction } from './use-shortcuts';

/** Every shortcut, as listed on screen. */
export const SHORTCUTS: readonly { action: ShortcutAction; keys: string[]; description: string }[] = [
  { action: 'next', keys: ['N', 'Page Down'], description: 'Next prompt' },
  { action: 'previous', keys: ['P', 'Page Up'], description: 'Previous prompt' },
  { action: 'timer', keys: ['T'], description: 'Start or pause the timer' },
  { action: 'reveal', keys: ['R'], description: 'Reveal hidden entries' },
];

/** The shortcuts as a description list. */
export function ShortcutsList() {
  return (
    <>
      <p class="workshop-panel__note">They work whenever you are not typing in a box.</p>
      <dl class="workshop-shortcuts__list">
        {SHORTCUTS.map((shortcut) => (
          <div key={shortcut.action}>
            <dt>{shortcut.keys.map((key, index) => [index > 0 ? ' or ' : '', <kbd key={key}>{key}</kbd>])}</dt>
            <dd>{shortcut.description}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
