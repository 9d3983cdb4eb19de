export declare function intList(value: string): number[];
export declare function positiveNumber(value: string): number;
export declare function collect(value: string, previous: string[] | undefined): string[];
/** "90s", "2m", "1h" or seconds, as milliseconds; anything else is a usage error, never the default. */
export declare function duration(value: string): number;
