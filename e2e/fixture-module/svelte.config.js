// Read by svelte-check and the editor; the build's Svelte options live in the shared module Vite config.
export default {};
