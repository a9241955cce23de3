/**
 * Starting the next cycle: choose what to carry forward, confirm, and the
 * finished cycle is kept as a dated, read-only snapshot.
 */
import { useState } from 'preact/hooks';
import { currentCycle, type Workbook } from '../../model/workbook';
import { flushAutosave } from '../../stores';
import { startNextCycle } from '../../stores/cycles';
import { carryOptions } from '../../worksheets/next-cycle';
import type { WorksheetDef } from '../../worksheets/types';

interface StartNextCycleProps {
  worksheets: WorksheetDef[];
  workbook: Workbook;
}

/** The "Start the next cycle" panel. */
export function StartNextCycle({ worksheets, workbook }: StartNextCycleProps) {
  const cycle = currentCycle(workbook);
  const options = carryOptions(worksheets, cycle);
  const [unticked, setUnticked] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState('');
  const toggle = (key: string, on: boolean) => {
    const next = new Set(unticked);
    if (on) next.delete(key);
    else next.add(key);
    setUnticked(next);
  };
  const start = async () => {
    await flushAutosave();
    const chosen = new Set(options.map((option) => option.key).filter((key) => !unticked.has(key)));
    const result = startNextCycle(worksheets, chosen);
    setMessage(result.ok ? `Cycle ${cycle.number + 1} has started. Cycle ${cycle.number} is kept below as a read-only record.` : result.problem);
  };
  return (
    <section class="dashboard__next" aria-labelledby="next-cycle-heading">
      <h3 id="next-cycle-heading">Start the next cycle</h3>
      <p>When you have finished Measure, start cycle {cycle.number + 1}. Cycle {cycle.number} is kept exactly as it is, dated and read only.</p>
      {options.length > 0 ? (
        <fieldset class="field field--group">
          <legend class="field__label">Carry forward into cycle {cycle.number + 1}</legend>
          {options.map((option) => (
            <label class="field__choice" key={option.key}>
              <input type="checkbox" checked={!unticked.has(option.key)} onChange={(event) => toggle(option.key, (event.currentTarget as HTMLInputElement).checked)} />
              <span>
                {option.label} ({option.count} {option.count === 1 ? 'item' : 'items'})
              </span>
            </label>
          ))}
        </fieldset>
      ) : (
        <p>Nothing is marked to carry forward yet: the new cycle will start empty apart from your team and scope.</p>
      )}
      <p>
        <button type="button" class="button" onClick={() => void start()}>
          Start cycle {cycle.number + 1}
        </button>
      </p>
      <p role="status" class="dashboard__message">
        {message}
      </p>
    </section>
  );
}
