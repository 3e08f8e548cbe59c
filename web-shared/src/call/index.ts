// The consultation call, shared by both apps: each app's route supplies its BFF endpoints and the page around it.
export { default as CallPage } from './CallPage.svelte';
export { CallSession, qualityLevel, type Phase, type Role } from './call-session.svelte.js';
export { chatHistorySchema, chatItemSchema, mergeChat, type ChatItem } from './chat-log.js';
export { joinGrantSchema, type JoinGrant } from './grant.js';
export {
  callEventResponse,
  grantResponse,
  historyResponse,
  phoneCallResponse,
  postMessageResponse,
} from './bff.js';
export { guestCandidatesResponse, inviteGuestResponse, participantsResponse } from './guests-bff.js';
