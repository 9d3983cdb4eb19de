// TEMPLATE: the report, as sections of typed blocks (table, note, facts, chart) built from the
// block alone. Never HTML or Markdown: the renderers draw each block kind once.
import type { Section } from '../../core/report-model.ts';
import type { TemplateBlock } from './block.ts';

export function templateReport(b: TemplateBlock): Section[] {
  return [
    {
      id: 'template',
      title: 'Template probe',
      ...(b.status === 'error' ? { headline: { text: `Could not measure: ${b.message ?? 'unknown'}`, tone: 'bad' as const } } : {}),
      blocks: [{ kind: 'facts', items: [{ label: 'pause took', value: b.tookMs ?? null, unit: 'ms' }] }],
    },
  ];
}
