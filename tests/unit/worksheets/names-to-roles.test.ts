/** Names → roles, the one implementation shared by the PDF, the plan view and file names. */
import { describe, expect, it } from 'vitest';
import { keepText, namesToRoles, previewReplacements, roleLabels, textsIn } from '../../../src/worksheets/names-to-roles';
import { downloadName, fileNameFromTitle } from '../../../src/worksheets/file-names';

describe('namesToRoles', () => {
  const swap = namesToRoles([
    { id: 't1', name: 'Asha Patel', role: 'SENCo' },
    { id: 't2', role: 'Head' },
    { id: 't3', name: 'Sam' },
  ]);

  it('replaces a full name, with or without its role after it, by the role', () => {
    expect(swap('Lead: Asha Patel (SENCo)')).toBe('Lead: SENCo');
    expect(swap('Lead: Asha  Patel(SENCo)')).toBe('Lead: SENCo');
    expect(swap('asha patel will ask the council')).toBe('SENCo will ask the council');
  });

  it('replaces a capitalised part of a longer name, and a name with no role by "Team member"', () => {
    expect(swap('Ms Patel agreed; Sam will write it up.')).toBe('Ms SENCo agreed; Team member will write it up.');
  });

  it('leaves words that only contain a name alone', () => {
    expect(swap('Samples and sample sizes')).toBe('Samples and sample sizes');
  });

  it('is the identity when nobody has a name', () => {
    expect(namesToRoles([{ id: 't2', role: 'Head' }])).toBe(keepText);
    expect(namesToRoles([])('Nothing to do')).toBe('Nothing to do');
  });
});

describe('matching names as people write them', () => {
  const team = [
    { id: 'm1', name: 'Marcus Hall', role: 'Pastoral Support Manager' },
    { id: 'm2', name: 'Dafydd Lloyd', role: 'Deputy Head' },
    { id: 'm3', name: 'Al Khan', role: 'Year 4 teacher' },
    { id: 'm4', name: 'Jo Bell', role: 'Governor' },
    { id: 'm5', name: 'Siân Öztürk', role: 'SENCo' },
    { id: 'm6', name: 'Anne van der Berg', role: 'Parent' },
  ];
  const swap = namesToRoles(team);

  it('replaces names typed in lower case', () => {
    expect(swap('marcus hall and dafydd lloyd will meet; marcus sends notes.')).toBe('Pastoral Support Manager and Deputy Head will meet; Pastoral Support Manager sends notes.');
  });

  it('replaces names typed in upper case', () => {
    expect(swap('LEAD: DAFYDD LLOYD. MARCUS TO CHECK WITH LLOYD.')).toBe('LEAD: Deputy Head. Pastoral Support Manager TO CHECK WITH Deputy Head.');
  });

  it('replaces short first names', () => {
    expect(swap('Al and Jo run the club; ask jo first.')).toBe('Year 4 teacher and Governor run the club; ask Governor first.');
    expect(swap('Also, Joan and all of the alphabet stay.')).toBe('Also, Joan and all of the alphabet stay.');
  });

  it('replaces names written with decomposed accents', () => {
    const decomposed = 'Si\u0061\u0302n O\u0308ztu\u0308rk leads; ask Sia\u0302n.';
    expect(swap(decomposed)).toBe('SENCo leads; ask SENCo.');
    expect(swap('SIÂN ÖZTÜRK, sian ozturk and Öztürk')).toBe('SENCo, SENCo and SENCo');
    // The text around a name keeps its own form, decomposed or not.
    expect(swap('Cafe\u0301 with Siân')).toBe('Cafe\u0301 with SENCo');
  });

  it('keeps ordinary words that match a surname', () => {
    expect(swap('We met on the Hall balcony, then in a Hall upstairs; the hall was cold.')).toBe('We met on the Hall balcony, then in a Hall upstairs; the hall was cold.');
    expect(swap('Ring the bell. Ms Bell and Mr Hall agreed.')).toBe('Ring the bell. Ms Governor and Mr Pastoral Support Manager agreed.');
  });

  it('replaces a surname of several words but never a particle alone', () => {
    expect(swap('Mrs van der Berg drove the van.')).toBe('Mrs Parent drove the van.');
    expect(swap('Anne said so, and Berg agreed')).toBe('Parent said so, and Parent agreed');
  });

  it('replaces a word two people share with "Team member", never one of their roles', () => {
    const shared = namesToRoles([
      { id: 'a', name: 'Sam Lee', role: 'Head' },
      { id: 'b', name: 'Sam Ray', role: 'Chair' },
    ]);
    expect(shared('Sam Lee and Sam Ray; Sam will write.')).toBe('Head and Chair; Team member will write.');
  });
});

