export { default as Button } from './Button.svelte';
export { default as DataTable } from './DataTable.svelte';
export { default as Disclosure } from './Disclosure.svelte';
export { default as Switch } from './Switch.svelte';
export { default as TextField } from './TextField.svelte';
export { default as Tile } from './Tile.svelte';
export type { Column } from './types.ts';
