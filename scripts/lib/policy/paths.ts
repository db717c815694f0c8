/** Where the policy sources and the built model live (no heavy imports: read at start-up). */
import path from 'node:path';

/** The policy directory of this project. */
export const POLICY_DIR = path.resolve(import.meta.dirname, '../../../policy');

/** The compiled model, written by npm run build:policy. */
export const MODEL_PATH = path.resolve(POLICY_DIR, '../dist/policy.json');
