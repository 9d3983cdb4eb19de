export interface SignoffInfo {
    by: string;
    at: string;
    verdict: string;
    commit?: string;
    note?: string;
    override?: string;
}
export interface ReportExtras {
    signoff?: SignoffInfo;
    /** Set when result.json no longer matches the signed hash. */
    tampered?: string;
}
