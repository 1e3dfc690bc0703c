/**
 * One line per finding code saying what kind of problem it is, in Dutch and
 * English: the rule descriptions of reports that list rules (SARIF). A
 * finding's own message says what is wrong in this note; this says what the
 * code is about in any note. Typed by FindingCode, so a new code cannot ship
 * without its description. docs/findings.md explains each code at length.
 */
import type { FindingCode } from './codes';
import type { Locale } from './messages';

const DESCRIPTIONS: Record<FindingCode, Record<Locale, string>> = {
  'frontmatter-missing': { nl: 'De nota heeft geen metadatablok (frontmatter).', en: 'The note has no metadata block (frontmatter).' },
  'frontmatter-syntax': { nl: 'De frontmatter is geen geldige YAML of wordt niet afgesloten.', en: 'The frontmatter is not valid YAML or is never closed.' },
  'field-missing': { nl: 'Een verplicht metadataveld ontbreekt.', en: 'A required metadata field is missing.' },
  'field-invalid': { nl: 'Een metadataveld heeft een ongeldige waarde.', en: 'A metadata field has an invalid value.' },
  'field-unknown': { nl: 'Een metadataveld dat het notatype niet kent.', en: 'A metadata field the note type does not define.' },
  'date-invalid': { nl: 'De datum bestaat niet of staat niet in een geaccepteerde vorm.', en: 'The date does not exist or is not in an accepted form.' },
  'reference-invalid': { nl: 'De referentie heeft niet de voorgeschreven vorm.', en: 'The reference does not have the required form.' },
  'reference-duplicate': { nl: 'Een andere nota heeft dezelfde referentie.', en: 'Another note has the same reference.' },
  'section-missing': { nl: 'Een verplichte sectie ontbreekt.', en: 'A required section is missing.' },
  'section-order': { nl: 'Een verplichte sectie staat op de verkeerde plaats.', en: 'A required section is out of order.' },
  'section-numbering': { nl: 'De nummering van de secties loopt niet door.', en: 'The section numbers are not consecutive.' },
  'section-empty': { nl: 'Een verplichte sectie is leeg.', en: 'A required section is empty.' },
  'portfolio-holder-missing': { nl: 'Een geadresseerde wordt niet genoemd in het geadviseerd besluit.', en: 'An addressee is not named in the advised decision.' },
  'portfolio-holder-unknown': { nl: 'Een bewindspersoon die niet in het register staat.', en: 'A portfolio holder the registry does not know.' },
  'personal-data': { nl: 'Een persoonsgegeven (e-mailadres of telefoonnummer) in de tekst.', en: 'Personal data (an e-mail address or phone number) in the text.' },
  'woo-ground-unknown': { nl: 'Een weigeringsgrond die de Woo niet kent.', en: 'A ground the Woo does not have.' },
  'note-too-large': { nl: 'De nota is te groot om live te controleren.', en: 'The note is too large to check live.' },
  'config-invalid': { nl: 'Een configuratiebestand van de werkmap is onbruikbaar.', en: 'A workspace configuration file cannot be used.' },
};

export function describeCode(code: FindingCode, locale: Locale): string {
  return DESCRIPTIONS[code][locale];
}
