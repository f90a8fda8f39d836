export { OperatorProvider } from '../shared/context.js';
