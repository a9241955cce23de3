/** Opens the page's workbook once, and says how it went. */
import { useEffect, useState } from 'preact/hooks';
import { openCurrentWorkbook } from '../../stores/current-workbook';

/** Where opening has got to. */
export type OpenState = { state: 'opening' } | { state: 'open'; id: string } | { state: 'failed'; problem: string; chosen: boolean };

/** Opens the current workbook when the island mounts. */
export function useOpenWorkbook(): OpenState {
  const [open, setOpen] = useState<OpenState>({ state: 'opening' });
  useEffect(() => {
    let live = true;
    void openCurrentWorkbook().then((result) => {
      if (!live) return;
      setOpen(result.ok ? { state: 'open', id: result.id } : { state: 'failed', problem: result.problem, chosen: result.id !== null });
    });
    return () => {
      live = false;
    };
  }, []);
  return open;
}
