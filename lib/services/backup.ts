// Restoring a backup or a shared process, read and checked whole by lib/backup (readBackup,
// readProcess), then written in one transaction (applyImport): all of it, or nothing.

import type { FullBackup, ProcessBackup } from '../backup/format';
import { applyImport, type ImportMode, type ImportPlan, ImportRefusedError } from '../backup/import';
import type { AppDB } from '../db/schema';
import { failure, ok, type Result, toFailure } from './result';

export function importBackup(
  db: AppDB,
  input: { file: FullBackup | ProcessBackup; mode: ImportMode },
  _now: number,
): Promise<Result<ImportPlan>> {
  return applyImport(db, input.file, input.mode).then(ok, (error: unknown) =>
    error instanceof ImportRefusedError
      ? failure('importRefused', { detail: error.message }, { problems: error.problems })
      : toFailure(error),
  );
}
