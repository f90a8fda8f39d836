export { OperatorProvider } from './operator-provider.js';
