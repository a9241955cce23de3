/**
 * The statements and the scale with its symbols. On screen it shows what
 * pupils see; printed, it becomes a clean, large response sheet to circle
 * (see the print rules in survey-tally.css).
 */
import type { SurveyTallyDefinition } from './schema';

/** Draws the blank response sheet. */
export function ResponseSheet({ definition, titleId }: { definition: SurveyTallyDefinition; titleId: string }) {
  return (
    <section class="tally__printable" aria-labelledby={titleId}>
      <p class="tally__sheet-title" id={titleId}>{`Response sheet: ${definition.audience}`}</p>
      <p class="tally__sheet-instructions">Do not write your name. For each sentence, circle the picture that fits you best.</p>
      <ol class="tally__statements">
        {definition.items.map((item) => (
          <li class="tally__statement" key={item.id}>
            <p class="tally__statement-text">{item.text}</p>
            <ul class="tally__scale">
              {definition.scale.map((point, index) => (
                <li class="tally__point" key={index}>
                  <span class="tally__symbol" aria-hidden="true">
                    {point.symbol}
                  </span>
                  <span class="tally__point-label">{point.label}</span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
