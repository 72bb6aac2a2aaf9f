import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '../src/db/database.js';
import { commitImport } from '../src/modules/imports/index.js';
import { partnersImporter } from '../src/modules/partners/partners.importer.js';
import { systemCtx } from '../src/shared/context.js';
import { log } from './progress.js';

/** One import of a generated partners file: throughput and the process's memory while it ran. */
export type ImportResult = {
  rows: number;
  bytes: number;
  seconds: number;
  rowsPerSecond: number;
  /** The highest resident set size sampled during the import (MB). */
  peakRssMb: number;
  /** How far that peak rose above the resident size when the import started (MB). */
  rssGrowthMb: number;
};

const COUNTRIES = ['US', 'DE', 'FR', 'GB', 'NL', 'SE', 'JP', 'BR', 'IN', 'AU'];

function writeFile(rows: number, tag: string): string {
  const file = path.join(os.tmpdir(), `consort-import-bench-${process.pid}-${tag}.csv`);
  const out = fs.openSync(file, 'w');
  // A Salesforce-shaped accounts export, recognised by its headers.
  let chunk = 'Account Name,Website,Company Domain Name,Billing Country,Industry,Type,Number of Employees\n';
  for (let i = 0; i < rows; i += 1) {
    chunk += `Import Bench ${tag} ${i},https://ib-${tag}-${i}.example,ib-${tag}-${i}.example,${COUNTRIES[i % COUNTRIES.length]},Software,Channel Partner / Reseller,${(i % 4000) + 5}\n`;
    if (chunk.length > 1 << 20) {
      fs.writeSync(out, chunk);
      chunk = '';
    }
  }
  fs.writeSync(out, chunk);
  fs.closeSync(out);
  return file;
}

/**
 * Imports `rows` partners through the import service (what `POST /imports/partners` and
 * `consort import` run: streamed, checked in batches, written in one transaction), sampling RSS
 * every 20 ms. Two sizes show whether memory stays flat: the peak should not grow with the file.
 */
export async function benchImport(database: Database, rows: number, tag: string): Promise<ImportResult> {
  const file = writeFile(rows, tag);
  const bytes = fs.statSync(file).size;
  global.gc?.();
  const startRss = process.memoryUsage().rss;
  let peak = startRss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const started = performance.now();
  try {
    const outcome = await commitImport(systemCtx(database.db, 'bench import'), {
      importer: partnersImporter,
      source: { path: file, fileName: path.basename(file), bytes },
    });
    if (outcome.rows !== rows) throw new Error(`imported ${outcome.rows} of ${rows} rows`);
  } finally {
    clearInterval(sampler);
    fs.rmSync(file, { force: true });
  }
  const seconds = (performance.now() - started) / 1000;
  peak = Math.max(peak, process.memoryUsage().rss);
  const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;
  const result = {
    rows,
    bytes,
    seconds,
    rowsPerSecond: Math.round(rows / seconds),
    peakRssMb: mb(peak),
    rssGrowthMb: mb(peak - startRss),
  };
  log(
    `  import of ${rows} partners: ${result.rowsPerSecond} rows/s, peak RSS ${result.peakRssMb} MB (+${result.rssGrowthMb} MB)`,
  );
  return result;
}
