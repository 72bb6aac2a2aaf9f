// Checks that every installed package declares support for the oldest Node.js we promise
// (package.json "engines.node", e.g. ">=20.19"): walks node_modules and reads each package's own
// "engines.node". Exits 1 and names every package whose range excludes that version, so a
// dependency update that quietly drops our minimum fails `npm test` instead of printing an
// EBADENGINE warning nobody reads. Run alone: `node scripts/check-engines.mjs`.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import semver from 'semver';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * @param {string} dir a node_modules folder
 * @returns {Generator<string>} the folders of the packages installed in it, nested ones included
 */
function* packagesIn(dir) {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || !(entry.isDirectory() || entry.isSymbolicLink())) continue;
    const full = path.join(dir, entry.name);
    if (entry.name.startsWith('@')) {
      for (const scoped of fs.readdirSync(full, { withFileTypes: true })) {
        if (scoped.isDirectory()) yield* packageAndNested(path.join(full, scoped.name));
      }
    } else {
      yield* packageAndNested(full);
    }
  }
}

/** @param {string} dir */
function* packageAndNested(dir) {
  if (fs.existsSync(path.join(dir, 'package.json'))) yield dir;
  yield* packagesIn(path.join(dir, 'node_modules'));
}

/**
 * @param {string} projectRoot
 * @returns {{ minimum: string, offenders: { name: string, version: string, node: string }[] }}
 */
export function checkEngines(projectRoot) {
  const own = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8'));
  const declared = own.engines?.node;
  const minimum = declared ? semver.minVersion(declared) : null;
  if (!minimum) throw new Error('package.json has no engines.node range to check against');
  const offenders = [];
  for (const dir of packagesIn(path.join(projectRoot, 'node_modules'))) {
    let manifest;
    try {
      manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    } catch {
      continue; // not a package (e.g. a folder of fixtures with a broken package.json)
    }
    const node = manifest.engines?.node;
    if (typeof node !== 'string' || !manifest.name || !manifest.version) continue;
    // A range semver cannot read is reported rather than trusted.
    const ok = semver.validRange(node) !== null && semver.satisfies(minimum, node, { includePrerelease: true });
    if (!ok) offenders.push({ name: manifest.name, version: manifest.version, node });
  }
  offenders.sort((a, b) => a.name.localeCompare(b.name));
  return { minimum: minimum.version, offenders };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { minimum, offenders } = checkEngines(root);
  if (offenders.length === 0) {
    console.log(`Every installed package supports Node.js ${minimum} (the minimum in package.json engines).`);
  } else {
    console.error(`These installed packages do not declare support for Node.js ${minimum} (package.json engines):`);
    for (const o of offenders) console.error(`  ${o.name}@${o.version} wants node ${o.node}`);
    process.exit(1);
  }
}
