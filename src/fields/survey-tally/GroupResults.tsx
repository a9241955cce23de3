/**
 * One group's results as a table: responses and percent favourable per
 * statement, and overall. A statement answered by fewer than
 * MIN_GROUP_SIZE shows no figure at all, only why.
 */
import { MIN_GROUP_SIZE, groupSummary } from './schema';
import type { SurveyTallyDefinition, TallyGroup } from './schema';

/** What is shown instead of a figure for a small group. */
export const SUPPRESSED_TEXT = `Fewer than ${MIN_GROUP_SIZE} responses: not shown, to protect privacy`;

/** The caption's name for a group. */
export function groupName(group: TallyGroup, index: number): string {
  const name = group.label.trim() || `Group ${index + 1}`;
  return group.date ? `${name} (${group.date})` : name;
}

function favourableWords(definition: SurveyTallyDefinition): string {
  const labels = definition.scale.slice(definition.scale.length - definition.favourableTop).map((point) => point.label);
  return labels.join(' or ');
}

/** Draws the results table for one group. */
export function GroupResults({ definition, group, index }: { definition: SurveyTallyDefinition; group: TallyGroup; index: number }) {
  const summary = groupSummary(definition, group);
  return (
    <div class="tally__results">
      <table>
        <caption>{`Results for ${groupName(group, index)}`}</caption>
        <thead>
          <tr>
            <th scope="col">Statement</th>
            <th scope="col">Responses</th>
            <th scope="col">Percent favourable</th>
          </tr>
        </thead>
        <tbody>
          {summary.statements.map((statement) => (
            <tr key={statement.id}>
              <th scope="row">{statement.text}</th>
              {statement.shown ? (
                <>
                  <td data-label="Responses">{statement.responses}</td>
                  <td data-label="Percent favourable">{`${statement.percent ?? 0}%`}</td>
                </>
              ) : (
                <td colSpan={2}>{SUPPRESSED_TEXT}</td>
              )}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Overall</th>
            <td colSpan={2}>
              {summary.overall === null
                ? 'Not shown: no statement has enough responses yet.'
                : `${summary.overall}% favourable, across the ${summary.statementsCounted === 1 ? 'statement' : `${summary.statementsCounted} statements`} shown`}
            </td>
          </tr>
        </tfoot>
      </table>
      <p class="field__note">{`Favourable means answering ${favourableWords(definition)}.`}</p>
    </div>
  );
}
