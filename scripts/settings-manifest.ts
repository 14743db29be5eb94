/**
 * Writes the `contributes.configuration` block of package.json from the settings keys and the
 * rule registry (`server/src/settings/manifest.ts`). Only that block's text is replaced; the
 * rest of the file keeps its formatting. Run after adding a rule or a setting:
 * `node --import tsx scripts/settings-manifest.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer } from '../server/src/engine/index.js';
import { configurationBlock } from '../server/src/settings/manifest.js';
import { replaceJsonMember } from './jsonBlock.js';

const file = join(__dirname, '..', 'package.json');
const block = configurationBlock(createAnalyzer().rules);
writeFileSync(file, replaceJsonMember(readFileSync(file, 'utf8'), ['contributes', 'configuration'], block));
process.stdout.write(`${file}: contributes.configuration written (${Object.keys(block.properties).length} settings).\n`);
