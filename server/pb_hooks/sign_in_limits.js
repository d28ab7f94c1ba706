// Limits on password sign-in, kept inside PocketBase so that they hold whether an attempt comes through the
// platform's server or is sent straight to PocketBase's REST API. Loaded by sign_in_limits.pb.js.
//
// Attempts are counted when they start (atomically, in PocketBase's shared store), not when they fail, so thirty
// attempts sent at once in one batched request are held to the same limit as thirty sent one after another. A
// successful sign-in clears its account's count and gives back its own place in the address's count.

/** How far back attempts count, and how many may fail in that time. */
const WINDOW_MS = 15 * 60 * 1000;
const PER_ACCOUNT = 5;
const PER_ADDRESS = 20;

function parse(raw) {
  try {
    const v = JSON.parse(raw || '[]');
    return Array.isArray(v) ? v : [];
  } catch (_) {
    return [];
  }
}

/** Counts an attempt under `key`; returns 0 when it may go ahead, else the seconds until the oldest attempt expires. */
function take(store, key, limit, now) {
  let wait = 0;
  store.setFunc(key, (old) => {
    const times = parse(old).filter((t) => now - t < WINDOW_MS);
    if (times.length >= limit) wait = Math.max(1, Math.ceil((times[0] + WINDOW_MS - now) / 1000));
    else times.push(now);
    return JSON.stringify(times);
  });
  return wait;
}

/** Gives back the attempt counted at `now` under `key`. */
function release(store, key, now) {
  store.setFunc(key, (old) => {
    const times = parse(old);
    const i = times.indexOf(now);
    if (i >= 0) times.splice(i, 1);
    return JSON.stringify(times);
  });
}

function refuse(seconds) {
  // The server reads the seconds back out of the message to tell the person how long to wait.
  throw new TooManyRequestsError(`Too many sign-in attempts; retry after ${seconds} seconds.`, {});
}

function guard(e) {
  const store = e.app.store();
  const now = Date.now();
  const account = 'signin:account:' + String(e.identity || '').trim().toLowerCase();
  const address = 'signin:address:' + e.realIP();
  const accountWait = take(store, account, PER_ACCOUNT, now);
  if (accountWait) refuse(accountWait);
  const addressWait = take(store, address, PER_ADDRESS, now);
  if (addressWait) {
    release(store, account, now);
    refuse(addressWait);
  }
  e.next(); // throws on a wrong password: the attempt stays counted
  store.remove(account);
  release(store, address, now);
}

module.exports = { guard, WINDOW_MS, PER_ACCOUNT, PER_ADDRESS };
