export declare function urlPath(url: string): string;
