/** The compensation capability (损坏赔偿): what phase-2 use cases, the CLI and custom functions call. */
export * from './policy';
export * from './nature';
export * from './payers';
export * from './priceList';
export * from './incident';
export * from './engine';
export * from './settlement';
export * from './writeOff';
export * from './json';
export * from './sheets';
export * from './policySheet';
export { NATURE_LABELS, RULE_LABELS, DISPOSITION_LABELS, BASIS_LABELS } from './messages';
