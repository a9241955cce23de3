/**
 * The workshop plans from the facilitator's guide
 * (content/guide/facilitator-guide.mdx), as data: each step's activity, its
 * minutes and who leads, and the worksheet (and prompt) it uses. A unit test
 * checks these against the guide's tables, so change both together.
 */

/** One step of a workshop plan. */
export interface AgendaStep {
  /** The activity, in the guide's words. */
  title: string;
  /** How long it takes, in minutes. */
  minutes: number;
  /** Who leads or takes part. */
  who: string;
  /** The worksheet the step uses, if any. */
  worksheet?: string;
  /** The prompt (field id) on that worksheet to start at, if not the first. */
  field?: string;
}

/** One plan: the 90-minute workshop, or one of the three 45-minute sessions. */
export interface Agenda {
  /** Stable id, used in the chooser. */
  id: string;
  /** Its name in the chooser. */
  title: string;
  /** The steps, in order. */
  steps: AgendaStep[];
}

const WELCOME: AgendaStep = { title: 'Welcome, purpose, ground rules', minutes: 5, who: 'Facilitator' };
const BELONGING: AgendaStep = { title: 'What belonging means here: think alone, then share', minutes: 10, who: 'Everyone; scribe', worksheet: 'what-belonging-means' };

/** Every plan in the facilitator's guide, in the order the chooser offers them. */
export const AGENDAS: readonly Agenda[] = [
  {
    id: 'ninety',
    title: '90-minute workshop',
    steps: [
      WELCOME,
      BELONGING,
      { title: 'Policy audit: pairs take one policy area each', minutes: 20, who: 'Pairs; timekeeper', worksheet: 'policy-audit' },
      { title: 'What pupils, families and staff have told us', minutes: 10, who: 'Facilitator presents; everyone', worksheet: 'voices-we-heard' },
      { title: 'Strengths and barriers', minutes: 10, who: 'Everyone; scribe', worksheet: 'strengths-and-barriers' },
      { title: 'Short break', minutes: 5, who: 'Everyone' },
      { title: 'Impact × effort grid, dot vote, agree up to three priorities', minutes: 12, who: 'Everyone; timekeeper', worksheet: 'choosing-our-focus' },
      { title: 'First actions: for each priority, a goal, a first step, a lead and a date', minutes: 13, who: 'Small groups', worksheet: 'action-plan' },
      { title: 'Parking lot, next steps, who exports and shares', minutes: 5, who: 'Facilitator; scribe' },
    ],
  },
  {
    id: 'session-1',
    title: 'Three 45-minute sessions: session 1, Reflect, part one',
    steps: [
      WELCOME,
      BELONGING,
      { title: 'Policy audit in pairs, one policy area each', minutes: 25, who: 'Pairs; timekeeper', worksheet: 'policy-audit' },
      { title: 'What views do we need before next time, and who will gather them?', minutes: 5, who: 'Facilitator', worksheet: 'voices-we-heard' },
    ],
  },
  {
    id: 'session-2',
    title: 'Three 45-minute sessions: session 2, Reflect, part two',
    steps: [
      { title: 'Recap and ground rules', minutes: 3, who: 'Facilitator' },
      { title: 'What pupils, families and staff have told us', minutes: 12, who: 'Facilitator presents; everyone', worksheet: 'voices-we-heard' },
      { title: 'Strengths and barriers', minutes: 10, who: 'Everyone; scribe', worksheet: 'strengths-and-barriers' },
      { title: 'Impact × effort grid and dot vote', minutes: 15, who: 'Everyone; timekeeper', worksheet: 'choosing-our-focus', field: 'matrix' },
      { title: 'Agree up to three priorities; park the rest', minutes: 5, who: 'Facilitator', worksheet: 'choosing-our-focus', field: 'priorities' },
    ],
  },
  {
    id: 'session-3',
    title: 'Three 45-minute sessions: session 3, Plan',
    steps: [
      { title: 'Recap the priorities', minutes: 3, who: 'Facilitator', worksheet: 'choosing-our-focus', field: 'priorities' },
      { title: 'Goal and why for each priority', minutes: 7, who: 'Small groups', worksheet: 'our-goal' },
      { title: 'Actions, leads, dates and resources', minutes: 18, who: 'Small groups; scribe in each', worksheet: 'action-plan' },
      { title: "How we'll know: indicators, baseline, target", minutes: 10, who: 'Small groups', worksheet: 'how-well-know' },
      { title: 'Share plans; agree first check-in date', minutes: 7, who: 'Facilitator; timekeeper', worksheet: 'check-ins' },
    ],
  },
];

/** The plan with this id, if any. */
export function agendaById(id: string | null | undefined): Agenda | undefined {
  return AGENDAS.find((agenda) => agenda.id === id);
}

/** Minutes from the start of the plan to the start of each step. */
export function stepStarts(agenda: Agenda): number[] {
  let at = 0;
  return agenda.steps.map((step) => {
    const start = at;
    at += step.minutes;
    return start;
  });
}

/** A number of minutes from the start as "0:05" or "1:12", as the guide writes times. */
export function clockTime(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The plan's total length in minutes. */
export function totalMinutes(agenda: Agenda): number {
  return agenda.steps.reduce((sum, step) => sum + step.minutes, 0);
}
