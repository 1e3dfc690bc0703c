import assert from 'node:assert/strict';
import { dutchWeekday, formatDutchDate, parseLooseDate, parseNoteDate } from '../../server/src/core/domain/dutchDate';

describe('Dutch dates', () => {
  it('accepts the long form and ISO', () => {
    assert.deepEqual(parseNoteDate('19 maart 2026'), { year: 2026, month: 3, day: 19 });
    assert.deepEqual(parseNoteDate('2026-03-19'), { year: 2026, month: 3, day: 19 });
    assert.deepEqual(parseNoteDate('1 januari 2027'), { year: 2027, month: 1, day: 1 });
  });

  it('accepts only real calendar dates', () => {
    assert.equal(parseNoteDate('29 februari 2026'), null);
    assert.deepEqual(parseNoteDate('29 februari 2028'), { year: 2028, month: 2, day: 29 });
    assert.equal(parseNoteDate('31 april 2026'), null);
    assert.equal(parseNoteDate('2026-02-30'), null);
    assert.equal(parseNoteDate('2026-13-01'), null);
    assert.equal(parseNoteDate('0 mei 2026'), null);
  });

  it('rejects other forms', () => {
    for (const text of ['19-03-2026', '19 Maart 2026', '19 march 2026', '2026-3-19', 'maart 2026', '', '19 maart 26']) {
      assert.equal(parseNoteDate(text), null, text);
    }
  });

  it('reads loose forms only to suggest the accepted one', () => {
    assert.equal(formatDutchDate(parseLooseDate('19-03-2026') ?? { year: 0, month: 1, day: 1 }), '19 maart 2026');
    assert.equal(formatDutchDate(parseLooseDate('19 Maart 2026') ?? { year: 0, month: 1, day: 1 }), '19 maart 2026');
    assert.equal(formatDutchDate(parseLooseDate('3 okt. 2026') ?? { year: 0, month: 1, day: 1 }), '3 oktober 2026');
    assert.equal(parseLooseDate('31-04-2026'), null);
  });

  it('names the weekday', () => {
    assert.equal(dutchWeekday({ year: 2026, month: 3, day: 19 }), 'donderdag');
  });
});
