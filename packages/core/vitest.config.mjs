import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectConfig } from '../../vitest.shared.mjs';

export default projectConfig(dirname(fileURLToPath(import.meta.url)));
