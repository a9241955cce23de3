/**
 * A status shown as words with a small shape beside them, so it reads the
 * same in colour, in greyscale print and to a screen reader (the shape is
 * decorative; the words carry the meaning). Reused by the status field, the
 * table's status column and the cycle dashboard.
 */
import type { ComponentChildren } from 'preact';
import { formatDateInWords } from '../../lib/dates';
import { STATUS_LABELS } from './schema';
import type { StatusValue } from './schema';
import './status.css';

/** Each status's shape: it differs in outline as well as colour. */
const SHAPES: Record<StatusValue | 'none' | 'overdue', ComponentChildren> = {
  none: <circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" stroke-width="1.5" stroke-dasharray="2 2" />,
  'not-started': <circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" stroke-width="2" />,
  'on-track': <path d="M3 8a5 5 0 1 0 10 0A5 5 0 1 0 3 8z" fill="currentColor" />,
  'at-risk': <path d="M8 1.5 15 14.5H1z" fill="currentColor" />,
  'off-track': <path d="M8 1 15 8 8 15 1 8z" fill="currentColor" />,
  done: <path d="M2.5 8.5 6.5 12.5 13.5 3.5" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round" />,
  overdue: (
    <g fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round">
      <circle cx="8" cy="8" r="6" />
      <path d="M8 4.5V8l2.5 2" />
    </g>
  ),
};

/** The decorative shape for a status, Overdue, or no status yet. */
export function StatusShape({ kind }: { kind: StatusValue | 'none' | 'overdue' }) {
  return (
    <svg class="status-badge__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      {SHAPES[kind]}
    </svg>
  );
}

/** Props for StatusBadge. */
export interface StatusBadgeProps {
  /** The chosen status; undefined shows "No status yet". */
  status: StatusValue | undefined;
  /** True when the due date has passed and it is not done (work it out with isOverdue). */
  overdue?: boolean | undefined;
  /** The due date (YYYY-MM-DD), shown in words with Overdue. */
  due?: string | undefined;
}

/** "Overdue", with the due date in words when known. */
export function OverdueBadge({ due }: { due?: string | undefined }) {
  const words = formatDateInWords(due);
  return (
    <span class="status-badge status-badge--overdue">
      <StatusShape kind="overdue" />
      <span>{words ? `Overdue (due ${words})` : 'Overdue'}</span>
    </span>
  );
}

/** Draws a status as a shape and words, followed by Overdue when it applies. */
export function StatusBadge({ status, overdue = false, due }: StatusBadgeProps) {
  return (
    <span class="status-badges">
      <span class={`status-badge status-badge--${status ?? 'none'}`}>
        <StatusShape kind={status ?? 'none'} />
        <span>{status ? STATUS_LABELS[status] : 'No status yet'}</span>
      </span>
      {overdue ? <OverdueBadge due={due} /> : null}
    </span>
  );
}
