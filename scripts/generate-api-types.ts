// Regenerates web/src/api/schema.d.ts (the typed API client's types) from the OpenAPI document.
// test/openapi.test.ts fails when the committed file is out of date.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderApiTypes } from '../test/support/api-types.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(root, 'web/src/api/schema.d.ts');
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, await renderApiTypes());
console.log(`Wrote ${path.relative(root, target)}`);
