import { Spinner } from '@fluentui/web-components/spinner/class.js';
import { definition } from '@fluentui/web-components/spinner/definition.js';
import { styles } from '@fluentui/web-components/spinner/styles.js';
import { template } from '@fluentui/web-components/spinner/template.js';

/**
 * Fluent's spinner turns forever, even when the system asks for reduced motion (WCAG 2.3.3): its parts are in a
 * shadow root the page's own sheet cannot reach, so the element is defined as Fluent defines it, with one more
 * rule that stills them. The ring is still drawn, and the spinner is still named "Loading".
 */
const STILL = '@media (prefers-reduced-motion: reduce) { .progress, .spinner, .indicator { animation: none; } }';

Spinner.define({ name: definition.name, registry: definition.registry, template, styles: [styles, STILL] });
