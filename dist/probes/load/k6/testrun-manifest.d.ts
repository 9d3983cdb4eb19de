export interface ManifestOptions {
    /** DNS-1123 name stem for the TestRun and its ConfigMap. */
    name: string;
    scriptFile: string;
    script: string;
    parallelism: number;
    target: string;
    secretHeaders: Record<string, string>;
}
/** A DNS-1123 label from any scenario name: lower case, digits and '-', at most 52 chars. */
export declare function k8sName(s: string): string;
export declare function secretName(name: string): string;
export declare function testRunManifest(o: ManifestOptions): string;
