/**
 * One-line inputs cannot wrap, so a long answer would be cut off on paper.
 * Just before printing, each filled text input gets a plain-text copy of its
 * value beside it (shown only in print); the copies go after printing.
 */
const COPY_CLASS = 'print-value';

function addCopies(form: HTMLElement): void {
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type="text"]')) {
    if (!input.value || input.nextElementSibling?.classList.contains(COPY_CLASS)) continue;
    const copy = document.createElement('span');
    copy.className = COPY_CLASS;
    copy.setAttribute('aria-hidden', 'true');
    copy.textContent = input.value;
    input.after(copy);
  }
}

function removeCopies(form: HTMLElement): void {
  for (const copy of form.querySelectorAll(`.${COPY_CLASS}`)) copy.remove();
}

/** Keeps print copies of a form's text inputs while the page prints; returns a function that stops. */
export function watchPrinting(form: HTMLElement): () => void {
  const before = () => addCopies(form);
  const after = () => removeCopies(form);
  addEventListener('beforeprint', before);
  addEventListener('afterprint', after);
  return () => {
    removeEventListener('beforeprint', before);
    removeEventListener('afterprint', after);
  };
}
