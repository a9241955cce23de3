/**
 * "Replace names with roles" for the plan view: a pure text filter built
 * from the team in the workbook's setup. Every whole-word occurrence of a
 * member's full name (any case), with or without "(Role)" after it, becomes
 * their role; so does each part of a longer name written with a capital
 * ("Patel" of "Asha Patel"). A member with no role becomes "Team member".
 */
import type { TeamMember } from '../../model/workbook';

/** A function that rewrites one piece of text. */
export type TextFilter = (text: string) => string;

/** Leaves text as it is. */
export const keepText: TextFilter = (text) => text;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const word = (pattern: string) => `(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`;

interface Swap {
  pattern: RegExp;
  role: string;
}

function swapsFor(member: TeamMember): Swap[] {
  const name = member.name?.trim().replace(/\s+/g, ' ') ?? '';
  if (name === '') return [];
  const role = member.role?.trim() || 'Team member';
  const withRole = `${escape(name).replace(/ /g, '\\s+')}(?:\\s*\\(${escape(role)}\\))?`;
  const parts = name.split(' ').filter((part) => part.length > 1);
  const partSwaps = parts.length > 1 ? parts.map((part) => ({ pattern: new RegExp(word(escape(part)), 'gu'), role })) : [];
  return [{ pattern: new RegExp(word(withRole), 'giu'), role }, ...partSwaps];
}

/** The filter that swaps each team member's name for their role; identity when nobody has a name. */
export function namesToRoles(team: readonly TeamMember[]): TextFilter {
  // Full names first, longest first, so "Ann Lee" is swapped before "Ann" could be.
  const full = team.flatMap((member) => swapsFor(member).slice(0, 1));
  const parts = team.flatMap((member) => swapsFor(member).slice(1));
  const swaps = [...full, ...parts].sort((a, b) => b.pattern.source.length - a.pattern.source.length);
  if (swaps.length === 0) return keepText;
  return (text) => swaps.reduce((out, swap) => out.replace(swap.pattern, swap.role), text);
}
