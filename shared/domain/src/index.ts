export * from './calendar.ts';
export * from './format.ts';
export * from './i18n.ts';
export * from './modules.ts';
export * from './roles.ts';
export * from './schemas.ts';
export * from './scope.ts';
export * from './thaiId.ts';
