export * from './netValue';
export * from './categories';
