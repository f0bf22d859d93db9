import { setTheme } from '@fluentui/web-components';
import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme } from '@fluentui/tokens';
import { repaintCharts } from './analytics-charts';

/** Teams' three themes ("default", "dark", "contrast") as Fluent UI token sets. */
export function applyTeamsTheme(theme: string | undefined): void {
  const name = theme === 'dark' ? 'dark' : theme === 'contrast' ? 'contrast' : 'light';
  setTheme(name === 'dark' ? teamsDarkTheme : name === 'contrast' ? teamsHighContrastTheme : teamsLightTheme);
  document.documentElement.dataset.theme = name;
  // Charts are drawn on canvases, which take no colour from the page's styles.
  repaintCharts();
}
