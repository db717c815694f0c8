/** Where the policy sources and the built model live (no heavy imports: read at start-up). */
import path from 'node:path';
import { ROOT_DIR } from '../root.ts';

/** The policy directory of this project. */
export const POLICY_DIR = path.join(ROOT_DIR, 'policy');

/** The compiled model, written by npm run build:policy. */
export const MODEL_PATH = path.join(ROOT_DIR, 'dist/policy.json');
