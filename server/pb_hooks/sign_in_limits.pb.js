/// <reference path="../pb_data/types.d.ts" />
// Sign-in attempt limits per account and per address (see sign_in_limits.js).

onRecordAuthWithPasswordRequest((e) => {
  require(`${__hooks}/sign_in_limits.js`).guard(e);
}, 'users');
