import { setTheme } from '@fluentui/web-components';
import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme } from '@fluentui/tokens';

/** Teams' three themes ("default", "dark", "contrast") as Fluent UI token sets. */
export function applyTeamsTheme(theme: string | undefined): void {
  const name = theme === 'dark' ? 'dark' : theme === 'contrast' ? 'contrast' : 'light';
  setTheme(name === 'dark' ? teamsDarkTheme : name === 'contrast' ? teamsHighContrastTheme : teamsLightTheme);
  document.documentElement.dataset.theme = name;
}
