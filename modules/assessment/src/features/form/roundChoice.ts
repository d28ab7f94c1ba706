/** What the choice of a round needs of each: its id and whether its window has opened (by the server's clock). */
interface RoundWithWindow {
  id: string;
  window: { open: boolean; why: string };
}

/**
 * The round a page shows: the one asked for in the address (`?r=`) when there is such a round, else the latest
 * that has opened by the server's clock (open now, or closed), else the first to come. The browser's own clock is
 * not asked: the server's decides what is open.
 */
export function roundShown<R extends RoundWithWindow>(rounds: readonly R[], asked: string | undefined): R | null {
  const chosen = asked ? rounds.find((r) => r.id === asked) : undefined;
  if (chosen) return chosen;
  const opened = rounds.filter((r) => r.window.open || r.window.why !== 'notYet');
  return opened[opened.length - 1] ?? rounds[0] ?? null;
}
