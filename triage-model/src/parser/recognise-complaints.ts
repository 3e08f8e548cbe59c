// The interview engine reads recognition next to the parser; the logic lives with the complaint list.
export { recogniseComplaints } from '../knowledge/complaints/index.js';
