export const VERSION = "0.1.0";
export * from './cmdlet/index.js';
export * from './pipeline/index.js';
export * from './language/index.js';
export * from './values/index.js';
export * from './graph/index.js';
export * from './auth/index.js';
export * from './format/index.js';
export * from './commands/connection/index.js';
