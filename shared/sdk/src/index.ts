export { createApi, errorMessage, fieldErrors, errorCode, type Api, type ApiOptions } from './api.ts';
export { createPlatformQueryClient } from './queryClient.ts';
export { svelteLifecycles, type Lifecycles } from './lifecycle.ts';
export { ModuleContext, getModuleContext, setModuleContext } from './moduleContext.svelte.ts';
export { writable, type PlatformProps, type SingleSpaProps, type Readable, type Writable, type Session, type SessionUser } from './platform.ts';
export { default as ModuleHome } from './ModuleHome.svelte';
export { default as ScopeSummary } from './ScopeSummary.svelte';
export { followLink } from './links.ts';
