import avsc from 'avsc';
import { describe, expect, it } from 'vitest';
import { recordFile } from '../fixtures.js';
import { selfContained } from './inline.js';
import { parseSchemas } from './parse.js';

describe('selfContained', () => {
  const currency = { type: 'enum', name: 'Currency', symbols: ['USD'] };
  const money = recordFile('common', 'Money', [
    { name: 'micros', type: 'long' },
    { name: 'currency', type: currency },
  ]);
  const charged = recordFile('billing', 'Charged', [
    { name: 'amount', type: 'longcode.common.Money', doc: 'Charged amount.' },
    { name: 'fee', type: ['null', 'longcode.common.Money'], default: null },
    { name: 'at', type: { type: 'long', logicalType: 'timestamp-millis' } },
  ]);

  it('writes a shared type out in full where first used, and by name afterwards', () => {
    const all = parseSchemas([money, charged]);
    const event = all.find((s) => s.fullName === 'longcode.billing.Charged');
    if (!event) throw new Error('fixture');
    expect(selfContained(event, all)).toEqual({
      type: 'record',
      name: 'Charged',
      namespace: 'longcode.billing',
      fields: [
        {
          name: 'amount',
          doc: 'Charged amount.',
          type: {
            type: 'record',
            name: 'Money',
            namespace: 'longcode.common',
            fields: [
              { name: 'micros', type: 'long' },
              { name: 'currency', type: currency },
            ],
          },
        },
        { name: 'fee', type: ['null', 'longcode.common.Money'], default: null },
        { name: 'at', type: { type: 'long', logicalType: 'timestamp-millis' } },
      ],
    });
  });

  it('parses on its own, as a registry will', () => {
    const all = parseSchemas([money, charged]);
    const event = all.find((s) => s.fullName === 'longcode.billing.Charged');
    if (!event) throw new Error('fixture');
    expect(avsc.Type.forSchema(selfContained(event, all) as never).equals(event.schema)).toBe(true);
  });

  it('leaves a schema without shared types as written', () => {
    const all = parseSchemas([money, charged]);
    const shared = all.find((s) => s.fullName === 'longcode.common.Money');
    if (!shared) throw new Error('fixture');
    expect(selfContained(shared, all)).toEqual(shared.definition);
  });
});
