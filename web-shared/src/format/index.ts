export * from './dates.js';
export * from './numbers.js';
export * from './units.js';
export * from './axis.js';
export * from './measurements.js';
export * from './policies.js';
