/** Start-Sleep (sleep): waits, but wakes at once when the pipeline is cancelled (Ctrl+C). */
import { defineCmdlet, parameter, types } from '../../cmdlet/index.js';
import { PSTimeSpan } from '../../values/model.js';

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
export function abortableDelay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason instanceof Error ? signal.reason : new Error('The pipeline has been stopped.'));
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal.reason instanceof Error ? signal.reason : new Error('The pipeline has been stopped.'));
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, Math.max(0, ms));
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

export const startSleep = defineCmdlet({
  name: 'Start-Sleep',
  aliases: ['sleep'],
  synopsis: 'Pauses for a number of seconds or milliseconds.',
  description:
    'Start-Sleep suspends the script for the given time. -Seconds accepts fractions (1.5), -Milliseconds whole ' +
    'milliseconds and -Duration a TimeSpan. Pressing Ctrl+C ends the wait immediately.',
  parameterSets: ['Seconds', 'Milliseconds', 'FromTimeSpan'],
  defaultParameterSet: 'Seconds',
  examples: [
    { code: 'Start-Sleep -Seconds 2', remarks: 'Waits two seconds.' },
    { code: 'sleep 0.5', remarks: 'Waits half a second, using the alias and the positional -Seconds.' },
    { code: 'Start-Sleep -Milliseconds 250', remarks: 'Waits a quarter of a second.' },
  ],
  parameters: {
    Seconds: parameter(types.double, {
      sets: { Seconds: { mandatory: true, position: 0, fromPipeline: 'both' } },
      validate: { range: [0, 2147483.647] },
      help: 'How many seconds to wait; fractions are allowed.',
    }),
    Milliseconds: parameter(types.int32, {
      sets: { Milliseconds: { mandatory: true, fromPipeline: 'propertyName' } },
      aliases: ['ms'],
      validate: { range: [0, 2147483647] },
      help: 'How many milliseconds to wait.',
    }),
    Duration: parameter(types.timeSpan, {
      sets: { FromTimeSpan: { mandatory: true, position: 0, fromPipeline: 'both' } },
      aliases: ['ts'],
      help: 'How long to wait, as a TimeSpan.',
    }),
  },
  async process(args, ctx) {
    const ms =
      args.Duration instanceof PSTimeSpan
        ? args.Duration.totalMilliseconds
        : args.Milliseconds !== undefined
          ? args.Milliseconds
          : (args.Seconds ?? 0) * 1000;
    await abortableDelay(ms, ctx.signal);
  },
});
