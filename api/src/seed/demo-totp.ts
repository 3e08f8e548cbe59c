import { adminSeed, assistantSeed, doctorSeed } from './demo-people.js';
import { DEMO_TOTP_SECRET, demoTotpCode } from './demo-second-factor.js';

/** `npm run demo:totp`: the current second-step code of the demo staff accounts (they share one demo secret). */
const PERIOD_MS = 30_000;
const secondsLeft = Math.ceil((PERIOD_MS - (Date.now() % PERIOD_MS)) / 1000);
const logins = [...doctorSeed, ...assistantSeed, adminSeed].map((p) => p.email);

console.log(`Demo staff code: ${demoTotpCode()}  (valid for ${secondsLeft} s more, and 30 s either side)`);
console.log(`Demo secret, to add to an authenticator app instead: ${DEMO_TOTP_SECRET}`);
console.log(`For: ${logins.join(', ')}`);
