/**
 * The categorical hues the views share: Tableau 10's first nine, which stay apart from each other
 * in light and dark mode. The sunburst's branches add Tableau's grey as a tenth; groups add three
 * more hues instead, since grey is what an ungrouped class is drawn in.
 */
export const TABLEAU_HUES = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f'] as const;
