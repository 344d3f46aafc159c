/** Directory role template ids (the `wids` claim) and the demo tenant's well-known ids. */

export const ROLE = {
  globalAdministrator: '62e90394-69f5-4237-9190-012177145e10',
  globalReader: 'f2ef992c-3afb-46b9-b7cf-a126ee74c451',
  authenticationAdministrator: 'c4e39bd9-1100-46d3-8c65-fb160da0071f',
  privilegedAuthenticationAdministrator: '7be44c8a-adaf-4e2a-84d6-ab2649e08a13',
  authenticationPolicyAdministrator: '0526716b-113d-4c15-b2c8-68e3c22b9f80',
  securityAdministrator: '194ae4cb-b126-40b2-bd5b-6091b380977d',
  securityReader: '5d6b6bb7-de71-4623-b4af-96380a352509',
  helpdeskAdministrator: '729827e3-9c14-49f7-bb1b-9608f156bbb8',
  userAdministrator: 'fe930be7-5e62-47db-91af-98c3a49a38b1',
  /** Present in every member's token: the default user role. Not an admin role. */
  defaultUser: 'b79fbf4d-3ef9-4689-8143-76b194e85509',
} as const;

/** Roles that make a user an "admin" target: only privileged roles may manage their TAP. */
export function isAdminRoleSet(roles: readonly string[]): boolean {
  return roles.some((role) => role !== ROLE.defaultUser);
}

export const DEMO_TENANT = {
  id: 'b5b3e5c2-5d61-4b0a-9f3e-1c2d3e4f5a6b',
  domain: 'contoso.onmicrosoft.com',
  displayName: 'Contoso',
} as const;

/** The client id the emulator puts in tokens unless told otherwise. */
export const DEMO_APP_ID = '8c3a5e71-2f4d-4b9e-a1c6-7d0e9f2b3a45';

/** Well-known groups of the demo tenant (`/groups`; also usable as TAP policy targets). */
export const DEMO_GROUPS = {
  /** Members of the IT and Support help desks: a sensible pilot include target. */
  tapPilot: '3f0c6d9e-8a41-4c2b-9d57-0e1f2a3b4c5d',
  /** Emergency access accounts: the usual exclude target. */
  breakGlass: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  /** "New Hires": a handful of people and the nested group "New Hires - Engineering". */
  newHires: '5d1f3a2b-7c4e-4e8a-9b61-2f3a4b5c6d7e',
} as const;

export const JOHN_DOE_ID = '72e2eb87-c124-4bd9-8e01-a447a1752058';
