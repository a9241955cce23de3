/** Sizes in plain UK English, for storage and download messages. */

const UNITS = ['bytes', 'KB', 'MB', 'GB', 'TB'] as const;

/** "1.2 MB", "340 KB", "10 GB": one decimal below 10, whole numbers above. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return 'an unknown amount';
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  if (unit === 0) return `${String(Math.round(value))} bytes`;
  const shown = value < 10 ? value.toFixed(1).replace(/\.0$/, '') : String(Math.round(value));
  return `${shown} ${UNITS[unit] ?? ''}`;
}
