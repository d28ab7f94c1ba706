// A subpath of the kit (`@otou/ui/chart`), not in the shared runtime: only the pages that draw a chart bundle it,
// and chart.js itself is loaded when the first chart is shown.
export { default as ChartFigure } from './ChartFigure.svelte';
export type { ChartConfiguration } from 'chart.js';
