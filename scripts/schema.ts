// Writes schemas/exconn.schema.json, the JSON Schema of exconn.json that VS Code's JSON support reads
// (package.json contributes.jsonValidation), from the one definition the server's check uses too.
// Run with `npm run schema` after changing organizationDefinition.ts; a test fails until you do.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ORGANIZATION_SCHEMA_TEXT } from '../server/src/core/simulator/organization/organizationDefinition';

const target = path.join(__dirname, '..', 'schemas', 'exconn.schema.json');
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, ORGANIZATION_SCHEMA_TEXT);
process.stdout.write(`Wrote ${path.relative(process.cwd(), target)}\n`);
