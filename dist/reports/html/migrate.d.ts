import type { MigrateProbe } from '../../probes/migrate/block.ts';
import { type HtmlSection } from './section.ts';
export declare function migrateHtmlSection(p: MigrateProbe): HtmlSection;
