/// <reference path="../pb_data/types.d.ts" />
// PocketBase listens on the loopback only and every sign-in through the platform arrives from the platform's own
// server; the server names the person's address in X-Forwarded-For so that the per-address sign-in limit
// (pb_hooks/sign_in_limits.js) counts people, not the server. The rightmost address is the one the server wrote.
migrate(
  (app) => {
    const settings = app.settings();
    settings.trustedProxy.headers = ['X-Forwarded-For'];
    settings.trustedProxy.useLeftmostIP = false;
    app.save(settings);
  },
  (app) => {
    const settings = app.settings();
    settings.trustedProxy.headers = [];
    app.save(settings);
  },
);
