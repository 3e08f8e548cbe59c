import { inject } from 'vitest';

// mediasoup reads MEDIASOUP_WORKER_BIN once, when it is first imported: set it before any test file loads it.
process.env.MEDIASOUP_WORKER_BIN ||= inject('mediasoupWorkerBin');
