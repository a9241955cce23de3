/**
 * Generates malformed and hostile workbook and contribution files for the
 * bad-input suite (tests/unit/hostile/): truncated JSON, wrong types in every
 * field, huge strings, deep nesting, prototype-pollution keys, future
 * versions, wrong format names, files of the other kind, NUL bytes and lone
 * surrogates, and a 50 MB file. Pure data: nothing here touches the app.
 */
import { buildContribution, serializeContributionFile } from '../../src/model/contribution';
import { serializeWorkbookFile } from '../../src/model/file-format';
import { createWorkbook, type Workbook } from '../../src/model/workbook';

/** One generated file: a name for the test title and the file's text. */
export interface HostileFile {
  name: string;
  /** Which reader it was made for (both readers still get every file). */
  kind: 'workbook' | 'contribution';
  text: string;
}

const AT = '2025-10-03T10:00:00.000Z';
type Raw = Record<string, unknown>;

/** A valid workbook with one answer, as the base every variant changes. */
export function baseWorkbook(): Workbook {
  const workbook = createWorkbook('Hostile plan', AT, 'wb-hostile');
  const cycle = workbook.cycles[0]!;
  cycle.id = 'c1';
  workbook.currentCycleId = 'c1';
  cycle.answers = { 'our-goal': { goals: { value: [{ id: 'g1', cells: { goal: 'Calmer mornings' } }], updatedAt: AT } } };
  return workbook;
}

/** The base files' parsed envelopes, freshly copied each call. */
function baseFile(): Raw {
  return JSON.parse(serializeWorkbookFile(baseWorkbook(), AT, '0.1.0')) as Raw;
}
function baseContribution(): Raw {
  return JSON.parse(serializeContributionFile(buildContribution(baseWorkbook(), ['our-goal'], 'Year 4 teacher', AT))) as Raw;
}

/** Values of every wrong kind. */
const WRONG_VALUES: Record<string, unknown> = { number: 42, text: 'x', object: { a: 1 }, list: [1, 'two'], null: null, boolean: true };

/** Sets `value` at a dotted path inside a copy of `root` (numbers index lists). */
function setAt(root: Raw, path: string, value: unknown): Raw {
  const copy = structuredClone(root);
  const parts = path.split('.');
  let parent: Raw = copy;
  for (const part of parts.slice(0, -1)) parent = parent[part] as Raw;
  parent[parts.at(-1)!] = value;
  return copy;
}

/** The text of a valid file cut at evenly spaced points. */
function truncated(kind: HostileFile['kind'], text: string, cuts: number): HostileFile[] {
  return Array.from({ length: cuts }, (_, index) => {
    const at = Math.floor(((index + 1) * (text.length - 1)) / (cuts + 1));
    return { name: `${kind} cut at ${String(at)} of ${String(text.length)}`, kind, text: text.slice(0, at) };
  });
}

/** Every wrong kind of value in every listed field. */
function wrongTypes(kind: HostileFile['kind'], root: () => Raw, paths: string[]): HostileFile[] {
  return paths.flatMap((path) =>
    Object.entries(WRONG_VALUES).map(([label, value]) => ({ name: `${kind} ${path} as ${label}`, kind, text: JSON.stringify(setAt(root(), path, value)) })),
  );
}

const WORKBOOK_PATHS = [
  'format', 'schemaVersion', 'appVersion', 'exportedAt', 'workbook',
  'workbook.id', 'workbook.title', 'workbook.setup', 'workbook.setup.team', 'workbook.setup.approaches', 'workbook.setup.policyAreas',
  'workbook.cycles', 'workbook.cycles.0', 'workbook.cycles.0.id', 'workbook.cycles.0.answers', 'workbook.cycles.0.answers.our-goal',
  'workbook.cycles.0.answers.our-goal.goals', 'workbook.cycles.0.answers.our-goal.goals.value', 'workbook.currentCycleId',
  'workbook.schemaVersion', 'workbook.rev', 'workbook.createdAt', 'workbook.updatedAt',
];
const CONTRIBUTION_PATHS = [
  'format', 'schemaVersion', 'appVersion', 'exportedAt', 'contributor', 'sourceWorkbook', 'sourceWorkbook.id', 'sourceWorkbook.title',
  'worksheets', 'worksheets.our-goal', 'worksheets.our-goal.goals', 'worksheets.our-goal.goals.value', 'worksheets.our-goal.goals.updatedAt',
];

