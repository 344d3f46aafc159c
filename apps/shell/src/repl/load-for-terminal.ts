/**
 * Loads the interactive shell so that Ink draws it as a terminal program even when a CI marker is set.
 *
 * Ink decides once, when it is first imported, whether it runs in CI (the `CI` or
 * `CONTINUOUS_INTEGRATION` variable, through is-in-ci). In that mode it writes only `<Static>` output
 * and never draws the live area, so the prompt would never appear: a shell started from a terminal in
 * a CI job, a devcontainer or a build agent's debug session would look hung. The interactive shell
 * only starts when standard input is a terminal, so those markers say nothing about it; they are
 * hidden while Ink loads and put back at once, so commands the shell runs still see them.
 */

/** The variables is-in-ci reads. */
const CI_MARKERS = ['CI', 'CONTINUOUS_INTEGRATION'] as const;

export async function loadForTerminal<T>(load: () => Promise<T>, env: NodeJS.ProcessEnv = process.env): Promise<T> {
  const saved = new Map<string, string>();
  for (const name of CI_MARKERS) {
    const value = env[name];
    if (value !== undefined) saved.set(name, value);
    delete env[name];
  }
  try {
    return await load();
  } finally {
    for (const [name, value] of saved) env[name] = value;
  }
}
