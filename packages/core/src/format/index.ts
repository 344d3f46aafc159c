// Public API of output formatting: see ../values/README.md.
export type { Alignment, TableColumn, ListEntry, FormatDescription, FormatChunk, ViewProperty, ViewDefinition } from './types.js';
export { FormattedChunk } from './types.js';
export { registerDefaultView, unregisterDefaultView, findDefaultView } from './views.js';
export { cellText, renderValueForDisplay, ENUMERATION_LIMIT } from './cell-text.js';
export { createFormatter, formatRecords, chunksToDescriptions, type Formatter, type FormatterOptions } from './formatter.js';
export { renderText, renderDescriptions, fitColumnWidths, type RenderOptions } from './render-text.js';
export { toJson, jsonTruncationWarning, type ToJsonOptions } from './json-write.js';
export { fromJson, type FromJsonOptions } from './json-read.js';
