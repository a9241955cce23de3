/**
 * The one id generator: workbooks, cycles, list items, table rows, ideas.
 * Ids are saved in workbooks and referred to by other worksheets, so they
 * only need to be unique, never meaningful. `crypto.randomUUID` is missing
 * outside secure contexts (a school intranet served over plain http), hence
 * the fallback, which works even with no `crypto` at all.
 */

/** A fresh, practically unique id: a UUID where the browser makes one, else time plus random characters. */
export function newId(): string {
  const cryptoApi = globalThis.crypto as Crypto | undefined;
  if (cryptoApi && typeof cryptoApi.randomUUID === 'function') return cryptoApi.randomUUID();
  return `r-${Date.now().toString(36)}-${randomPart()}${randomPart()}`;
}

/** Seven random base-36 characters, from getRandomValues when there is one. */
function randomPart(): string {
  const cryptoApi = globalThis.crypto as Crypto | undefined;
  if (cryptoApi && typeof cryptoApi.getRandomValues === 'function') {
    const [word = 0] = cryptoApi.getRandomValues(new Uint32Array(1));
    return word.toString(36).padStart(7, '0');
  }
  return Math.random().toString(36).slice(2, 9).padEnd(7, '0');
}
