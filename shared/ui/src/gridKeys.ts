const MOVES: Record<string, readonly [rows: number, cols: number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/**
 * Arrow keys move between the cells of a grid of controls (a sheet of ✓/✗ buttons), the way a spreadsheet does:
 * give each control `data-grid-row` and `data-grid-col` and call this from its keydown. The grid is the closest
 * `[data-grid]` around it. Keys without a neighbour that way are left alone, so Tab and the page keep working.
 *
 * @returns whether focus moved
 */
export function moveInGrid(event: KeyboardEvent): boolean {
  const move = MOVES[event.key];
  if (!move || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return false;
  const cell = event.currentTarget instanceof HTMLElement ? event.currentTarget : null;
  const grid = cell?.closest('[data-grid]');
  if (!cell || !grid) return false;
  const row = Number(cell.dataset['gridRow']) + move[0];
  const col = Number(cell.dataset['gridCol']) + move[1];
  const next = grid.querySelector<HTMLElement>(`[data-grid-row="${row}"][data-grid-col="${col}"]`);
  if (!next) return false;
  event.preventDefault();
  next.focus();
  // A wide grid scrolls inside its box: bring the cell into view without moving the page more than needed.
  next.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  return true;
}
