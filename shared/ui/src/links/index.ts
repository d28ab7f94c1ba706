// A subpath of the kit (`@otou/ui/links`), not in the shared runtime: only the pages that show these lists bundle them.
export { default as NextSteps } from './NextSteps.svelte';
export { default as UpLinks } from './UpLinks.svelte';