describe('labels for a team', () => {
  it('keeps two people with the same role apart', () => {
    const team = [
      { id: 'a', name: 'Ruth Evans', role: 'Headteacher' },
      { id: 'b', name: 'Owen Price', role: 'Teacher' },
      { id: 'c', name: 'Ffion Jones', role: 'headteacher' },
      { id: 'd', role: 'Teacher' },
    ];
    expect([...roleLabels(team).values()]).toEqual(['Headteacher 1', 'Teacher', 'headteacher 2']);
    const swap = namesToRoles(team);
    expect(`${swap('Ruth Evans')} | Headteacher`).not.toBe(`${swap('Ffion Jones')} | Headteacher`);
    expect(swap('Ruth Evans (Headteacher) and Ffion Jones')).toBe('Headteacher 1 and headteacher 2');
  });
});

describe('previewReplacements', () => {
  const team = [
    { id: 'a', name: 'Marcus Hall', role: 'Pastoral Support Manager' },
    { id: 'b', name: 'Jo Bell', role: 'Governor' },
  ];

  it('lists every replacement with how often and where it was first found', () => {
    const preview = previewReplacements(team, ['Marcus Hall leads. Ask marcus hall.', 'Jo and the Hall balcony', 'Jo again']);
    expect(preview).toEqual([
      { found: 'Marcus Hall', replacement: 'Pastoral Support Manager', count: 1, context: 'Marcus Hall leads. Ask marcus hall.' },
      { found: 'marcus hall', replacement: 'Pastoral Support Manager', count: 1, context: 'Marcus Hall leads. Ask marcus hall.' },
      { found: 'Jo', replacement: 'Governor', count: 2, context: 'Jo and the Hall balcony' },
    ]);
  });

  it('finds the texts anywhere in a workbook', () => {
    expect(textsIn({ title: 'Plan', answers: { a: { text: 'Jo', list: [{ id: 'x', text: 'Bell' }], n: 3 } } })).toEqual(['Plan', 'Jo', 'x', 'Bell']);
    expect(previewReplacements([{ id: 'c', role: 'Head' }], ['Anything'])).toEqual([]);
  });
});

describe('file names from titles', () => {
  it('uses safe characters only', () => {
    expect(downloadName('Żółć / Plan: “2025”', ['plan'], '2025-05-01', 'pdf')).toBe('zolc-plan-2025-plan-2025-05-01.pdf');
    expect(fileNameFromTitle('  ')).toBe('workbook');
    expect(fileNameFromTitle('Ysgol Dŵr Plan')).toBe('ysgol-dwr-plan');
  });

  it('keeps letters of any script, so a Greek or Cyrillic title still names its file', () => {
    expect(downloadName('Σχολείο', ['plan'], '2025-05-01', 'pdf')).toBe('σχολείο-plan-2025-05-01.pdf');
    expect(fileNameFromTitle('Школа 5')).toBe('школа-5');
  });

  it('gives the JSON and the PDF export of one workbook the same name', () => {
    const title = 'Ysgol Gymraeg: Plan 2025–26';
    expect(downloadName(title, [], '2025-05-01', 'belonging.json')).toBe('ysgol-gymraeg-plan-2025-26-2025-05-01.belonging.json');
    expect(downloadName(title, ['plan'], '2025-05-01', 'pdf')).toBe('ysgol-gymraeg-plan-2025-26-plan-2025-05-01.pdf');
  });

  it('keeps a name out of the exported file name', () => {
    const swap = namesToRoles([{ id: 'a', name: 'Marcus Hall', role: 'Headteacher' }]);
    const name = downloadName(swap("Marcus Hall's plan"), ['plan', 'roles'], '2025-05-01', 'pdf');
    expect(name).toBe('headteacher-s-plan-plan-roles-2025-05-01.pdf');
    expect(name).not.toMatch(/marcus|hall/);
  });
});
