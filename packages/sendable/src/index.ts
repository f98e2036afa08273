import { sendableMigration, sendableUseCaseMigration } from './projection.js';
import { sendableSendersMigration } from './senders.js';

export {
  projectSendable,
  type SendableCampaign,
  sendableCampaign,
  sendableCampaignsById,
  sendableCampaignsOfBrand,
} from './projection.js';
export {
  type SendableSender,
  sendableSender,
  sendableSenders,
  sendableSendersByNumber,
  sendableSendersOf,
} from './senders.js';

/** The tables of "what may send", in order. */
export const sendableMigrations = [sendableMigration, sendableSendersMigration, sendableUseCaseMigration];

export { tmobileDayWindow } from './pacific-day.js';
/** The topics "what may send" is projected from. */
export { sendableTopics } from './topics.js';
