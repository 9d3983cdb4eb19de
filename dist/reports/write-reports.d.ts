import type { Section } from '../core/report-model.js';
import type { ResultEnvelope as Result } from '../core/result.js';
export declare const REPORT_FILES: {
    readonly json: "result.json";
    readonly md: "report.md";
    readonly html: "report.html";
    readonly junit: "junit.xml";
};
export declare function writeReports(r: Result, sections: readonly Section[], outDir: string): Promise<void>;
