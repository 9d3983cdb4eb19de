import { type IncomingMessage, type ServerResponse } from 'node:http';
export type SiteRoute = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;
export interface RunningSite {
    url: string;
    close(): Promise<void>;
}
/** `routesFile` defaults to `<dir>/routes.ts` when that exists. */
export declare function startSite(dir: string, routesFile?: string): Promise<RunningSite>;
/** Gzip when the client accepts it (browsers do); `cacheKey` keeps the compressed copy. */
export declare function sendBody(req: IncomingMessage, res: ServerResponse, type: string, body: Buffer, cache?: Map<string, Buffer>, cacheKey?: string): void;
