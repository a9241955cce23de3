/**
 * "Keeping your work safe": whether the browser agreed to keep the work,
 * space used, a reminder to export after a long session, and on iPad, iPhone
 * and Safari the 7-day clearing rule and how the Home Screen avoids it.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { $storageHealth, refreshStorageHealth } from '../../stores/context';
import { $saveStatus } from '../../stores/save-status';
import { $workbook } from '../../stores/workbook';
import { browserHints, needsExportReminder, needsSafariWarning, persistenceText, spaceText } from '../../stores/durability';
import { ExportButton } from './ExportButton';

/** The time now, updated every `everyMs`. */
function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

/** When this page first started saving an edit, or null. */
function useSessionEditsSince(): number | null {
  const status = useStore($saveStatus);
  const [since, setSince] = useState<number | null>(null);
  useEffect(() => {
    if (since === null && status.state === 'saving') setSince(Date.now());
  }, [status.state, since]);
  return since;
}

/** The storage health panel island. */
export default function StorageHealth() {
  const health = useStore($storageHealth);
  const workbook = useStore($workbook);
  const now = useNow(60_000);
  const sessionEditsSince = useSessionEditsSince();
  const [safari, setSafari] = useState(false);

  useEffect(() => {
    void refreshStorageHealth();
    setSafari(needsSafariWarning(browserHints()));
  }, []);

  const remind =
    workbook !== null &&
    needsExportReminder({
      createdAt: workbook.createdAt,
      updatedAt: workbook.updatedAt,
      lastExportedAt: workbook.lastExportedAt,
      sessionEditsSince,
      now,
    });

  return (
    <section class="storage-health" aria-labelledby="storage-health-title">
      <h2 id="storage-health-title">Keeping your work safe</h2>
      <ul class="storage-health__facts">
        <li>{persistenceText(health)}</li>
        <li>{spaceText(health)}</li>
      </ul>
      {remind && (
        <div class="callout callout--tip storage-health__reminder">
          <p>
            <strong>Time to export?</strong> You have been working on this workbook for a while since it was last exported.
            Export it to a file now so there is a safe copy outside this browser.
          </p>
          <ExportButton />
        </div>
      )}
      {safari && (
        <div class="callout callout--pitfall storage-health__safari">
          <p>
            <strong>On iPad, iPhone and Safari:</strong> Safari may clear what this site has saved if you do not visit it
            for 7 days. To avoid this, add the site to your Home Screen (Share, then “Add to Home Screen”) and open it from
            there — Safari does not clear Home Screen apps this way. Export your workbook regularly too.
          </p>
        </div>
      )}
    </section>
  );
}
