/**
 * The preview under "Replace names with roles": every replacement the
 * shared names → roles filter will make in this workbook, with where it was
 * first found, so a false match can be seen before the file is made.
 */
import { useMemo } from 'preact/hooks';
import type { Workbook } from '../../model/workbook';
import { previewReplacements, textsIn } from '../../worksheets/names-to-roles';

/** Lists the replacements, or says there are none. */
export function RolesPreview({ workbook }: { workbook: Workbook }) {
  const replacements = useMemo(() => previewReplacements(workbook.setup.team, textsIn(workbook)), [workbook]);
  if (replacements.length === 0) return <p class="export-pdf__hint">No team member’s name appears in this workbook, so nothing will be replaced.</p>;
  return (
    <details class="export-pdf__preview">
      <summary>{`Preview: ${replacements.length} ${replacements.length === 1 ? 'name' : 'names'} to replace`}</summary>
      <ul>
        {replacements.map((item) => (
          <li key={`${item.found}→${item.replacement}`}>
            {`“${item.found}” becomes “${item.replacement}”${item.count > 1 ? ` (${item.count} times)` : ''}, e.g. “${item.context}”`}
          </li>
        ))}
      </ul>
    </details>
  );
}
