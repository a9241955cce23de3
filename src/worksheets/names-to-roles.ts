/**
 * "Replace names with roles": the one implementation, used by the PDF, the
 * plan view (print route) and export file names. Pure; no state.
 *
 * Each team member with a name gets a label: their role, or "Team member"
 * when no role was given. When two named members share a label (compared
 * without case or accents) each gets a number in team order, "Teacher 1",
 * "Teacher 2", so a table of the team never reads "Teacher | Teacher".
 *
 * Matching is on whole words, without regard to case or accents, and the
 * text is compared after Unicode normalisation, so "Dafydd", "DAFYDD",
 * "dafydd" and a name typed with decomposed accents all match. Only the
 * matched words change: everything around them is kept exactly as it was.
 *
 * The rule, longest match first:
 * 1. The full name, in any case, with or without " (Role)" after it:
 *    "Marcus Hall", "marcus hall", "DAFYDD LLOYD", "Asha Patel (SENCo)".
 * 2. A surname of several words ("van der Berg"), in any case.
 * 3. The first name alone (two letters or more, so "Al" and "Jo" count), in
 *    any case: missing a name is a privacy leak, replacing a word is not.
 * 4. The last word of the name alone ("Hall") only when written with a
 *    capital first letter ("Hall", "HALL", never "hall").
 * Rules 3 and 4 never apply straight after "the", "a" or "an", so "the Hall
 * balcony" and "a Will" stay as written. Middle names and single letters are
 * not replaced on their own. A word that is the first name or surname of
 * two people with different labels becomes "Team member": it is still
 * replaced, but never guessed.
 *
 * `previewReplacements` lists every replacement a filter would make in
 * some texts, with a little context, for the export options to show.
 */
import type { TeamMember } from '../model/workbook';

/** A function that rewrites one piece of text. */
export type TextFilter = (text: string) => string;

/** Leaves text as it is. */
export const keepText: TextFilter = (text) => text;

/** The label a member without a role gets. */
export const NO_ROLE_LABEL = 'Team member';

/** Lower case, accents removed, for comparing names and text. */
const foldChar = (char: string) => char.normalize('NFD').toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

/** The folded text and, for each of its characters, where it came from in the original. */
function fold(text: string): { folded: string; starts: number[]; ends: number[] } {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  for (const char of text) {
    const out = foldChar(char);
    // A combining mark folds to nothing: it belongs to the character before it.
    if (out === '' && ends.length > 0) ends[ends.length - 1] = index + char.length;
    for (const unit of out) {
      folded += unit;
      starts.push(index);
      ends.push(index + char.length);
    }
    index += char.length;
  }
  return { folded, starts, ends };
}

const foldText = (text: string) => fold(text).folded;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ARTICLE_BEFORE = /(?:^|[^\p{L}\p{N}])(?:the|a|an)\s+$/iu;

/** How a folded form may be matched. */
interface Candidate {
  label: string;
  /** Only after a capital letter, and never after an article (rule 4). */
  needsCapital: boolean;
  /** Never after an article (rules 3 and 4). */
  notAfterArticle: boolean;
}

/** A member's role as written, or "Team member". */
const baseLabel = (member: TeamMember) => member.role?.trim().replace(/\s+/g, ' ') || NO_ROLE_LABEL;

/** How many named members have each label (compared folded). */
function labelTotals(team: readonly TeamMember[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const member of team) {
    if (!member.name?.trim()) continue;
    const key = foldText(baseLabel(member));
    totals.set(key, (totals.get(key) ?? 0) + 1);
  }
  return totals;
}

/** One label per named team member (by id), numbered in team order when a label is shared. */
export function roleLabels(team: readonly TeamMember[]): Map<string, string> {
  const totals = labelTotals(team);
  const seen = new Map<string, number>();
  const labels = new Map<string, string>();
  for (const member of team) {
    if (!member.name?.trim()) continue;
    const key = foldText(baseLabel(member));
    const number = (seen.get(key) ?? 0) + 1;
    seen.set(key, number);
    labels.set(member.id, (totals.get(key) ?? 0) > 1 ? `${baseLabel(member)} ${number}` : baseLabel(member));
  }
  return labels;
}

/** True when two named team members share a role, so their labels carry numbers. */
export function sharesARole(team: readonly TeamMember[]): boolean {
  return [...labelTotals(team).values()].some((total) => total > 1);
}

