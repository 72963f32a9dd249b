export * from './codes';
export * from './design';
export * from './items';
export * from './layouts';
export * from './messages';
export * from './pdf';
export * from './sheet';
