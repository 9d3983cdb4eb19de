export declare function resultJsonSchema(): Record<string, unknown>;
export declare function resultJsonSchemaText(): string;
