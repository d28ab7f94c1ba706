// A subpath of the kit (`@otou/ui/ranked`), not in the shared runtime: only the pages that rank a list bundle it.
export { default as RankedList } from './RankedList.svelte';
