// What a report shows besides the result: a recorded sign-off, or a warning that result.json
// changed after it was signed.

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
