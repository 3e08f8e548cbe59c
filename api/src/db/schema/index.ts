export * from './accounts.js';
export * from './patients.js';
export * from './practitioners.js';
export * from './insurance.js';
export * from './scheduling.js';
export * from './records.js';
export * from './consultations.js';
export * from './anamnesis.js';
