/**
 * Values of the note's head as the frontmatter wants them
 * (core/import/headerValues.ts): wrapped lines joined again, the date in an
 * accepted form, the number of attachments, an address on one line.
 */
import assert from 'node:assert/strict';
import { addressOf, attachmentCount, joinLine, looksLikeDate, noteDate } from '../../server/src/core/import/headerValues';

describe('import header values', () => {
  describe('joining two wrapped lines', () => {
    it('a soft hyphen at the break goes and the word joins', () => {
      assert.equal(joinLine('Justitia\u00ad', 'rapportage'), 'Justitiarapportage');
    });

    it('a hyphen after a letter stays and joins the word that goes on', () => {
      assert.equal(joinLine('Justitia-', 'rapportage'), 'Justitia-rapportage');
    });

    it('a hyphen before a number, or a dash between words, keeps a space', () => {
      assert.equal(joinLine('Justitia-', '2026 rapport'), 'Justitia- 2026 rapport');
      assert.equal(joinLine('kosten -', 'baten'), 'kosten - baten');
      assert.equal(joinLine('Directie Rechtshandhaving en', 'Criminaliteitsbestrijding'), 'Directie Rechtshandhaving en Criminaliteitsbestrijding');
    });
  });

  describe('the date', () => {
    it('an accepted date stays as written, its spacing made single', () => {
      assert.deepEqual(noteDate(' 19 maart\n  2026 '), { value: '19 maart 2026' });
      assert.deepEqual(noteDate('2026-03-19'), { value: '2026-03-19' });
    });

    it('a month with a capital is written in lower case, the day as written', () => {
      assert.deepEqual(noteDate('09 Maart 2026'), { value: '09 maart 2026', rewrittenFrom: '09 Maart 2026' });
    });

    it('a looser form is written in Dutch long form', () => {
      assert.deepEqual(noteDate('19-03-2026'), { value: '19 maart 2026', rewrittenFrom: '19-03-2026' });
      assert.deepEqual(noteDate('19 Mrt 2026'), { value: '19 maart 2026', rewrittenFrom: '19 Mrt 2026' });
    });

    it('a date that does not exist stays as written', () => {
      assert.deepEqual(noteDate('31 juni 2026'), { value: '31 juni 2026' });
    });
  });

  describe('what looks like a date', () => {
    it('day, month as a word or a number, and year, even a day that does not exist', () => {
      for (const text of ['31 juni 2026', ' 31 juni 2026 ', '31 jun., 2026', '31-11-2026', '31 - 06 - 2026', '31.06.26']) {
        assert.equal(looksLikeDate(text), true, text);
      }
    });

    it('year, month and day with dashes, slashes or dots', () => {
      for (const text of ['2026-11-31', '2026/6/31', '2026.06.31']) {
        assert.equal(looksLikeDate(text), true, text);
      }
    });

    it('a looser form a date reader accepts', () => {
      assert.equal(looksLikeDate('19maart 2026'), true);
    });

    it('a date with text around it is not a date line', () => {
      for (const text of ['Den Haag, 31 juni 2026', '31 juni 2026 ter info', 'nummer 2026-11-31', '2026-11-31 ter info', 'Onderwerp', '2026 11 31']) {
        assert.equal(looksLikeDate(text), false, text);
      }
    });
  });

  describe('the number of attachments', () => {
    it('a number of up to four digits is a number, geen is 0', () => {
      assert.equal(attachmentCount(' 12 '), 12);
      assert.equal(attachmentCount('1234'), 1234);
      assert.equal(attachmentCount('Geen'), 0);
    });

    it('anything else stays as written', () => {
      for (const text of ['12345', 'bijlage 2', '2 stuks', 'twee', 'nog geen', 'geen, volgt']) {
        assert.equal(attachmentCount(text), text);
      }
    });
  });

  describe('an address', () => {
    it('street and town on one line, a comma between them and none doubled', () => {
      assert.equal(addressOf([' Turfmarkt 147, ', '', '2511 DP Den Haag']), 'Turfmarkt 147, 2511 DP Den Haag');
    });

    it('a comma inside a line stays', () => {
      assert.equal(addressOf(['Postbus 20301, 2500 EH Den Haag']), 'Postbus 20301, 2500 EH Den Haag');
    });
  });
});
