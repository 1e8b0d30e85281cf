// A comparison of two records as a table: each field's finding, weight and sentence, and the total.
import { el } from './dom.js';
import * as format from './format.js';

export function comparisonTable(comparison, caption) {
  return el('table', { class: 'comparison' },
    el('caption', { text: caption }),
    el('thead', {}, el('tr', {},
      el('th', { scope: 'col', text: 'Field' }),
      el('th', { scope: 'col', text: 'Finding' }),
      el('th', { scope: 'col', class: 'number', text: 'Weight' }),
      el('th', { scope: 'col', text: 'What was found' }))),
    el('tbody', {}, comparison.fields.map(f => el('tr', {},
      el('th', { scope: 'row', text: f.label }),
      el('td', { text: level(f.level) }),
      el('td', { class: 'number' }, el('span', { class: format.weightClass(f.weight), text: format.weight(f.weight) })),
      el('td', { text: f.sentence })))),
    el('tfoot', {}, el('tr', {},
      el('th', { scope: 'row', text: 'Total' }),
      el('td', { text: format.state(comparison.state) }),
      el('td', { class: 'number', text: format.weight(comparison.total) }),
      el('td', { text: comparison.verdict }))));
}

const LEVELS = {
  exact: 'Same', same: 'Same', alias: 'Known alias', otherName: 'Other name', phonetic: 'Sounds alike',
  jw92: 'Very similar spelling', jw85: 'Similar spelling', initial: 'Initial only', close: 'One character apart',
  dayMonthSwapped: 'Day and month swapped', oneDigitOff: 'One digit apart', yearOffByOne: 'Year one apart',
  partial: 'Agree as far as known', postcodeAndHouse: 'Same postcode and house', postcode: 'Same postcode',
  streetAndTown: 'Same street and town', different: 'Different', generic: 'Shared by many (not counted)',
  missing: 'Missing on one side', baseRate: 'Before any field',
};

/** The level in words, with the engine's own code kept for those who know it. */
function level(code) {
  const words = LEVELS[code];
  return words ? `${words} (${code})` : code;
}
