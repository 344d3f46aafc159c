/** The version of @entra-shell/core, shown by Get-Command and the shell's --version. */
export const VERSION = '0.1.0';
