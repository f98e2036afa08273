/**
 * The GSM 7-bit default alphabet of 3GPP TS 23.038 (§6.2.1) and its extension table (§6.2.1.1).
 *
 * The basic set holds 127 characters (position 0x1B is the escape to the extension table, not a
 * character). Position 0x09 is the capital `Ç`, as the table prints it; a lowercase `ç` is not GSM-7.
 * Each basic character costs one septet, each extension character two (escape + character).
 */
const BASIC =
  '@£$¥èéùìòÇ\nØø\rÅå' +
  'Δ_ΦΓΛΩΠΨΣΘΞÆæßÉ' +
  ' !"#¤%&\'()*+,-./' +
  '0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNO' +
  'PQRSTUVWXYZÄÖÑÜ§' +
  '¿abcdefghijklmno' +
  'pqrstuvwxyzäöñüà';

/** Form feed, then the printable extension characters. */
const EXTENSION = '\f^{}\\[~]|€';

const basicSet: ReadonlySet<string> = new Set(BASIC);
const extensionSet: ReadonlySet<string> = new Set(EXTENSION);

/** Septets one character costs in GSM-7 (1 basic, 2 extension), or `undefined` outside GSM-7. */
export function gsmSeptets(char: string): 1 | 2 | undefined {
  if (basicSet.has(char)) return 1;
  if (extensionSet.has(char)) return 2;
  return undefined;
}

/** The septets each character costs, or `undefined` when any character is outside GSM-7. */
export function gsmSeptetCosts(chars: readonly string[]): number[] | undefined {
  const costs: number[] = [];
  for (const char of chars) {
    const septets = gsmSeptets(char);
    if (septets === undefined) return undefined;
    costs.push(septets);
  }
  return costs;
}
