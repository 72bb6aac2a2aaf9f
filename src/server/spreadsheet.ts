import { once } from 'node:events';
import { PassThrough, Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';

/**
 * Streamed CSV and XLSX writing for exports (docs/development.md, "Exports"). Rows arrive as an
 * async iterable and leave as a stream, so an export of any size holds one page in memory.
 */

export type CellType = 'text' | 'number' | 'boolean' | 'date';
export type CellValue = string | number | boolean | Date | null;

export type SheetColumn = { header: string; type: CellType };

/** A text cell a spreadsheet would read as a formula: `=`, `+`, `-`, `@`, tab or carriage return first. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Formula injection (CSV injection): a text cell that starts like a formula gets a leading `'`,
 * which spreadsheets show as "this is text". Number, boolean and date cells are written as what
 * they are, so a negative number stays a number.
 */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function csvCell(value: CellValue, type: CellType): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (type === 'text') return neutralise(String(value));
  return String(value);
}

function xlsxCell(value: CellValue, type: CellType): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (type === 'number') {
    const n = typeof value === 'number' ? value : Number(value);
    return Number.isFinite(n) ? n : neutralise(String(value));
  }
  if (type === 'boolean') return typeof value === 'boolean' ? value : String(value) === 'true';
  if (value instanceof Date) return value;
  return neutralise(String(value));
}

/** A CSV stream: a header line of the column names, then one line per row (RFC 4180 quoting). */
export function csvStream(columns: readonly SheetColumn[], rows: AsyncIterable<readonly CellValue[]>): Readable {
  const source = Readable.from(
    (async function* () {
      for await (const row of rows) yield row.map((value, i) => csvCell(value, columns[i]?.type ?? 'text'));
    })(),
  );
  const out = stringify({ header: true, columns: columns.map((c) => c.header), record_delimiter: '\r\n' });
  source.on('error', (error) => out.destroy(error));
  return source.pipe(out);
}

/**
 * An XLSX stream (one worksheet, a bold frozen header row): numbers as numeric cells, dates as
 * date cells, text as strings that never become formulas (and are neutralised like CSV, so the
 * same file opened either way reads the same).
 */
export function xlsxStream(
  columns: readonly SheetColumn[],
  rows: AsyncIterable<readonly CellValue[]>,
  sheetName = 'Export',
): Readable {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    header: c.header,
    key: c.header,
    width: Math.min(40, Math.max(10, c.header.length + 2)),
    ...(c.type === 'date' ? { style: { numFmt: 'yyyy-mm-dd hh:mm:ss' } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  (async () => {
    let n = 0;
    for await (const row of rows) {
      sheet.addRow(row.map((value, i) => xlsxCell(value, columns[i]?.type ?? 'text'))).commit();
      n += 1;
      // Let the reader catch up now and then: the zip writer buffers what the socket has not taken.
      if (n % 500 === 0 && out.writableNeedDrain) await once(out, 'drain');
    }
    sheet.commit();
    await workbook.commit();
  })().catch((error: Error) => out.destroy(error));
  return out;
}
