/** The workbook model: schema, restore, migrations and the file format. */
export * from './ids';
export * from './workbook';
export * from './describe-error';
export * from './migrations';
export * from './restore';
export * from './file-format';
export * from './field-keys';
