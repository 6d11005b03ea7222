// Backup and restore (everything), and "Share my process" (stages, cadences, templates).
export { backupFileName, backupToJson, exportBackup, exportProcess } from './export';
export {
  BACKUP_FORMAT,
  type BackupFile,
  checkIntegrity,
  FORMAT_MIGRATIONS,
  FORMAT_VERSION,
  type FormatMigration,
  type FullBackup,
  MAX_FILE_CHARS,
  MAX_PROBLEMS,
  PROCESS_FORMAT,
  type Problem,
  type ProcessBackup,
  type ReadResult,
  readBackup,
  readProcess,
} from './format';
export {
  applyImport,
  type BackupTable,
  FULL_TABLES,
  type ImportMode,
  type ImportPlan,
  ImportRefusedError,
  PROCESS_TABLES,
  planImport,
  type TableCounts,
} from './import';
export type { FullData, ProcessData } from './schemas';
