/** The GSM 03.38 default alphabet: one septet each. */
const GSM_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
    '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);

/** Its extension table: two septets each (escape, then the character). */
const GSM_EXTENSION = new Set('\f^{}\\[~]|€');

export interface Encoded {
  encoding: 'GSM-7' | 'UCS-2';
  parts: number;
}

/**
 * How Telnyx reports a text's `encoding` and `parts`: GSM-7 when every character is in the GSM alphabet
 * (160 septets in one part, 153 per part when concatenated), else UCS-2 (70 UTF-16 units, 67 per part).
 * The simulator does not split an extension character or a surrogate pair across parts: a close count.
 */
export function encodingOf(text: string): Encoded {
  let septets = 0;
  for (const char of text) {
    if (GSM_BASIC.has(char)) septets += 1;
    else if (GSM_EXTENSION.has(char)) septets += 2;
    else return { encoding: 'UCS-2', parts: partsOf(text.length, 70, 67) };
  }
  return { encoding: 'GSM-7', parts: partsOf(septets, 160, 153) };
}

function partsOf(units: number, single: number, perPart: number): number {
  return units <= single ? 1 : Math.ceil(units / perPart);
}
