// Optimistic versions for the records people edit in forms (budget_reports, budget_lines, budget_periods,
// module_settings). Every save names the version it started from plus one; this refuses, inside the write's own
// transaction, an update whose version is not the stored one plus one, so of two people who opened the same record
// only the first save lands and the second is told about it (the server answers CONFLICT with the current values).
// PocketBase runs one writer at a time, so the version read here is the latest committed one. Loaded by
// versions.pb.js.
//
// A superuser write that names version 0 (the seeds, which upsert records they do not read first) is counted but
// not checked: people's writes never reach PocketBase but through the server, which always names a version.

function conflict(collection, id, stored, named) {
  // 409 with a code the server recognises; the batch this write belongs to is rolled back whole.
  throw new ApiError(409, 'version_conflict', { version: { code: 'version_conflict', message: `${collection}/${id}: stored ${stored}, named ${named}` } });
}

function storedVersion(app, collection, id) {
  const row = new DynamicModel({ version: 0 });
  try {
    app.db().newQuery(`SELECT version FROM ${collection} WHERE id = {:id}`).bind({ id }).one(row);
  } catch (_) {
    return null;
  }
  return row.version || 0;
}

function onCreate(e) {
  const collection = e.record.collection().name;
  const named = e.record.getInt('version');
  if (named !== 0 && named !== 1) conflict(collection, e.record.id, null, named);
  // Two people saving a month nobody saved before both create it, with the same id: the second finds the first.
  const stored = storedVersion(e.app, collection, e.record.id);
  if (stored !== null) conflict(collection, e.record.id, stored, named);
  e.record.set('version', 1);
  e.next();
}

function onUpdate(e) {
  const collection = e.record.collection().name;
  const stored = storedVersion(e.app, collection, e.record.id) || 0;
  const named = e.record.getInt('version');
  if (named === 0) e.record.set('version', stored + 1);
  else if (named !== stored + 1) conflict(collection, e.record.id, stored, named);
  e.next();
}

module.exports = { onCreate, onUpdate };
