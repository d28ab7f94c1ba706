// A subpath of the kit (`@otou/ui/next`), not in the shared runtime: only module homes that offer next steps bundle it.
export { default as NextSteps } from './NextSteps.svelte';
