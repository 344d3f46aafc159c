export { createSession, Session } from './session.js';
export type { RunOptions, SessionOptions } from './session.js';
export type { RunResult, SessionEvent } from './events.js';
export { collect } from './collect.js';
export type { CollectedRun } from './collect.js';
export { EventChannel } from './event-channel.js';
