/** Reconciling bulk runs against the service's state: used by the fault soak and `pnpm bench`. */
export { reconcileBulkIssuance, reconciliationLines } from './bulk-reconciliation.js';
export type { BulkInputUser, BulkReconciliation, BulkReconciliationInput, ReportedError, ReportedPass, ServicePass } from './bulk-reconciliation.js';
