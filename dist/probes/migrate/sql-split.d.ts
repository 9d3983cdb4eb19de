export interface SqlStatement {
    sql: string;
    /** 1-based line where the statement starts. */
    line: number;
}
export declare function splitSql(text: string): SqlStatement[];
/** The text with comments removed (strings kept), for classifying statements. */
export declare function stripComments(sql: string): string;
export declare function needsNoTransaction(statements: readonly SqlStatement[], fileText: string): boolean;
