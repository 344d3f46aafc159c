/** The text of `entra-shell --help`. */
export function helpText(version: string): string {
  return `entra-shell ${version} - a PowerShell-style shell for Microsoft Entra ID

Usage:
  entra-shell                               interactive shell, connected to the demo tenant
  entra-shell -Command "<script>"           run a script and exit ('-' reads it from stdin)
  entra-shell -File <path> [args...]        run a script file and exit ($args holds the args)
  <script> | entra-shell                    run the script on standard input and exit

Options (case-insensitive; unique prefixes and GNU spellings work too):
  -Command, -c, --command <script>          the script to run
  -File, -f, --file <path>                  the script file to run
  -OutputFormat, -o, --output-format Text|Json
                                            Json: one array of the output records on stdout,
                                            errors on stderr
  -NonInteractive, -noni, --non-interactive never prompt; missing mandatory parameters are errors
  -NoColor, --no-color                      no ANSI colours (also when NO_COLOR is set)
  -Version, --version                       print the version
  -Help, -?, --help                         print this help

Scripts start unconnected: say 'Connect-EntraID -Demo' for the built-in demo tenant, or connect
to a real tenant (see 'Get-Help Connect-EntraID').

Exit codes: 0 when no error was written, 1 when an error was written or a terminating error
ended the script, 64 for a bad command line.
`;
}
