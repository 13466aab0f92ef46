import type { KeyboardEvent } from "react";

const MOVES: Record<string, (i: number, n: number) => number> = {
  ArrowDown: (i, n) => Math.min(i + 1, n - 1),
  ArrowUp: (i) => Math.max(i - 1, 0),
  Home: () => 0,
  End: (_, n) => n - 1,
};

/**
 * Arrow keys, Home and End move focus among a list's buttons (the list is one tab stop: the
 * current item's button has tabIndex 0, the others -1). The handler goes on each button; `list`
 * finds the list around it, `selector` the buttons in it.
 */
export function rovingKeyDown(list: string, selector: string) {
  return (event: KeyboardEvent<HTMLElement>) => {
    const move = MOVES[event.key];
    const around = event.currentTarget.closest(list);
    if (!move || !around) return;
    const buttons = [...around.querySelectorAll<HTMLElement>(selector)];
    const at = buttons.indexOf(document.activeElement as HTMLElement);
    if (at < 0) return;
    event.preventDefault();
    buttons[move(at, buttons.length)]?.focus();
  };
}
