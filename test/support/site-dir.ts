/** The built handbook the browser tests read: dist/site, or WQ_SITE_OUT_DIR. */
import path from 'node:path';
import { DEFAULT_OUT_DIR } from '../../scripts/lib/site/build.ts';

export const SITE_DIR = path.resolve(process.env['WQ_SITE_OUT_DIR'] ?? DEFAULT_OUT_DIR);
