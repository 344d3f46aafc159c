/**
 * pwsh ends every transcript when its session closes, writing each file's closing lines: the shell
 * does the same when the process exits, however it exits (exit, Ctrl+D, the end of a script). The
 * writes are synchronous, as an exit handler needs.
 */
import type { Session } from '@entra-shell/core';

const open = new Set<Session>();
let listening = false;

export function closeTranscriptsAtExit(session: Session): void {
  open.add(session);
  if (listening) return;
  listening = true;
  process.once('exit', () => {
    for (const s of open) s.transcripts.stopAll();
  });
}
