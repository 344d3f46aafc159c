export { bindCommand } from './bind.js';
export type { BindOptions, BoundInvocation, CommandBinding } from './bind.js';
export { BindingError, bindingMessages } from './errors.js';
export type { BindingErrorId } from './errors.js';
export { matchParameterName } from './names.js';
export type { BindableParameter, NameMatch } from './names.js';
