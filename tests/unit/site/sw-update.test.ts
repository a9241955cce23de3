// @vitest-environment happy-dom
/**
 * The new-version prompt: when it shows, what Later remembers, and that
 * Reload hands over to the waiting worker before reloading. The service
 * worker container and registration are small fakes.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findPrompt, offerUpdate, watchForUpdate, type UpdatePrompt } from '../../../src/lib/sw-update';

class FakeWorker extends EventTarget {
  state: ServiceWorkerState = 'installing';
  postMessage = vi.fn();
}

class FakeRegistration extends EventTarget {
  waiting: FakeWorker | null = null;
  installing: FakeWorker | null = null;
}

const container = Object.assign(new EventTarget(), { controller: null as object | null });

function renderPrompt(): UpdatePrompt {
  document.body.replaceChildren();
  const root = document.createElement('div');
  const text = Object.assign(document.createElement('p'), { role: 'status' });
  text.setAttribute('data-sw-text', '');
  const reload = document.createElement('button');
  reload.setAttribute('data-sw-reload', '');
  const later = document.createElement('button');
  later.setAttribute('data-sw-later', '');
  root.hidden = true;
  root.append(text, reload, later);
  document.body.append(root);
  const prompt = findPrompt(root);
  if (!prompt) throw new Error('prompt parts missing');
  return prompt;
}

const asRegistration = (registration: FakeRegistration) => registration as unknown as ServiceWorkerRegistration;

beforeEach(() => {
  Object.defineProperty(navigator, 'serviceWorker', { value: container, configurable: true });
  container.controller = {};
  sessionStorage.clear();
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the new-version prompt', () => {
  it('shows when an updated worker is already waiting and an older one controls the page', () => {
    const prompt = renderPrompt();
    const registration = new FakeRegistration();
    registration.waiting = new FakeWorker();
    watchForUpdate(prompt, asRegistration(registration));
    expect(prompt.root.hidden).toBe(false);
    expect(prompt.text.textContent).toBe('');
    vi.advanceTimersByTime(200);
    expect(prompt.text.textContent).toBe('A new version of the workbook is ready.');
  });

  it('stays quiet on the very first install, when no worker controls the page yet', () => {
    const prompt = renderPrompt();
    container.controller = null;
    const registration = new FakeRegistration();
    watchForUpdate(prompt, asRegistration(registration));
    const worker = new FakeWorker();
    registration.installing = worker;
    registration.dispatchEvent(new Event('updatefound'));
    worker.state = 'installed';
    worker.dispatchEvent(new Event('statechange'));
    vi.advanceTimersByTime(200);
    expect(prompt.text.textContent).toBe('');
    expect(prompt.root.hidden).toBe(true);
  });

  it('shows once an update found later has installed', () => {
    const prompt = renderPrompt();
    const registration = new FakeRegistration();
    watchForUpdate(prompt, asRegistration(registration));
    const worker = new FakeWorker();
    registration.installing = worker;
    registration.dispatchEvent(new Event('updatefound'));
    expect(prompt.root.hidden).toBe(true);
    worker.state = 'installed';
    worker.dispatchEvent(new Event('statechange'));
    expect(prompt.root.hidden).toBe(false);
  });

  it('hides on Later and is not offered again in this tab session', () => {
    const prompt = renderPrompt();
    const registration = new FakeRegistration();
    registration.waiting = new FakeWorker();
    offerUpdate(prompt, asRegistration(registration));
    vi.advanceTimersByTime(200);
    prompt.later.click();
    expect(prompt.root.hidden).toBe(true);
    expect(prompt.text.textContent).toBe('');
    const next = renderPrompt();
    offerUpdate(next, asRegistration(registration));
    expect(next.root.hidden).toBe(true);
  });

  it('tells the waiting worker to skip waiting on Reload, and reloads only when it takes control', async () => {
    const prompt = renderPrompt();
    const registration = new FakeRegistration();
    const waiting = new FakeWorker();
    registration.waiting = waiting;
    const reload = vi.fn();
    vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, reload } as Location);
    offerUpdate(prompt, asRegistration(registration));
    vi.useRealTimers();
    prompt.reload.click();
    await vi.waitFor(() => expect(waiting.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' }));
    expect(prompt.reload.disabled).toBe(true);
    expect(reload).not.toHaveBeenCalled();
    container.dispatchEvent(new Event('controllerchange'));
    expect(reload).toHaveBeenCalledOnce();
  });
});
