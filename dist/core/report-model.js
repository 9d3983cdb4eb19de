// What a probe's part of a report is made of: typed blocks, as Lighthouse's details types
// (table, opportunity, list). A probe returns sections of these from its result.json block;
// each renderer (terminal, Markdown, HTML) draws every kind once, with one number formatter.
// Probes never write HTML or Markdown.
export {};
