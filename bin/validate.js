#!/usr/bin/env node
// wq-validate. `npm run build` bundles scripts/validate.ts into plain JavaScript in
// dist/validate/cli/ (scripts/lib/validate/cli-bundle.ts), which starts ≈ 0.3 s sooner than the
// TypeScript through tsx's loader. The bundle runs only while every source it was built from is
// byte for byte unchanged (current-bundle.js); otherwise, or when WQ_VALIDATE_FROM_SOURCE is
// set, the sources run through tsx, so an edit is never ignored.
import { currentBundle } from './current-bundle.js';

const root = new URL('../', import.meta.url);
const bundle = process.env.WQ_VALIDATE_FROM_SOURCE ? undefined : currentBundle(new URL('dist/validate/cli/', root), root);
if (bundle) {
  await import(bundle);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../scripts/validate.ts');
}
