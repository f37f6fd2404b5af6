/**
 * Every synset component, for a page that wants them all: `import '…/components/index.js'`.
 * Each can also be imported alone from its folder (`synset-label/synset-label.js`); all of them
 * share the page's one index worker through `getSynsetClient()` (`src/client/client.ts`).
 */
export {
  SynsetSelectEvent,
  SynsetFilterChangeEvent,
  SynsetNamesChangeEvent,
  SynsetListAddEvent,
  SynsetListRemoveEvent,
  SynsetCompareEvent,
  SynsetComparePickEvent,
  SynsetCompareCloseEvent,
  SynsetGroupingChangeEvent,
  SynsetGroupHoverEvent,
  SynsetRunFileEvent,
  SynsetRunChangeEvent,
  SynsetRunRemoveEvent,
} from './events.js';
export { SynsetCard } from './synset-card/synset-card.js';
export { SynsetClassRun } from './synset-class-run/synset-class-run.js';
export { SynsetCompare } from './synset-compare/synset-compare.js';
export { SynsetExplorer } from './synset-explorer/synset-explorer.js';
export { SynsetExportMenu } from './synset-export-menu/synset-export-menu.js';
export { SynsetGroups } from './synset-groups/synset-groups.js';
export { SynsetLabel } from './synset-label/synset-label.js';
export { SynsetLabelIssues } from './synset-label-issues/synset-label-issues.js';
export { SynsetListDialog } from './synset-list-dialog/synset-list-dialog.js';
export { SynsetPath } from './synset-path/synset-path.js';
export { SynsetRunPicker } from './synset-run-picker/synset-run-picker.js';
export { SynsetSearch } from './synset-search/synset-search.js';
export { SynsetSpacePicker } from './synset-space-picker/synset-space-picker.js';
export { SynsetSunburst } from './synset-sunburst/synset-sunburst.js';
export { SynsetTree } from './synset-tree/synset-tree.js';
