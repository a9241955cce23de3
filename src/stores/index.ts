/** The stores and their actions: what islands import. */
export { $storageHealth, refreshStorageHealth, requestPersistentStorage, useStorage, type StorageHealth } from './context';
export { $saveStatus, type SaveState, type SaveStatus } from './save-status';
export { $workbook, loadWorkbook, closeWorkbook, setAnswer, updateSetup, type ActionResult } from './workbook';
export {
  $workbooks,
  refreshWorkbooks,
  startWorkbookList,
  createNewWorkbook,
  renameWorkbook,
  duplicateWorkbook,
  deleteWorkbook,
  undoDelete,
  archiveWorkbook,
  unarchiveWorkbook,
  markExported,
  readWorkbook,
  type WorkbookSummary,
} from './workbooks';
export { startAutosave, flushAutosave, pendingFieldKeys, type AutosaveOptions } from './autosave';
export { listKeptAside, keptAsideText, discardKeptAside, storedRecordText, type KeptAside } from './kept-aside';
export { currentWorkbookIdFrom, rememberCurrentWorkbook, openCurrentWorkbook, type OpenResult } from './current-workbook';
export { exportWorkbook, importWorkbook, type IfExists, type ImportResult } from './transfer';
