import { describe, expect, it } from 'vitest';
import { neighbours, readingOrder } from '../../../src/lib/reading-order';

const guides = [
  { id: 'reflect', title: 'Reflect', order: 30 },
  { id: 'home', title: 'Home', order: 0 },
  { id: 'approaches', title: 'Planning approaches', order: 70 },
  { id: 'about', title: 'About', order: 110 },
];
const lenses = [
  { id: 'inclusion-by-design', title: 'Inclusion by design', order: 3 },
  { id: 'inclusion-as-belonging', title: 'Inclusion as belonging', order: 1 },
];

describe('reading order', () => {
  it('orders guide pages by their order and puts the approaches straight after their overview', () => {
    expect(readingOrder(guides, lenses).map((page) => page.key)).toEqual([
      'guide:home',
      'guide:reflect',
      'guide:approaches',
      'lens:inclusion-as-belonging',
      'lens:inclusion-by-design',
      'guide:about',
    ]);
  });

  it('links guide pages, approaches and the home page to their own addresses', () => {
    const hrefs = readingOrder(guides, lenses).map((page) => page.href);
    expect(hrefs).toEqual(['/', '/guide/reflect/', '/approaches/', '/approaches/inclusion-as-belonging/', '/approaches/inclusion-by-design/', '/guide/about/']);
  });

  it('gives the first page no previous link and the last no next link', () => {
    const pages = readingOrder(guides, lenses);
    expect(neighbours(pages, 'guide:home').previous).toBeUndefined();
    expect(neighbours(pages, 'guide:home').next?.key).toBe('guide:reflect');
    expect(neighbours(pages, 'guide:about').next).toBeUndefined();
    expect(neighbours(pages, 'lens:inclusion-by-design')).toMatchObject({ previous: { key: 'lens:inclusion-as-belonging' }, next: { key: 'guide:about' } });
  });

  it('gives an unknown page no neighbours', () => {
    expect(neighbours(readingOrder(guides, lenses), 'guide:nowhere')).toEqual({});
  });
});

describe('reading order with worksheets', () => {
  it('puts each stage’s worksheets, in order, straight after its stage page', () => {
    const sheets = [
      { id: 'policy-audit', title: 'Policy audit', stage: 'reflect', order: 2 },
      { id: 'what-belonging-means', title: 'What belonging means here', stage: 'reflect', order: 1 },
    ];
    expect(readingOrder(guides, lenses, sheets).map((page) => page.key).slice(1, 5)).toEqual([
      'guide:reflect',
      'worksheet:what-belonging-means',
      'worksheet:policy-audit',
      'guide:approaches',
    ]);
  });
});

describe('reading order at the end of a cycle', () => {
  const stages = [
    { id: 'measure', title: 'Measure', order: 60 },
    ...guides,
  ];
  const sheets = [
    { id: 'results', title: 'Results', stage: 'measure', order: 1 },
    { id: 'looking-back', title: 'Looking back', stage: 'measure', order: 3 },
  ];

  it('leads from the last Measure worksheet to starting the next cycle', () => {
    const pages = readingOrder(stages, lenses, sheets);
    expect(neighbours(pages, 'worksheet:looking-back').next).toEqual({ key: 'workbook:next-cycle', title: 'Start the next cycle', href: '/workbook/#next-cycle' });
    expect(neighbours(pages, 'worksheet:results').next?.key).toBe('worksheet:looking-back');
  });
});
