export { soleProprietor } from './sole-proprietor.js';
export { carrierThroughput, tablesAsOf } from './throughput.js';
export type {
  AttMessageClass,
  AttThroughput,
  AttTpmScope,
  BrandEntityType,
  BrandKind,
  CarrierThroughput,
  SoleProprietorLimits,
  ThroughputInput,
  TmobileBrandTier,
  TmobileThroughput,
  VerizonThroughput,
} from './types.js';
export {
  type DedicatedUseCase,
  dedicatedUseCases,
  type SpecialUseCase,
  specialUseCases,
  type UseCase,
  type UseCaseFamily,
  useCaseFamily,
  useCases,
} from './use-case.js';