/** Text of `depth` nested lists or objects around a value. */
function nested(depth: number, shape: 'list' | 'object'): string {
  return shape === 'list' ? `${'['.repeat(depth)}1${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

/** A file's text with `inner` spliced in place of the marker string value. */
function withRawValue(root: Raw, path: string, inner: string): string {
  return JSON.stringify(setAt(root, path, '@@RAW@@')).replace('"@@RAW@@"', inner);
}

const POLLUTION = ['"__proto__": {"polluted": "yes"}', '"constructor": {"prototype": {"polluted": "yes"}}', '"prototype": {"polluted": "yes"}'];
const POLLUTION_AT_WORKBOOK = ['', 'workbook', 'workbook.setup', 'workbook.cycles.0', 'workbook.cycles.0.answers', 'workbook.cycles.0.answers.our-goal', 'workbook.cycles.0.answers.our-goal.goals', 'workbook.cycles.0.answers.our-goal.goals.value.0'];
const POLLUTION_AT_CONTRIBUTION = ['', 'sourceWorkbook', 'worksheets', 'worksheets.our-goal', 'worksheets.our-goal.goals', 'worksheets.our-goal.goals.value.0.cells'];

/** Pollution keys added as the first key of the (non-empty) object at each path. */
function pollution(kind: HostileFile['kind'], root: () => Raw, paths: string[]): HostileFile[] {
  return paths.flatMap((path) =>
    POLLUTION.map((key) => {
      const original = path === '' ? root() : at(root(), path);
      const inner = `{${key},${JSON.stringify(original).slice(1)}`;
      const text = path === '' ? inner : withRawValue(root(), path, inner);
      return { name: `${kind} ${key.slice(1, key.indexOf('"', 1))} key at ${path || 'top level'}`, kind, text };
    }),
  );
}

/** The value at a dotted path. */
function at(root: Raw, path: string): unknown {
  return path.split('.').reduce<unknown>((value, part) => (value as Raw)[part], root);
}

/** Huge strings, deep nesting and odd characters. */
function oddities(): HostileFile[] {
  const mb = 'A'.repeat(1024 * 1024);
  const w = baseFile;
  const c = baseContribution;
  const value = 'workbook.cycles.0.answers.our-goal.goals.value';
  const cValue = 'worksheets.our-goal.goals.value';
  return [
    { name: '1 MB title', kind: 'workbook', text: JSON.stringify(setAt(w(), 'workbook.title', mb)) },
    { name: '1 MB answer', kind: 'workbook', text: JSON.stringify(setAt(w(), value, mb)) },
    { name: '1 MB worksheet id key', kind: 'workbook', text: JSON.stringify(setAt(w(), `workbook.cycles.0.answers.${mb}`, 5)) },
    { name: '1 MB contributor', kind: 'contribution', text: JSON.stringify(setAt(c(), 'contributor', mb)) },
    { name: '1 MB field id key with a wrong value', kind: 'contribution', text: JSON.stringify(setAt(c(), `worksheets.our-goal.${mb}`, 5)) },
    ...(['list', 'object'] as const).flatMap((shape) => [
      ...[1000, 3000, 4000, 10_000].flatMap((depth) => [
        { name: `${depth.toLocaleString('en-GB')} nested ${shape}s as an answer`, kind: 'workbook' as const, text: withRawValue(w(), value, nested(depth, shape)) },
        { name: `${depth.toLocaleString('en-GB')} nested ${shape}s as a contributed answer`, kind: 'contribution' as const, text: withRawValue(c(), cValue, nested(depth, shape)) },
      ]),
      { name: `10,000 nested ${shape}s as the whole file`, kind: 'workbook' as const, text: nested(10_000, shape) },
      { name: `10,000 nested ${shape}s as the workbook`, kind: 'workbook' as const, text: withRawValue(w(), 'workbook', nested(10_000, shape)) },
    ]),
    { name: 'NUL bytes in the title', kind: 'workbook', text: JSON.stringify(setAt(w(), 'workbook.title', 'a\u0000b\u0000')) },
    { name: 'raw NUL byte outside strings', kind: 'workbook', text: `\u0000${JSON.stringify(w())}` },
    { name: 'lone surrogate escape in an answer', kind: 'workbook', text: withRawValue(w(), value, '"\\ud800 and \\udfff"') },
    { name: 'raw lone surrogate in the title', kind: 'workbook', text: JSON.stringify(setAt(w(), 'workbook.title', 'x\ud800y')) },
    { name: 'lone surrogate in the contributor', kind: 'contribution', text: withRawValue(c(), 'contributor', '"\\udc00"') },
    { name: 'byte-order mark before the file', kind: 'workbook', text: `\ufeff${JSON.stringify(w())}` },
  ];
}

/** Versions, format names, files of the other kind and non-objects. */
function envelopes(): HostileFile[] {
  const w = baseFile;
  const c = baseContribution;
  const versions: unknown[] = [2, 999, 1e308, 0, -1, 1.5];
  const formats: unknown[] = ['', 'Belonging-Workbook', 'belonging-workbook ', 'belonging-workbook-contribution-v2', 'something-else'];
  const missing = (root: Raw, key: string): string => JSON.stringify(Object.fromEntries(Object.entries(root).filter(([name]) => name !== key)));
  const notObjects = ['', ' ', 'null', '[]', '"text"', '42', 'true', '<html>hello</html>', '{"format":"belonging-workbook"'];
  return [
    ...versions.flatMap((version) => [
      { name: `workbook file version ${String(version)}`, kind: 'workbook' as const, text: JSON.stringify(setAt(w(), 'schemaVersion', version)) },
      { name: `workbook version ${String(version)} inside`, kind: 'workbook' as const, text: JSON.stringify(setAt(w(), 'workbook.schemaVersion', version)) },
      { name: `contribution version ${String(version)}`, kind: 'contribution' as const, text: JSON.stringify(setAt(c(), 'schemaVersion', version)) },
    ]),
    ...formats.flatMap((format) => [
      { name: `workbook format “${String(format)}”`, kind: 'workbook' as const, text: JSON.stringify(setAt(w(), 'format', format)) },
      { name: `contribution format “${String(format)}”`, kind: 'contribution' as const, text: JSON.stringify(setAt(c(), 'format', format)) },
    ]),
    { name: 'workbook file without a format', kind: 'workbook', text: missing(w(), 'format') },
    { name: 'contribution without a format', kind: 'contribution', text: missing(c(), 'format') },
    { name: 'workbook file without a workbook', kind: 'workbook', text: missing(w(), 'workbook') },
    { name: 'contribution without worksheets', kind: 'contribution', text: missing(c(), 'worksheets') },
    { name: 'a whole workbook given as a contribution', kind: 'contribution', text: JSON.stringify(w()) },
    { name: 'a contribution given as a workbook', kind: 'workbook', text: JSON.stringify(c()) },
    { name: 'a bare workbook without its envelope', kind: 'workbook', text: JSON.stringify(w()['workbook']) },
    ...notObjects.map((text) => ({ name: `the text ${JSON.stringify(text)}`, kind: 'workbook' as const, text })),
  ];
}

/** Every generated hostile file except the 50 MB one (see `fiftyMegabyteFile`). */
export function hostileFiles(): HostileFile[] {
  return [
    ...truncated('workbook', serializeWorkbookFile(baseWorkbook(), AT, '0.1.0'), 20),
    ...truncated('contribution', serializeContributionFile(baseContribution() as never), 10),
    ...wrongTypes('workbook', baseFile, WORKBOOK_PATHS),
    ...wrongTypes('contribution', baseContribution, CONTRIBUTION_PATHS),
    ...pollution('workbook', baseFile, POLLUTION_AT_WORKBOOK),
    ...pollution('contribution', baseContribution, POLLUTION_AT_CONTRIBUTION),
    ...oddities(),
    ...envelopes(),
  ];
}

/** A 50 MB file that starts like a real workbook file. */
export function fiftyMegabyteFile(): HostileFile {
  const head = '{"format":"belonging-workbook","schemaVersion":1,"workbook":{"id":"x","title":"';
  return { name: '50 MB file', kind: 'workbook', text: `${head}${'B'.repeat(50 * 1024 * 1024)}"}}` };
}
