/**
 * The prompt for a location, as the REPL shows it and as a transcript records it before each
 * command line. No imports: the REPL draws its first frame before the engine loads.
 */
export function promptFor(location: string | undefined): string {
  return location ? `PS ${location}> ` : 'PS> ';
}
