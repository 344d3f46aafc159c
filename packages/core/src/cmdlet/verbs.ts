/** PowerShell's approved verbs (Get-Verb), with their groups, for naming checks and Get-Verb. */

export type VerbGroup = 'Common' | 'Communications' | 'Data' | 'Diagnostic' | 'Lifecycle' | 'Other' | 'Security';

const groups: Record<VerbGroup, readonly string[]> = {
  Common: [
    'Add', 'Clear', 'Close', 'Copy', 'Enter', 'Exit', 'Find', 'Format', 'Get', 'Hide', 'Join', 'Lock', 'Move', 'New', 'Open',
    'Optimize', 'Pop', 'Push', 'Redo', 'Remove', 'Rename', 'Reset', 'Resize', 'Search', 'Select', 'Set', 'Show', 'Skip',
    'Split', 'Step', 'Switch', 'Undo', 'Unlock', 'Watch',
  ],
  Communications: ['Connect', 'Disconnect', 'Read', 'Receive', 'Send', 'Write'],
  Data: [
    'Backup', 'Checkpoint', 'Compare', 'Compress', 'Convert', 'ConvertFrom', 'ConvertTo', 'Dismount', 'Edit', 'Expand',
    'Export', 'Group', 'Import', 'Initialize', 'Limit', 'Merge', 'Mount', 'Out', 'Publish', 'Restore', 'Save', 'Sync',
    'Unpublish', 'Update',
  ],
  Diagnostic: ['Debug', 'Measure', 'Ping', 'Repair', 'Resolve', 'Test', 'Trace'],
  Lifecycle: [
    'Approve', 'Assert', 'Build', 'Complete', 'Confirm', 'Deny', 'Deploy', 'Disable', 'Enable', 'Install', 'Invoke',
    'Register', 'Request', 'Restart', 'Resume', 'Start', 'Stop', 'Submit', 'Suspend', 'Uninstall', 'Unregister', 'Wait',
  ],
  Other: ['Use'],
  Security: ['Block', 'Grant', 'Protect', 'Revoke', 'Unblock', 'Unprotect'],
};

export interface ApprovedVerb {
  readonly verb: string;
  readonly group: VerbGroup;
}

export const approvedVerbs: readonly ApprovedVerb[] = Object.entries(groups)
  .flatMap(([group, verbs]) => verbs.map((verb) => ({ verb, group: group as VerbGroup })))
  .sort((a, b) => a.verb.localeCompare(b.verb));

const approvedSet = new Set(approvedVerbs.map((v) => v.verb.toLowerCase()));

export function isApprovedVerb(verb: string): boolean {
  return approvedSet.has(verb.toLowerCase());
}
