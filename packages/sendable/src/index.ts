export {
  projectSendable,
  type SendableCampaign,
  sendableCampaign,
  sendableCampaignsOfBrand,
  sendableMigration,
} from './projection.js';
