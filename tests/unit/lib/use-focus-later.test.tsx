// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useRef, useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { useFocusLater } from '../../../src/lib/use-focus-later';

afterEach(cleanup);

/** A button that, pressed, asks for an element that only appears once `shown` arrives a render later. */
function Later({ byRef }: { byRef: boolean }) {
  const [shown, setShown] = useState(false);
  const [disabled, setDisabled] = useState(true);
  const target = useRef<HTMLButtonElement>(null);
  const focusLater = useFocusLater();
  return (
    <div>
      <button
        type="button"
        onClick={() => {
          focusLater(byRef ? () => target.current : 'later');
          setTimeout(() => setShown(true), 0);
        }}
      >
        Ask
      </button>
      <button type="button" onClick={() => setDisabled(false)}>
        Enable
      </button>
      {shown ? (
        <button type="button" id="later" ref={target} disabled={disabled}>
          Later
        </button>
      ) : null}
    </div>
  );
}

describe('focus after a redraw', () => {
  it('focuses an element by id once it has been drawn and enabled, not before', async () => {
    render(<Later byRef={false} />);
    fireEvent.click(screen.getByText('Ask'));
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(document.activeElement).not.toBe(screen.getByText('Later'));
    fireEvent.click(screen.getByText('Enable'));
    expect(document.activeElement).toBe(screen.getByText('Later'));
  });

  it('focuses an element found through a ref', async () => {
    render(<Later byRef />);
    fireEvent.click(screen.getByText('Ask'));
    fireEvent.click(screen.getByText('Enable'));
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(document.activeElement).toBe(screen.getByText('Later'));
  });
});
