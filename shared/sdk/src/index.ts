export { createApi, errorMessage, fieldErrors, errorCode, conflictOf, isNetworkFailure, NetworkError, HttpError, type Api, type ApiOptions } from './api.ts';
export { createPlatformQueryClient } from './queryClient.ts';
export { svelteLifecycles, type Lifecycles } from './lifecycle.ts';
export { ModuleContext, getModuleContext, setModuleContext } from './moduleContext.svelte.ts';
export { writable, type PlatformProps, type SingleSpaProps, type Readable, type Writable, type Session, type SessionUser } from './platform.ts';
export { defineRoutes, type Routes, type RouteMatch, type RouteParams, type Query } from './routes.ts';
export { defineMessages, useWords, createWords, checkCatalogue, type Messages, type Words } from './words.ts';
export { FormAction, useFormAction, type FormActionOptions, type FieldErrors } from './formAction.svelte.ts';
export { download, type Base64File } from './download.ts';
export { EditsDraft, amountProblems, amountOf } from './editsDraft.svelte.ts';
export { default as ModuleHome } from './ModuleHome.svelte';
export { default as ScopeSummary } from './ScopeSummary.svelte';
export { default as QueryView } from './QueryView.svelte';
export { default as PageTitle } from './PageTitle.svelte';
export { default as NotFound } from './NotFound.svelte';
export { default as RoutedPages, lazy, type LazyPage, type Page } from './RoutedPages.svelte';
export { followLink } from './links.ts';
// The platform's words for the shell too: the browser then downloads the catalogue once, in this shared runtime file.
export { translate, isMessageKey, platformMessages } from '@otou/domain';
