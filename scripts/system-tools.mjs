// @ts-check
/**
 * Where the system tools the checks need are found: one place for the
 * Playwright config, `npm test`, the bench, the icon script and the tests.
 *
 * - Chromium: `CHROMIUM_PATH` (or `CHROME_PATH`, Lighthouse's name), then the
 *   usual command names on PATH. Playwright's own browser download cannot work
 *   on our network, so the system browser is always used.
 * - poppler (pdftotext, pdfinfo, pdffonts, pdftoppm): `POPPLER_BIN` (a folder),
 *   then the command name on PATH.
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

/**
 * The first executable file called `name` on PATH, or undefined.
 * @param {string} name
 * @returns {string | undefined}
 */
export function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this folder: keep looking
    }
  }
  return undefined;
}

/**
 * The system Chromium's path, or undefined when none is installed.
 * @returns {string | undefined}
 */
export function findChromium() {
  const chosen = process.env.CHROMIUM_PATH || process.env.CHROME_PATH;
  if (chosen) return chosen;
  for (const name of CHROMIUM_NAMES) {
    const found = onPath(name);
    if (found) return found;
  }
  return undefined;
}

/** What to tell someone with no Chromium. */
export const NO_CHROMIUM = 'No Chromium found. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH to its path.';

/**
 * The system Chromium's path; throws a sentence saying how to install it.
 * @returns {string}
 */
export function chromiumPath() {
  const found = findChromium();
  if (!found) throw new Error(NO_CHROMIUM);
  return found;
}

/**
 * The path of a poppler tool such as `pdftotext`; throws a sentence saying how to install it.
 * @param {'pdftotext' | 'pdfinfo' | 'pdffonts' | 'pdftoppm'} name
 * @returns {string}
 */
export function popplerTool(name) {
  const folder = process.env.POPPLER_BIN;
  const found = folder ? join(folder, name) : onPath(name);
  if (!found) throw new Error(`No ${name} found. Install poppler (Debian: apt-get install poppler-utils) or set POPPLER_BIN to the folder that holds it.`);
  return found;
}
