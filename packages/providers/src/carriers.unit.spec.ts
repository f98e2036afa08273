import { describe, expect, it } from 'vitest';
import { carrierFromNames } from './carriers.js';

describe('Carrier names', () => {
  it.each([
    ['AT&T', 'att'],
    ['AT&T Mobility', 'att'],
    ['New Cingular Wireless PCS, LLC', 'att'],
    ['Cricket Wireless', 'att'],
    ['T-Mobile', 'tmobile'],
    ['T-Mobile USA, Inc.', 'tmobile'],
    ['TMobile', 'tmobile'],
    ['Sprint Spectrum, L.P.', 'tmobile'],
    ['MetroPCS Inc.', 'tmobile'],
    ['Metro by T-Mobile', 'tmobile'],
    ['Omnipoint Communications Inc.', 'tmobile'],
    ['Verizon', 'verizon'],
    ['Cellco Partnership dba Verizon Wireless', 'verizon'],
    ['US Cellular', 'uscellular'],
    ['U.S. Cellular', 'uscellular'],
    ['United States Cellular Corp.', 'uscellular'],
    ['Bandwidth.com CLEC, LLC', 'other'],
    ['Telnyx/4', 'other'],
    ['', 'other'],
  ])('%s is %s', (name, carrier) => {
    expect(carrierFromNames(name)).toBe(carrier);
  });

  it('takes the first name that names a carrier we know', () => {
    expect(carrierFromNames(undefined, 'Sprint Spectrum, L.P.', 'Cellco Partnership')).toBe('tmobile');
    expect(carrierFromNames('Onvoy', 'New Cingular Wireless PCS, LLC')).toBe('att');
  });
});
