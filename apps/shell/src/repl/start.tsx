/**
 * Interactive mode. This module (and Ink/React with it) is loaded only on a terminal; the engine is
 * loaded after the first frame, and the demo tenant connects in the background, so the prompt is
 * on screen before either finishes.
 */
import { render } from 'ink';
import { defaultHistoryPath, HistoryFile } from '../history/history-file.js';
import { App } from './App.js';
import type { InkHost } from './host/ink-host.js';
import type { ReplBackend } from '../backend/types.js';

export interface ReplOptions {
  readonly color: boolean;
  readonly version: string;
  readonly env: NodeJS.ProcessEnv;
}

/** The tenant `Connect-EntraID -Demo` starts, shown in the prompt while it connects. */
export const DEMO_LOCATION = 'demo:contoso.onmicrosoft.com';

/** One line, under 80 columns: where you are and how to get to a real tenant. */
export function bannerText(version: string): string {
  return `entra-shell ${version} · demo tenant · your own: Connect-EntraID -Tenant <domain>`;
}

function backendLoader(color: boolean) {
  return async (host: InkHost, print: (text: string) => void): Promise<ReplBackend> => {
    const { createCoreBackend } = await import('../backend/core-backend.js');
    return createCoreBackend({ host, connectDemo: true, print, color });
  };
}

export async function startRepl(options: ReplOptions): Promise<number> {
  let exitCode = 0;
  const instance = render(
    <App
      createBackend={backendLoader(options.color)}
      historyFile={new HistoryFile(defaultHistoryPath(options.env))}
      color={options.color}
      banner={bannerText(options.version)}
      initialLocation={DEMO_LOCATION}
      onExit={(code) => (exitCode = code)}
    />,
    { exitOnCtrlC: false, patchConsole: true },
  );
  await instance.waitUntilExit();
  return exitCode;
}
