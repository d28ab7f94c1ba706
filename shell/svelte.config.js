// Read by svelte-check and the editor (which cannot load vite.config.ts's TypeScript imports); the build's
// Svelte options live in vite.config.ts.
export default {};
