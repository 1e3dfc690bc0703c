import assert from 'node:assert/strict';
import { calendarDateOf, DUTCH_MONTHS, dutchWeekday, formatDutchDate, formatIsoDate, isRealDate, parseLooseDate, parseNoteDate } from '../../server/src/core/domain/dutchDate';

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
/** Days in each month of a common year. */
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const pad = (n: number) => String(n).padStart(2, '0');

describe('Dutch dates', () => {
  it('accepts the long form and ISO', () => {
    assert.deepEqual(parseNoteDate('19 maart 2026'), { year: 2026, month: 3, day: 19 });
    assert.deepEqual(parseNoteDate('2026-03-19'), { year: 2026, month: 3, day: 19 });
    assert.deepEqual(parseNoteDate('1 januari 2027'), { year: 2027, month: 1, day: 1 });
    assert.deepEqual(parseNoteDate('  19 maart 2026 \n'), { year: 2026, month: 3, day: 19 }, 'white space around the value is not part of it');
  });

  it('knows the twelve Dutch month names, in order, and writes each', () => {
    assert.deepEqual([...DUTCH_MONTHS], MONTHS);
    MONTHS.forEach((name, i) => {
      assert.deepEqual(parseNoteDate(`5 ${name} 2026`), { year: 2026, month: i + 1, day: 5 }, name);
      assert.equal(formatDutchDate({ year: 2026, month: i + 1, day: 5 }), `5 ${name} 2026`);
    });
  });

  it('accepts the last day of every month and rejects the day after it, in both forms', () => {
    MONTHS.forEach((name, i) => {
      const last = DAYS[i] as number;
      assert.deepEqual(parseNoteDate(`${last} ${name} 2026`), { year: 2026, month: i + 1, day: last }, `${last} ${name}`);
      assert.equal(parseNoteDate(`${last + 1} ${name} 2026`), null, `${last + 1} ${name}`);
      assert.deepEqual(parseNoteDate(`2026-${pad(i + 1)}-${pad(last)}`), { year: 2026, month: i + 1, day: last });
      assert.equal(parseNoteDate(`2026-${pad(i + 1)}-${pad(last + 1)}`), null);
    });
  });

  it('knows leap years: every fourth year, not a century year, but every fourth century', () => {
    for (const [year, leap] of [[2024, true], [2025, false], [2026, false], [2028, true], [1900, false], [2000, true], [2100, false], [2400, true]] as const) {
      const expected = leap ? { year, month: 2, day: 29 } : null;
      assert.deepEqual(parseNoteDate(`29 februari ${year}`), expected, `29 februari ${year}`);
      assert.deepEqual(parseNoteDate(`${year}-02-29`), expected, `${year}-02-29`);
      assert.equal(isRealDate({ year, month: 2, day: 29 }), leap);
      assert.equal(parseNoteDate(`30 februari ${year}`), null);
    }
  });

  it('rejects day 0 and 32, month 0 and 13, and year 0', () => {
    for (const text of ['0 mei 2026', '00 mei 2026', '32 januari 2026', '2026-01-00', '2026-01-32', '2026-00-15', '2026-13-01', '0000-06-15']) {
      assert.equal(parseNoteDate(text), null, text);
    }
    assert.deepEqual(parseNoteDate('2026-01-01'), { year: 2026, month: 1, day: 1 });
    assert.deepEqual(parseNoteDate('2026-12-31'), { year: 2026, month: 12, day: 31 });
    assert.deepEqual(parseNoteDate('0001-01-01'), { year: 1, month: 1, day: 1 });
    assert.equal(isRealDate({ year: 2026, month: 0, day: 10 }), false);
    assert.equal(isRealDate({ year: 2026, month: 13, day: 10 }), false);
    assert.equal(isRealDate({ year: 2026, month: 5, day: 0 }), false);
    assert.equal(isRealDate({ year: 0, month: 5, day: 10 }), false);
    assert.equal(isRealDate({ year: 1, month: 12, day: 1 }), true);
  });

  it('rejects other forms', () => {
    for (const text of ['19-03-2026', '19 Maart 2026', '19 march 2026', '2026-3-19', 'maart 2026', '', '19 maart 26', '19  maart 2026', '119 maart 2026', '19 maart 20266', '20266-03-19', '2026-03-19x', 'x2026-03-19', '19 mrt 2026', '19 maart 2026.']) {
      assert.equal(parseNoteDate(text), null, text);
    }
  });

  it('reads loose forms only to suggest the accepted one', () => {
    const suggested = (text: string) => {
      const date = parseLooseDate(text);
      return date ? formatDutchDate(date) : null;
    };
    for (const [text, expected] of [
      ['19-03-2026', '19 maart 2026'], ['19/3/2026', '19 maart 2026'], ['9.3.2026', '9 maart 2026'],
      ['2026-3-9', '9 maart 2026'], ['2026/03/19', '19 maart 2026'], ['2026.12.01', '1 december 2026'],
      ['19 Maart 2026', '19 maart 2026'], ['19  MAART   2026', '19 maart 2026'], [' 19 maart 2026 ', '19 maart 2026'],
      ['3 okt. 2026', '3 oktober 2026'], ['3 okt 2026', '3 oktober 2026'], ['19 mrt 2026', '19 maart 2026'], ['19 mrt. 2026', '19 maart 2026'],
      ['1 sept 2026', '1 september 2026'], ['1 jan 2026', '1 januari 2026'], ['1 dec 2026', '1 december 2026'], ['19. maart 2026', '19 maart 2026'], ['19 maart, 2026', '19 maart 2026'],
    ] as const) {
      assert.equal(suggested(text), expected, text);
    }
    // Not a date, or not a real one: no suggestion.
    for (const text of ['31-04-2026', '29-02-2026', '2026-13-01', '32 maart 2026', '19 ma 2026', '19 mrz 2026', '19 march 2026', '19-03-26', 'maart 2026', '', '19 maart']) {
      assert.equal(parseLooseDate(text), null, text);
    }
  });

  it('suggests nothing for a loose date with more digits or text around it', () => {
    for (const text of ['119-03-2026', '19-03-20261', 'x19-03-2026', '12026-03-19', '2026-03-199', 'x2026-3-9', '119 maart 2026', '19 maart 20266', 'op 19 maart 2026', '19 maart 2026 x']) {
      assert.equal(parseLooseDate(text), null, text);
    }
  });

  it('suggests a date whose month is glued to the day or cut short to three letters or more', () => {
    assert.deepEqual(parseLooseDate('19maart 2026'), { year: 2026, month: 3, day: 19 });
    assert.deepEqual(parseLooseDate('19.mrt 2026'), { year: 2026, month: 3, day: 19 });
    assert.deepEqual(parseLooseDate('1 mei 2026'), { year: 2026, month: 5, day: 1 });
    assert.deepEqual(parseLooseDate('1 feb 2026'), { year: 2026, month: 2, day: 1 });
    assert.deepEqual(parseLooseDate('1 februar 2026'), { year: 2026, month: 2, day: 1 });
    assert.deepEqual(parseLooseDate('1 ju 2026'), null, 'two letters could be juni or juli');
    assert.deepEqual(parseLooseDate('1 me 2026'), null);
    assert.deepEqual(parseLooseDate('1 meii 2026'), null);
  });

  it('writes ISO dates with zero padding', () => {
    assert.equal(formatIsoDate({ year: 2026, month: 3, day: 9 }), '2026-03-09');
    assert.equal(formatIsoDate({ year: 2026, month: 11, day: 30 }), '2026-11-30');
    assert.equal(formatIsoDate({ year: 987, month: 1, day: 1 }), '0987-01-01');
  });

  it('names the weekday of every day of a week', () => {
    const week = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'];
    week.forEach((name, i) => assert.equal(dutchWeekday({ year: 2026, month: 3, day: 16 + i }), name));
    assert.equal(dutchWeekday({ year: 2026, month: 3, day: 19 }), 'donderdag');
    assert.equal(dutchWeekday({ year: 2000, month: 2, day: 29 }), 'dinsdag');
  });

  it('takes today from a local Date', () => {
    assert.deepEqual(calendarDateOf(new Date(2026, 0, 31, 23, 59)), { year: 2026, month: 1, day: 31 });
    assert.deepEqual(calendarDateOf(new Date(2026, 11, 1, 0, 0)), { year: 2026, month: 12, day: 1 });
  });
});
