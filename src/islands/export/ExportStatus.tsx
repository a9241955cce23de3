/** The export panel's polite status line: working, downloaded (with any text that could not be shown), or what went wrong. */
import type { ExportOutcome } from '../../pdf/run-export';

/** Where the last export got to. */
export type Progress = { state: 'idle' } | { state: 'working' } | { state: 'done'; outcome: ExportOutcome };

/** Announces progress and results without moving focus. */
export function ExportStatus({ progress }: { progress: Progress }) {
  const outcome = progress.state === 'done' ? progress.outcome : undefined;
  return (
    <div class="export-pdf__status" role="status" aria-live="polite">
      {progress.state === 'working' && <p>Making your PDF…</p>}
      {outcome?.ok && <p>Downloaded {outcome.fileName}.</p>}
      {outcome?.ok && outcome.unsupported.length > 0 && (
        <div class="callout callout--pitfall">
          <p>Some text is in a script this PDF cannot show, so it appears as □:</p>
          <ul>
            {outcome.unsupported.slice(0, 5).map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
          {outcome.unsupported.length > 5 && <p>and {outcome.unsupported.length - 5} more.</p>}
          <p>To print every script, open the page and use your browser’s Print, then Save as PDF.</p>
        </div>
      )}
      {outcome && !outcome.ok && <p class="export-pdf__problem">{outcome.problem}</p>}
    </div>
  );
}
