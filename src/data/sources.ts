/**
 * Every source the workbook cites. Guide pages name sources by id in their
 * frontmatter (`sources:`) and inline with `<Cite id="…" />`; an id that is
 * not listed here fails the build. The About page lists them all.
 */
export const SOURCE_IDS = [
  'belonging-in-school-summary',
  'belonging-in-school-part-1',
  'belonging-in-school-part-2',
  'belonging-in-school-site',
  'greany-2023',
  'inclusion-in-practice-2025',
  'connection-factor',
  'goodenow-grady-1993',
  'goodenow-1993-pssm',
] as const;

/** One of the ids above. */
export type SourceId = (typeof SOURCE_IDS)[number];

/** A citable source, written as the workbook shows it. */
export interface Source {
  /** Short in-text form, such as "Greany et al., 2023". */
  short: string;
  /** The full reference. */
  full: string;
  /** Where to read it, when it is freely available online. */
  url?: string;
}

/** Full details for every source id. */
export const SOURCES: Record<SourceId, Source> = {
  'belonging-in-school-summary': {
    short: 'Zdorovtsova, Alcorn & Astle, 2023',
    full: 'Zdorovtsova, N., Alcorn, A. M., & Astle, D. E. (2023). Belonging in School Executive Summary: School-level approaches for developing inclusive policy. Medical Research Council Cognition and Brain Sciences Unit, University of Cambridge.',
    url: 'https://inclusion.mrc-cbu.cam.ac.uk/',
  },
  'belonging-in-school-part-1': {
    short: 'Alcorn, Zdorovtsova & Astle, 2023a',
    full: 'Alcorn, A. M., Zdorovtsova, N., & Astle, D. E. (2023). Belonging in School Part 1: An Introduction to School-level Approaches for Developing Inclusive Policy. Medical Research Council Cognition and Brain Sciences Unit, University of Cambridge.',
    url: 'https://inclusion.mrc-cbu.cam.ac.uk/',
  },
  'belonging-in-school-part-2': {
    short: 'Alcorn, Zdorovtsova & Astle, 2023b',
    full: 'Alcorn, A. M., Zdorovtsova, N., & Astle, D. E. (2023). Belonging in School Part 2: A Practical Guide to Inclusive Policy Planning (version 1.0, September 2023). Medical Research Council Cognition and Brain Sciences Unit, University of Cambridge.',
    url: 'https://inclusion.mrc-cbu.cam.ac.uk/',
  },
  'belonging-in-school-site': {
    short: 'Belonging in School, 2023',
    full: 'Introducing Belonging in School: a school-level resource for developing inclusive policies. Belonging in School website, MRC Cognition and Brain Sciences Unit, University of Cambridge (2023), including its 40-minute introductory webinar.',
    url: 'https://inclusion.mrc-cbu.cam.ac.uk/',
  },
  'greany-2023': {
    short: 'Greany et al., 2023',
    full: 'Greany, T. et al. (2023). Belonging Schools: how do relatively more inclusive secondary schools approach and practise inclusion? University of Nottingham for Teach First; summarised in Impact, the journal of the Chartered College of Teaching.',
  },
  'inclusion-in-practice-2025': {
    short: 'Inclusion in Practice, n.d.',
    full: 'Inclusion in Practice and ImpactEd Group (n.d.). Effective inclusion practice in mainstream schools: five emerging principles of promising practice, from a national call for evidence in England. Convened by Tom Rees with Ambition Institute and the Confederation of School Trusts.',
  },
  'connection-factor': {
    short: 'The Connection Factor, n.d.',
    full: 'The Connection Factor: How Schools Can Build a Sense of Belonging (n.d., after May 2025). Online article on relationships, restorative practice, peers, targeted support, representation, enrichment, pupil voice and families.',
  },
  'goodenow-grady-1993': {
    short: 'Goodenow & Grady, 1993',
    full: 'Goodenow, C., & Grady, K. E. (1993). The relationship of school belonging and friends\u2019 values to academic motivation among urban adolescent students. Journal of Experimental Education, 62(1), 60\u201371.',
  },
  'goodenow-1993-pssm': {
    short: 'Goodenow, 1993',
    full: 'Goodenow, C. (1993). The Psychological Sense of School Membership among adolescents: scale development and educational correlates. Psychology in the Schools, 30(1), 79\u201390.',
  },
};
