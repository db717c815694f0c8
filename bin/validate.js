#!/usr/bin/env node
// wq-validate: runs scripts/validate.ts through tsx's loader, so the command works from a
// checkout without a compile step (dist/ holds only the generated schema validators).
import { register } from 'tsx/esm/api';

register();
await import('../scripts/validate.ts');
