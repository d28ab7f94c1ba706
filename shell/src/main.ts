import { mount } from 'svelte';
import { start } from 'single-spa';
import '@otou/ui/fonts.css';
import '@otou/ui/theme.css';
import App from './App.svelte';
import { clearRegistry, refreshRegistry } from './state/registry.ts';
import { session } from './state/stores.ts';
import { networkCookie } from './state/loading.ts';

// Modules are registered from the server's registry once someone is signed in; signing out unmounts them all.
let signedIn = false;
session.subscribe((s) => {
  // The next page load's import map names this network's versions of the modules; signing out forgets it.
  document.cookie = networkCookie(s);
  if (s && !signedIn) void refreshRegistry();
  if (!s && signedIn) void clearRegistry();
  signedIn = Boolean(s);
});

mount(App, { target: document.getElementById('app')! });
start({ urlRerouteOnly: true });
