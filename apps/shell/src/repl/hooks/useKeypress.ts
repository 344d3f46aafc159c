/**
 * Raw keyboard input for the REPL: puts the terminal in raw mode through Ink (so Ink restores it on
 * exit), enables bracketed paste, and decodes every chunk with our KeyDecoder. The latest handler
 * is kept in a ref so re-renders never drop or duplicate a subscription.
 */
import { useStdin, useStdout } from 'ink';
import { useLayoutEffect, useRef } from 'react';
import { KeyDecoder, type InputEvent } from '../../keys/decoder.js';

const BRACKETED_PASTE_ON = '\x1b[?2004h';
const BRACKETED_PASTE_OFF = '\x1b[?2004l';

export function useKeypress(handler: (event: InputEvent) => void): void {
  const { stdin, setRawMode, isRawModeSupported } = useStdin();
  const { stdout } = useStdout();
  const handlerRef = useRef(handler);
  handlerRef.current = handler;

  // A layout effect subscribes during the first commit, so no key typed after the first frame is lost.
  useLayoutEffect(() => {
    if (isRawModeSupported) setRawMode(true);
    const decoder = new KeyDecoder();
    const onData = (data: Buffer | string): void => {
      for (const event of decoder.feed(typeof data === 'string' ? data : data.toString('utf8'))) handlerRef.current(event);
    };
    stdin.on('data', onData);
    if (stdout.isTTY) stdout.write(BRACKETED_PASTE_ON);
    return () => {
      stdin.off('data', onData);
      if (stdout.isTTY) stdout.write(BRACKETED_PASTE_OFF);
      if (isRawModeSupported) setRawMode(false);
    };
  }, [stdin, stdout, setRawMode, isRawModeSupported]);
}
