export declare function resolveShipgateToSelf(): void;
