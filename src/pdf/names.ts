/**
 * "Replace names with roles": every team member's name, wherever it appears
 * in printed text, becomes their role (or "Team member" when no role was
 * given). Whole names and the "Name (Role)" form the worksheets save are
 * replaced first, then each capitalised part of a name of three letters or
 * more, so "Sam" alone is caught too.
 */
import type { TeamMember } from '../model/workbook';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Text with every team name swapped for a role; identity when there are no names. */
export function namesToRoles(team: readonly TeamMember[]): (text: string) => string {
  const pairs: [string, string][] = [];
  for (const member of team) {
    const name = member.name?.trim();
    if (!name) continue;
    const role = member.role?.trim() || 'Team member';
    pairs.push([`${name} (${role})`, role], [name, role]);
    for (const part of name.split(/\s+/)) if (part.length >= 3 && /^\p{Lu}/u.test(part)) pairs.push([part, role]);
  }
  if (pairs.length === 0) return (text) => text;
  pairs.sort((a, b) => b[0].length - a[0].length);
  const lookup = new Map(pairs.map(([name, role]) => [name, role]));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${pairs.map(([name]) => escape(name)).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return (text) => text.replace(pattern, (match) => lookup.get(match) ?? 'Team member');
}
