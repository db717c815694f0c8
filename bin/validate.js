#!/usr/bin/env node
// wq-validate: runs scripts/validate.ts through tsx's loader, so the command works from a
// checkout without a separate compile step.
import { register } from 'tsx/esm/api';

register();
await import('../scripts/validate.ts');
