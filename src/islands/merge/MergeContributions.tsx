/**
 * "Merge contributions", for the facilitator: choose one or more
 * contribution files; each refused file shows its own sentence and changes
 * nothing; the rest are planned and reviewed (`MergeReview`), then applied
 * and, for the rest of this visit, can be undone (`src/stores/merge-history.ts`).
 */
import { useStore } from '@nanostores/preact';
import { useRef, useState } from 'preact/hooks';
import type { Workbook } from '../../model/workbook';
import type { MergeDecisions, MergePlan } from '../../model/merge';
import { $lastMerge, applyMergedWorkbook, undoLastMerge } from '../../stores/merge-history';
import type { WorksheetDef } from '../../worksheets/types';
import { MergeReview } from './MergeReview';
import type { RefusedFile } from '../../model/merge/runtime';

interface MergeContributionsProps {
  workbook: Workbook;
  worksheets: WorksheetDef[];
}

/** What is being reviewed. */
interface Review {
  plan: MergePlan;
  decisions: MergeDecisions;
}

/** Reads each chosen file as text; a file that cannot be read is refused. */
async function readFiles(list: FileList): Promise<{ texts: { name: string; text: string }[]; unreadable: RefusedFile[] }> {
  const texts: { name: string; text: string }[] = [];
  const unreadable: RefusedFile[] = [];
  for (const file of Array.from(list)) {
    try {
      texts.push({ name: file.name, text: await file.text() });
    } catch {
      unreadable.push({ name: file.name, problem: 'This file could not be read. Check it is on this device, then try again.' });
    }
  }
  return { texts, unreadable };
}

/** The facilitator's merge panel. */
export function MergeContributions({ workbook, worksheets }: MergeContributionsProps) {
  const lastMerge = useStore($lastMerge);
  const [refused, setRefused] = useState<RefusedFile[]>([]);
  const [review, setReview] = useState<Review | null>(null);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const after = useRef<HTMLParagraphElement>(null);

  const onChoose = async (event: Event): Promise<void> => {
    const field = event.currentTarget as HTMLInputElement;
    setMessage('');
    setReview(null);
    if (!field.files || field.files.length === 0) return;
    const { texts, unreadable } = await readFiles(field.files);
    field.value = '';
    const runtime = await import('../../model/merge/runtime');
    const { accepted, refused: bad } = runtime.readContributions(texts);
    setRefused([...unreadable, ...bad]);
    if (accepted.length === 0) {
      setMessage('No contribution could be read, so nothing was changed.');
      return;
    }
    const plan = runtime.planMerge(workbook, accepted, worksheets);
    setReview({ plan, decisions: runtime.defaultDecisions(plan) });
  };

  const apply = async (): Promise<void> => {
    if (!review) return;
    setBusy(true);
    const runtime = await import('../../model/merge/runtime');
    const summary = `Merged contributions from ${review.plan.contributors.join(', ')}: ${runtime.summariseMerge(review.plan, review.decisions)}`;
    const result = await applyMergedWorkbook(workbook.id, (team) => runtime.applyMerge(team, review.plan, review.decisions, new Date().toISOString()), summary);
    setBusy(false);
    setReview(null);
    setRefused([]);
    setMessage(result.ok ? `${summary} The workbook as it was before is kept aside in My workbooks.` : result.problem);
    after.current?.focus();
  };

  const undo = async (): Promise<void> => {
    setBusy(true);
    const result = await undoLastMerge();
    setBusy(false);
    setMessage(result.ok ? 'Merge undone: the workbook is exactly as it was before the merge. The merged version is kept aside in My workbooks.' : result.problem);
    after.current?.focus();
  };

  const cancel = (): void => {
    setReview(null);
    setMessage('Merge cancelled: nothing was changed.');
    input.current?.focus();
  };

  return (
    <div class="merge-contributions">
      <div class="field">
        <label class="field__label" for="contribution-files">
          Choose contribution files (.json)
        </label>
        <p class="field__hint" id="contribution-files-hint">
          You can choose several at once. You will see everything before it is merged, and nothing the team wrote is replaced unless you choose.
        </p>
        <input ref={input} id="contribution-files" type="file" multiple accept=".json,application/json" aria-describedby="contribution-files-hint" onChange={(event) => void onChoose(event)} />
      </div>
      <div role="status" class="merge__refused">
        {refused.length > 0 && (
          <ul>
            {refused.map((file, index) => (
              <li key={index} class="field-error">
                {file.name}: {file.problem}
              </li>
            ))}
          </ul>
        )}
      </div>
      {review && (
        <MergeReview
          plan={review.plan}
          decisions={review.decisions}
          busy={busy}
          onDecide={(decisions) => setReview({ ...review, decisions })}
          onApply={() => void apply()}
          onCancel={cancel}
        />
      )}
      <p ref={after} tabIndex={-1} role="status" class="merge__message">
        {message}
      </p>
      {lastMerge?.workbookId === workbook.id && !review && (
        <p>
          <button type="button" class="button button--secondary" disabled={busy} onClick={() => void undo()}>
            Undo merge
          </button>
        </p>
      )}
    </div>
  );
}
