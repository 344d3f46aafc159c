/** The conceptual help topics Get-Help finds by name (`Get-Help about_Bulk_Issuance`, `Get-Help about_*`). */
import { hasWildcard, matchesWildcard } from '../../../cmdlet/wildcard.js';
import { aboutBulkIssuance } from './about-bulk-issuance.js';
import { aboutCommonParameters } from './about-commonparameters.js';
import { aboutDemoTenant } from './about-demo-tenant.js';
import { aboutEntraShell } from './about-entrashell.js';
import { aboutEntraShellLanguage } from './about-entrashell-language.js';
import { aboutSecrets } from './about-secrets.js';
import { aboutTemporaryAccessPass } from './about-temporary-access-pass.js';
import type { AboutTopic } from './topic.js';

export { renderTopic, type AboutTopic } from './topic.js';

/** In name order, as Get-Help lists them. */
export const ABOUT_TOPICS: readonly AboutTopic[] = [
  aboutBulkIssuance,
  aboutCommonParameters,
  aboutDemoTenant,
  aboutEntraShell,
  aboutEntraShellLanguage,
  aboutSecrets,
  aboutTemporaryAccessPass,
];

/** The topic names, for completing Get-Help's -Name. */
export function aboutTopicNames(): readonly string[] {
  return ABOUT_TOPICS.map((t) => t.name);
}

/** The topics a name or wildcard pattern names (case-insensitive, as every PowerShell name). */
export function findAboutTopics(pattern: string): AboutTopic[] {
  if (!hasWildcard(pattern)) return ABOUT_TOPICS.filter((t) => t.name.toLowerCase() === pattern.toLowerCase());
  return ABOUT_TOPICS.filter((t) => matchesWildcard(t.name, pattern));
}
