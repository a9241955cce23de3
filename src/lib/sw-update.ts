/**
 * Registers the service worker (production builds only) and runs the
 * "A new version is ready" prompt of ServiceWorker.astro.
 *
 * Lifecycle: on page load the worker at `<base>sw.js` is registered with the
 * base as its scope. When an updated worker has installed and is waiting
 * (and this page is already controlled by an older one), the prompt shows.
 * Reload saves unsaved edits first (the stores are imported dynamically,
 * only then and only on pages with islands, where they are already loaded),
 * asks the waiting worker to take over and reloads once it controls the
 * page. Later hides the prompt for the rest of this tab's session
 * (sessionStorage `bw:update-later`); the update then takes effect when
 * every tab of the site has been closed.
 *
 * It loads on every guidance page, so it has no static imports (Vite adds
 * only its small preload helper for the dynamic import) and no framework.
 */

/** A copy of UPDATE_LATER_KEY (src/storage/keys.ts): this script has no static imports; a unit test keeps them equal. */
export const LATER_KEY = 'bw:update-later';
const ANNOUNCE_DELAY_MS = 150;

/** The prompt's parts, as ServiceWorker.astro renders them. */
export interface UpdatePrompt {
  /** Holds the prompt; `hidden` while it is closed, so it is absent for assistive technology. */
  root: HTMLElement;
  /** The polite status region (role="status"): shown empty, then filled, so it is announced. */
  text: HTMLElement;
  reload: HTMLButtonElement;
  later: HTMLButtonElement;
}

/** Finds the prompt's parts under a root element, or null when any is missing. */
export function findPrompt(root: HTMLElement | null): UpdatePrompt | null {
  const text = root?.querySelector<HTMLElement>('[data-sw-text]');
  const reload = root?.querySelector<HTMLButtonElement>('[data-sw-reload]');
  const later = root?.querySelector<HTMLButtonElement>('[data-sw-later]');
  if (!root || !text || !reload || !later) return null;
  return { root, text, reload, later };
}

function laterChosen(): boolean {
  try {
    return sessionStorage.getItem(LATER_KEY) === '1';
  } catch {
    return false;
  }
}

function rememberLater(): void {
  try {
    sessionStorage.setItem(LATER_KEY, '1');
  } catch {
    // Without session storage the prompt may come back on the next page; that is all.
  }
}

function close(prompt: UpdatePrompt): void {
  prompt.root.hidden = true;
  prompt.text.textContent = '';
}

/** Saves edits still waiting for the autosave debounce, on pages that edit a workbook. */
async function flushEdits(): Promise<void> {
  // Only pages with islands hold a workbook, and the stores are already loaded there.
  if (!document.querySelector('astro-island')) return;
  try {
    const { flushAutosave } = await import('../stores');
    await flushAutosave();
  } catch {
    // The page also saves (and journals) on pagehide, which the reload fires.
  }
}

/**
 * Saves, then tells the waiting worker to skip waiting (`SKIP_WAITING` is the
 * message Workbox's generated worker listens for) and reloads on
 * `controllerchange`. With no worker waiting (another tab already switched),
 * it just reloads.
 */
async function applyUpdate(prompt: UpdatePrompt, registration: ServiceWorkerRegistration): Promise<void> {
  prompt.reload.disabled = true;
  prompt.later.disabled = true;
  prompt.text.textContent = 'Saving your answers, then reloading…';
  await flushEdits();
  const waiting = registration.waiting;
  if (!waiting) {
    location.reload();
    return;
  }
  navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
  waiting.postMessage({ type: 'SKIP_WAITING' });
}

/** Shows the prompt (unless Later was chosen in this tab's session). */
export function offerUpdate(prompt: UpdatePrompt, registration: ServiceWorkerRegistration): void {
  if (laterChosen() || !prompt.root.hidden) return;
  prompt.root.hidden = false;
  // Filled a moment after the region appears, so screen readers announce it.
  setTimeout(() => {
    prompt.text.textContent = 'A new version of the workbook is ready.';
  }, ANNOUNCE_DELAY_MS);
  prompt.reload.onclick = () => void applyUpdate(prompt, registration);
  prompt.later.onclick = () => {
    rememberLater();
    close(prompt);
  };
}

/** Watches a registration for an update that has installed and waits to take over. */
export function watchForUpdate(prompt: UpdatePrompt, registration: ServiceWorkerRegistration): void {
  const container = navigator.serviceWorker;
  if (registration.waiting && container.controller) offerUpdate(prompt, registration);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && container.controller) offerUpdate(prompt, registration);
    });
  });
}

/** Registers `<base>sw.js` once the page has loaded, then watches for updates. */
export function startServiceWorker(prompt: UpdatePrompt | null, base: string): void {
  if (!('serviceWorker' in navigator) || !prompt) return;
  const register = async (): Promise<void> => {
    try {
      const registration = await navigator.serviceWorker.register(`${base}sw.js`, { scope: base });
      watchForUpdate(prompt, registration);
    } catch {
      // No worker (private mode, blocked, file://): the site still works online.
    }
  };
  if (document.readyState === 'complete') void register();
  else window.addEventListener('load', () => void register(), { once: true });
}

/** In `astro dev`: removes any worker a production preview left on this origin. */
export function removeServiceWorkers(): void {
  if (!('serviceWorker' in navigator)) return;
  void navigator.serviceWorker.getRegistrations().then((all) => all.forEach((registration) => void registration.unregister()));
}
