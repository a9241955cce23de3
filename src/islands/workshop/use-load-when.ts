/** Loads a module with import() the first time it is wanted, so rarely used parts cost nothing up front. */
import { useEffect, useState } from 'preact/hooks';

/** The module, once `wanted` has been true; null until it has loaded. */
export function useLoadWhen<T>(wanted: boolean, load: () => Promise<T>): T | null {
  const [loaded, setLoaded] = useState<T | null>(null);
  useEffect(() => {
    if (wanted && !loaded) void load().then(setLoaded);
  }, [wanted]);
  return loaded;
}
