/**
 * "PDF and printing": a button that loads the export panel only when asked,
 * so the PDF controls cost a worksheet page nothing until someone wants them.
 */
import type { ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import type { ExportPdfProps } from '../export/ExportPdf';
// The panel's styles come with the page: styles of a lazily loaded module are not emitted by the build.
import '../export/export.css';

type Panel = ComponentType<ExportPdfProps>;

/** The disclosure button and, once opened, the export panel for this worksheet. */
export function PdfOptions(props: Omit<ExportPdfProps, 'mode'>) {
  const [panel, setPanel] = useState<Panel | null>(null);
  const [state, setState] = useState<'closed' | 'loading' | 'open' | 'failed'>('closed');
  const open = async () => {
    if (state === 'open') return setState('closed');
    setState('loading');
    try {
      const loaded = (await import('../export/ExportPdf')).default;
      setPanel(() => loaded);
      setState('open');
    } catch {
      setState('failed');
    }
  };
  const Loaded = panel;
  return (
    <div class="worksheet__pdf">
      <button type="button" class="button button--secondary" aria-expanded={state === 'open'} onClick={() => void open()}>
        PDF and printing
      </button>
      <p role="status" class="worksheet__pdf-status">
        {state === 'loading' && 'Loading the PDF options…'}
        {state === 'failed' && 'The PDF options could not be loaded. Check your connection and try again.'}
      </p>
      {state === 'open' && Loaded && <Loaded mode="worksheet" {...props} />}
    </div>
  );
}
