/** Hooks shared by islands that edit the open workbook. */
import { useEffect, useState } from 'preact/hooks';
import type { Workbook } from '../../model/workbook';
import { $workbook } from '../../stores/workbook';

/**
 * The open workbook, drawn again as soon as it changes. `useStore` delays its
 * redraw to a timer, so keys typed quickly (Enter straight after a letter,
 * Space then Tab then Space) ran handlers on the previous answer and saved it
 * over what had just been typed; a state update redraws before the next key.
 */
export function useOpenWorkbookValue(): Workbook | null {
  const [, redraw] = useState(0);
  useEffect(() => {
    const stop = $workbook.listen(() => redraw((count) => count + 1));
    // Catch a change made between the first draw and listening.
    redraw((count) => count + 1);
    return stop;
  }, []);
  return $workbook.get();
}