/** Adds a candidate, merging with one already there (ambiguous labels become "Team member"). */
function add(candidates: Map<string, Candidate>, form: string, candidate: Candidate): void {
  const key = foldText(form);
  if (key.length < 2) return;
  const old = candidates.get(key);
  if (!old) return void candidates.set(key, candidate);
  candidates.set(key, {
    label: old.label === candidate.label ? old.label : NO_ROLE_LABEL,
    needsCapital: old.needsCapital && candidate.needsCapital,
    notAfterArticle: old.notAfterArticle && candidate.notAfterArticle,
  });
}

/** Every folded form that is replaced, and how. */
function candidatesFor(team: readonly TeamMember[]): Map<string, Candidate> {
  const labels = roleLabels(team);
  const full = new Map<string, Candidate>();
  const parts = new Map<string, Candidate>();
  for (const member of team) {
    const label = labels.get(member.id);
    const words = member.name?.trim().split(/\s+/) ?? [];
    if (!label || words.length === 0) continue;
    const always = { label, needsCapital: false, notAfterArticle: false };
    if (member.role?.trim()) add(full, `${words.join(' ')} (${member.role.trim()})`, always);
    add(parts, words[0]!, { label, needsCapital: false, notAfterArticle: true });
    if (words.length < 2) continue;
    add(full, words.join(' '), always);
    if (words.length > 2) add(full, words.slice(1).join(' '), always);
    add(parts, words.at(-1)!, { label, needsCapital: true, notAfterArticle: true });
  }
  // A full name always wins over the same words as a part of someone else's name.
  for (const [key, candidate] of full) parts.set(key, candidate);
  return parts;
}

/** The pattern for a folded form: whitespace in it matches any run of whitespace. */
const formPattern = (form: string) => escape(form).replace(/ \\\(/g, '\\s*\\(').replace(/ /g, '\\s+');

/** One replacement found in a text. */
interface Found {
  start: number;
  end: number;
  label: string;
}

/** Finds every replacement in a text, in order. */
function findAll(text: string, candidates: Map<string, Candidate>, pattern: RegExp): Found[] {
  const { folded, starts, ends } = fold(text);
  const found: Found[] = [];
  for (const match of folded.matchAll(pattern)) {
    const key = match[0].replace(/\s*\(/g, ' (').replace(/\s+/g, ' ');
    const candidate = candidates.get(key);
    if (!candidate) continue;
    const start = starts[match.index]!;
    const end = ends[match.index + match[0].length - 1]!;
    if (candidate.needsCapital && !/^\p{Lu}/u.test(text.slice(start))) continue;
    if (candidate.notAfterArticle && ARTICLE_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    found.push({ start, end, label: candidate.label });
  }
  return found;
}

/** The matcher for a team, or undefined when nobody has a name. */
function matcherFor(team: readonly TeamMember[]): ((text: string) => Found[]) | undefined {
  const candidates = candidatesFor(team);
  if (candidates.size === 0) return undefined;
  const forms = [...candidates.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map(formPattern).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return (text) => findAll(text, candidates, pattern);
}

/** The filter that swaps each team member's name for their role; identity when nobody has a name. */
export function namesToRoles(team: readonly TeamMember[]): TextFilter {
  const matcher = matcherFor(team);
  if (!matcher) return keepText;
  return (text) => {
    let out = '';
    let from = 0;
    for (const { start, end, label } of matcher(text)) {
      out += text.slice(from, start) + label;
      from = end;
    }
    return out + text.slice(from);
  };
}

/** One kind of replacement: the words as written, what they become, how often, and where first. */
export interface Replacement {
  found: string;
  replacement: string;
  count: number;
  /** The first place it was found, with a few words either side. */
  context: string;
}

/** Every replacement the team's filter makes in these texts, in the order first found. */
export function previewReplacements(team: readonly TeamMember[], texts: Iterable<string>): Replacement[] {
  const matcher = matcherFor(team);
  if (!matcher) return [];
  const list = new Map<string, Replacement>();
  for (const text of texts) {
    for (const { start, end, label } of matcher(text)) {
      const found = text.slice(start, end);
      const key = `${found.normalize('NFC')}\u0000${label}`;
      const old = list.get(key);
      if (old) old.count += 1;
      else list.set(key, { found, replacement: label, count: 1, context: contextOf(text, start, end) });
    }
  }
  return [...list.values()];
}

/** The text around a match, trimmed to about 30 characters each side. */
function contextOf(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 30), start).replace(/\s+/g, ' ');
  const after = text.slice(end, end + 30).replace(/\s+/g, ' ');
  return `${start > 30 ? '…' : ''}${before}${text.slice(start, end)}${after}${end + 30 < text.length ? '…' : ''}`;
}

/** Every string held in a value (a workbook, an answer), for the preview. */
export function textsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(textsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(textsIn);
  return [];
}
