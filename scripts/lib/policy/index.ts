export * from './model.ts';
export { compilePolicy, compileSources, readPolicySources, POLICY_DIR } from './compile.ts';
export { measuresPlainText, normaliseForComparison } from './plain-text.ts';
export { formatPolicyMessages, countErrors } from './format-messages.ts';
export { loadPolicyModel, MODEL_PATH } from './load.ts';
