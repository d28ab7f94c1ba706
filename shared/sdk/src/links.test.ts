import { describe, expect, it, vi } from 'vitest';
import { followLink } from './links.ts';

function click(init: MouseEventInit) {
  const a = document.createElement('a');
  a.href = '/budget/tambon/x';
  document.body.appendChild(a);
  const navigate = vi.fn();
  let prevented = false;
  a.addEventListener('click', (e) => {
    followLink(e, navigate);
    prevented = e.defaultPrevented;
  });
  a.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ...init }));
  a.remove();
  return { navigate, prevented };
}

describe('followLink', () => {
  it('navigates inside the app on a plain click', () => {
    const r = click({ button: 0 });
    expect(r.navigate).toHaveBeenCalledWith('/budget/tambon/x');
    expect(r.prevented).toBe(true);
  });
  it('leaves Ctrl-, ⌘-, Shift- and middle-clicks to the browser (new tab or window)', () => {
    for (const init of [{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }, { button: 1 }]) {
      const r = click(init);
      expect(r.navigate).not.toHaveBeenCalled();
      expect(r.prevented).toBe(false);
    }
  });
});
