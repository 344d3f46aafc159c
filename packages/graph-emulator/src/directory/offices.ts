/** Offices of the demo company: where a user sits decides city, country, phone prefix and language. */

export interface Office {
  readonly code: string;
  readonly officeLocation: string;
  readonly city: string;
  readonly country: string;
  readonly usageLocation: string;
  readonly phonePrefix: string;
  readonly preferredLanguage: string;
}

export const OFFICES: Readonly<Record<string, Office>> = {
  SEA: { code: 'SEA', officeLocation: '18/2111', city: 'Seattle', country: 'United States', usageLocation: 'US', phonePrefix: '+1 425 555 ', preferredLanguage: 'en-US' },
  NYC: { code: 'NYC', officeLocation: 'NYC-7/701', city: 'New York', country: 'United States', usageLocation: 'US', phonePrefix: '+1 212 555 ', preferredLanguage: 'en-US' },
  LON: { code: 'LON', officeLocation: 'LON-3/310', city: 'London', country: 'United Kingdom', usageLocation: 'GB', phonePrefix: '+44 20 7946 ', preferredLanguage: 'en-GB' },
  MUC: { code: 'MUC', officeLocation: 'MUC-2/204', city: 'Munich', country: 'Germany', usageLocation: 'DE', phonePrefix: '+49 89 4444 ', preferredLanguage: 'de-DE' },
  PAR: { code: 'PAR', officeLocation: 'PAR-1/120', city: 'Paris', country: 'France', usageLocation: 'FR', phonePrefix: '+33 1 7000 ', preferredLanguage: 'fr-FR' },
};

export const OFFICE_CODES = Object.keys(OFFICES);

export function office(code: string): Office {
  const found = OFFICES[code];
  if (found === undefined) throw new RangeError(`Unknown office '${code}'`);
  return found;
}
