// The use cases the popup writes with (lib/popup/writes.ts loads this module with the first write).
export { completeFollowUp, skipFollowUp, snoozeFollowUp } from '../services/follow-ups';
export { markLost } from '../services/lifecycle';
export { confirmReply, correctReply } from '../services/replies';
