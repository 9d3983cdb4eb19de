export declare function redactText(text: string): string;
/** The URL without its password, for printing. */
export declare function redactUrl(url: string): string;
