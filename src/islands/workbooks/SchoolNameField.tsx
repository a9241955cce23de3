/**
 * "School name (optional)", saved into the workbook's setup as it is typed.
 * It is optional so that a plan can be shared without naming the school.
 */
import { useState } from 'preact/hooks';
import type { Workbook } from '../../model/workbook';
import { updateSetup } from '../../stores';

/** The school name field for the open workbook. */
export function SchoolNameField({ workbook }: { workbook: Workbook }) {
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <div class="field">
      <label for="school-name">School name (optional)</label>
      <p id="school-name-hint" class="hint">
        Leave it blank if you would rather share the plan without it.
      </p>
      <input
        id="school-name"
        type="text"
        autoComplete="organization"
        value={workbook.setup.schoolName ?? ''}
        aria-invalid={problem === null ? undefined : true}
        aria-describedby={problem === null ? 'school-name-hint' : 'school-name-hint school-name-error'}
        onInput={(event) => {
          const result = updateSetup({ schoolName: event.currentTarget.value });
          setProblem(result.ok ? null : result.problem);
        }}
      />
      {problem !== null && (
        <p id="school-name-error" class="field-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
