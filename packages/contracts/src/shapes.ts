/** Building blocks the API schemas share (not published on their own). */

/** A string of 1 to `maxLength` characters. */
export const text = (maxLength: number) => ({ type: 'string', minLength: 1, maxLength }) as const;

export const nullableString = { type: ['string', 'null'] } as const;

/** The same properties of `properties`, for a schema that shows fewer fields of the same thing. */
export const pick = <P extends Record<string, object>, K extends keyof P & string>(
  properties: P,
  names: readonly K[],
) => Object.fromEntries(names.map((name) => [name, properties[name]])) as Pick<P, K>;

/** A page of a list: its items, and the cursor of the next page (null on the last). */
export const page = <Item extends object>(items: Item) =>
  ({
    type: 'object',
    required: ['data', 'nextCursor'],
    properties: {
      data: { type: 'array', items },
      nextCursor: { ...nullableString, description: 'Pass as `cursor` for the next page; null on the last' },
    },
  }) as const;
