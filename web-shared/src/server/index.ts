export * from './api.js';
export * from './auth.js';
export * from './cookies.js';
export * from './forms.js';
export * from './locale.js';
export * from './session.js';
export * from './routes.js';
export * from './handle.js';
