// The evaluator is internal: hosts reach it through the session. Exported: what sessions are built from.
export { Scope, memoryEnvironment, processEnvironment } from './scope.js';
export type { EnvironmentStore } from './scope.js';
