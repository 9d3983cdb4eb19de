import type { MigrateProbe } from '../../probes/migrate/block.js';
import { type HtmlSection } from './section.js';
export declare function migrateHtmlSection(p: MigrateProbe): HtmlSection;
