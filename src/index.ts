/**
 * The whole package: registers `<operator-token-manager>`, `<operator-access-log>` and
 * `<operator-provider>`, and exports the typed client and every public type.
 * Import `./client`, `./token-manager` or `./access-log` alone to load less.
 */
export * from './client/index.js';
// The access log first: the single-script build (dist/cdn) then lays the elements' styles and
// messages out within gzip's reach of one another (0.25 kB smaller).
export * from './access-log/index.js';
export * from './token-manager/index.js';
export * from './provider/index.js';
export { OperatorElement } from './shared/operator-element.js';
export { OperatorEvent, OperatorErrorEvent, OperatorUnauthorizedEvent } from './shared/events.js';
export {
  plural,
  registerMessages,
  type MessageOverrides,
  type OperatorCatalogue,
  type OperatorMessages,
  type OperatorTranslation,
  type PluralForms,
} from './shared/localize.js';
