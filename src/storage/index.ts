/** Storage: engines, key names, quarantine, durability, locks and tab sync. */
export * from './keys';
export * from './engine';
export * from './idb-engine';
export * from './session-engine';
export * from './errors';
export * from './quarantine';
export * from './persistence';
export * from './locks';
export * from './tab-sync';
