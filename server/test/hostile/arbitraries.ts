import fc from 'fast-check';

/**
 * fast-check generators derived from the API's zod schemas (zod 4's own definitions, so a schema added tomorrow is
 * covered without a line here), and the hostile values an attacker or a confused browser sends instead.
 */
interface Def {
  type: string;
  format?: string;
  shape?: Record<string, Schema>;
  element?: Schema;
  keyType?: Schema;
  valueType?: Schema;
  innerType?: Schema;
  in?: Schema;
  options?: Schema[];
  entries?: Record<string, string>;
  values?: unknown[];
}
export interface Schema {
  _zod: { def: Def };
}

const defOf = (s: Schema) => s._zod.def;

/** Values of the schema's own shape: well typed, otherwise arbitrary (ids that name nothing, any strings, any numbers). */
export function arbitraryFor(schema: Schema, depth = 0): fc.Arbitrary<unknown> {
  const d = defOf(schema);
  switch (d.type) {
    case 'object':
      return fc.record(Object.fromEntries(Object.entries(d.shape ?? {}).map(([k, v]) => [k, arbitraryFor(v, depth + 1)])), { requiredKeys: [] });
    case 'string':
      if (d.format === 'email') return fc.emailAddress();
      if (d.format === 'datetime') return fc.date({ noInvalidDate: true }).map((x) => x.toISOString());
      if (d.format === 'date') return fc.date({ noInvalidDate: true }).map((x) => x.toISOString().slice(0, 10));
      return fc.string({ maxLength: 40 });
    case 'number':
      return fc.oneof(fc.integer({ min: -5, max: 40 }), fc.double({ noNaN: true, min: -1e6, max: 1e6 }));
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(d.entries ?? {}));
    case 'literal':
      return fc.constantFrom(...(d.values ?? [null]));
    case 'array':
      return depth > 6 ? fc.constant([]) : fc.array(arbitraryFor(d.element!, depth + 1), { maxLength: 14 });
    case 'record': {
      const key = arbitraryFor(d.keyType!, depth + 1) as fc.Arbitrary<string>;
      return fc.dictionary(key, arbitraryFor(d.valueType!, depth + 1), { maxKeys: 9 });
    }
    case 'optional':
    case 'default':
    case 'nullable':
      return fc.option(arbitraryFor(d.innerType!, depth + 1), { nil: undefined });
    case 'union':
      return fc.oneof(...(d.options ?? []).map((o) => arbitraryFor(o, depth + 1)));
    case 'pipe':
      return arbitraryFor(d.in!, depth + 1);
    default:
      return fc.anything();
  }
}

/** Every property name and enum value a schema knows: a field error may name these and nothing the caller made up. */
export function namesIn(schema: Schema, into = new Set<string>(), depth = 0): Set<string> {
  if (depth > 10) return into;
  const d = defOf(schema);
  for (const [k, v] of Object.entries(d.shape ?? {})) {
    into.add(k);
    namesIn(v, into, depth + 1);
  }
  for (const v of Object.values(d.entries ?? {})) into.add(v);
  for (const s of [d.element, d.keyType, d.valueType, d.innerType, d.in, ...(d.options ?? [])]) if (s) namesIn(s, into, depth + 1);
  return into;
}

/** Keys that must never reach a field error: filter injection, prototype keys, mixed scripts, huge. */
export const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', "x' || 1=1 || '", '") || id != ""', 'ก1.๑', 'k'.repeat(5000), 'toString', '$where', '9.9'];

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  // wrong types
  fc.constantFrom(null, true, false, [], {}, [[]], { $gt: '' }),
  // numbers a person cannot mean
  fc.constantFrom(-1, -0.001, 1.5, 1e308, -1e308, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 2 ** 53 + 1, Number.MIN_VALUE, 99_999_999_999),
  // numbers written as text: Thai digits, separators, exponents, hex
  fc.constantFrom('๑๒๓', '1,000', '1e3', '0x10', '12.5.3', ' 7 ', '٣'),
  // filter injection and markup
  fc.constantFrom("x' || 1=1 || '", '") || id != ""', "'; DROP TABLE budget_reports; --", '<script>alert(1)</script>', '${7*7}', '{{7*7}}', '../../etc/passwd', 'id != ""'),
  // mixed scripts, control and odd characters
  fc.constantFrom('ตำบลhuai แห้ง123', 'a\u0000b', '\u202Eevil', '🙂'.repeat(50), 'ก'.repeat(1001), ' '),
  // huge strings
  fc.constantFrom('x'.repeat(100_000), 'ก'.repeat(20_000)),
  // objects with prototype keys as own properties, as JSON.parse makes them
  fc.constantFrom(JSON.parse('{"__proto__": {"admin": true}}'), JSON.parse('{"constructor": {"prototype": {"x": 1}}}'), Object.fromEntries(HOSTILE_KEYS.map((k) => [k, 1]))),
  fc.string({ maxLength: 30 }),
  fc.anything({ maxDepth: 2 }),
);

/** A path into a value: the properties and indexes to follow. */
type Path = (string | number)[];

function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (prefix.length > 5 || value === null || typeof value !== 'object') return out;
  for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, Array.isArray(value) ? Number(k) : k], out);
  return out;
}

function setAt(value: unknown, path: Path, replacement: unknown): unknown {
  if (!path.length) return replacement;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  const [head, ...rest] = path as [string | number, ...Path];
  copy[head] = setAt(copy[head], rest, replacement);
  return copy;
}

/**
 * A base input spoiled by one to three hostile changes: a value replaced, a hostile key added next to the real
 * ones, or a field dropped.
 */
export function spoiled(base: unknown): fc.Arbitrary<unknown> {
  const change = fc.tuple(fc.nat(), fc.constantFrom('replace', 'addKey', 'drop'), hostileValue, fc.constantFrom(...HOSTILE_KEYS));
  return fc.array(change, { minLength: 1, maxLength: 3 }).map((changes) => {
    let v = base;
    for (const [n, kind, hostile, key] of changes) {
      const paths = pathsOf(v);
      const at = paths[n % paths.length]!;
      const here = at.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)?.[k], v);
      if (kind === 'replace') v = setAt(v, at, hostile);
      else if (kind === 'addKey' && here && typeof here === 'object' && !Array.isArray(here)) {
        const withKey = { ...(here as object) };
        Object.defineProperty(withKey, key, { value: hostile, enumerable: true, configurable: true, writable: true });
        v = setAt(v, at, withKey);
      } else if (kind === 'drop' && at.length) {
        const parent = at.slice(0, -1).reduce<unknown>((o, k) => (o as Record<string | number, unknown>)?.[k], v);
        if (parent && typeof parent === 'object' && !Array.isArray(parent)) {
          const { [at[at.length - 1]!]: _gone, ...rest } = parent as Record<string, unknown>;
          v = setAt(v, at.slice(0, -1), rest);
        }
      } else v = setAt(v, at, hostile);
    }
    return v;
  });
}
