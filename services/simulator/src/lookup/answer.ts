import { fnv1a } from '../messaging/random.js';
import type { SimulatedCarrier } from './carriers.js';

/** What Telnyx says of each carrier's numbers: the SPID's name, the network's, its MCC/MNC and OCN. */
const NETWORKS: Record<
  SimulatedCarrier,
  { name: string; normalized: string | null; mcc: string; mnc: string; ocn: string; type: string }
> = {
  att: {
    name: 'New Cingular Wireless PCS, LLC',
    normalized: 'AT&T',
    mcc: '310',
    mnc: '410',
    ocn: '6214',
    type: 'mobile',
  },
  tmobile: {
    name: 'T-Mobile USA, Inc.',
    normalized: 'T-Mobile',
    mcc: '310',
    mnc: '260',
    ocn: '6529',
    type: 'mobile',
  },
  verizon: {
    name: 'Cellco Partnership dba Verizon Wireless',
    normalized: 'Verizon',
    mcc: '311',
    mnc: '480',
    ocn: '6006',
    type: 'mobile',
  },
  uscellular: {
    name: 'United States Cellular Corp.',
    normalized: 'US Cellular',
    mcc: '311',
    mnc: '580',
    ocn: '6010',
    type: 'mobile',
  },
  other: {
    name: 'Bandwidth.com CLEC, LLC - IL',
    normalized: null,
    mcc: '',
    mnc: '',
    ocn: '981E',
    type: 'voip',
  },
};

/**
 * Telnyx's Number Lookup answer (`{ data: { carrier, portability, … } }`) for a US number on a carrier.
 * Whether the number was ported is drawn from the number too (about one in five), as real lists show.
 */
export function lookupAnswer(phoneNumber: string, carrier: SimulatedCarrier) {
  const network = NETWORKS[carrier];
  const national = phoneNumber.slice(2);
  const ported = fnv1a(`ported/${phoneNumber}`) % 5 === 0;
  return {
    data: {
      record_type: 'number_lookup',
      phone_number: phoneNumber,
      country_code: 'US',
      national_format: `(0${national.slice(0, 3)}) ${national.slice(3, 6)}-${national.slice(6)}`,
      fraud: null,
      carrier: {
        error_code: null,
        mobile_country_code: network.mcc,
        mobile_network_code: network.mnc,
        name: network.name,
        ...(network.normalized ? { normalized_carrier: network.normalized } : {}),
        type: network.type,
      },
      portability: {
        altspid: '',
        altspid_carrier_name: '',
        altspid_carrier_type: '',
        city: '',
        line_type: network.type === 'mobile' ? 'wireless' : network.type,
        lrn: ported ? `${national.slice(0, 6)}0000` : '',
        ocn: network.ocn,
        ported_date: ported ? '2024-03-18' : '',
        ported_status: ported ? 'Y' : 'N',
        spid: network.ocn,
        spid_carrier_name: network.name,
        spid_carrier_type: network.type === 'mobile' ? '1' : '3',
        state: '',
      },
    },
  };
}
