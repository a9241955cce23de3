/**
 * The workbook page's own island: opens the workbook named in the address
 * (or the last one opened), then shows its title, the save status, the
 * school name, a "Get started" prompt and the storage health panel. Other
 * islands on the page (worksheets, the cycle dashboard) open the same
 * workbook through `openCurrentWorkbook()` and share it.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { $workbook, openCurrentWorkbook, type OpenResult } from '../../stores';
import SaveStatus from '../save-status/SaveStatus';
import StorageHealth from '../save-status/StorageHealth';
import { getStartedHref, workbooksHref } from '../../lib/workbook-links';
import { SchoolNameField } from './SchoolNameField';
import { WorkbookTitle } from './WorkbookTitle';

/** Shown while opening, and when the workbook cannot be opened. */
function NotOpen({ result }: { result: OpenResult | null }) {
  if (result === null) {
    return (
      <>
        <h1>Your workbook</h1>
        <p>Opening your workbook…</p>
      </>
    );
  }
  const missing = !result.ok && result.id === null;
  return (
    <>
      <h1>{missing ? 'No workbook is open' : 'This workbook could not be opened'}</h1>
      {!result.ok && <p>{result.problem}</p>}
      <p>
        <a class="button" href={workbooksHref()}>
          Go to My workbooks
        </a>
      </p>
    </>
  );
}

/** The workbook page island. */
export default function OpenWorkbook() {
  const workbook = useStore($workbook);
  const [result, setResult] = useState<OpenResult | null>(null);

  useEffect(() => {
    void openCurrentWorkbook().then(setResult);
  }, []);

  useEffect(() => {
    if (workbook) document.title = `${workbook.title} · Belonging Workbook`;
  }, [workbook?.title]);

  if (!result?.ok || !workbook || workbook.id !== result.id) return <NotOpen result={result?.ok ? null : result} />;

  return (
    <div class="open-workbook">
      <p class="open-workbook__back">
        <a href={workbooksHref()}>My workbooks</a>
      </p>
      <WorkbookTitle workbook={workbook} />
      <SaveStatus />
      <SchoolNameField workbook={workbook} />
      <div class="callout callout--tip open-workbook__start">
        <p>
          <strong>New to the workbook?</strong> Read <a href={getStartedHref()}>Get started</a> first: it explains how to
          name your team, choose a focus and pick a planning approach.
        </p>
      </div>
      <StorageHealth />
    </div>
  );
}
