// What gates read and how they are written, shared by probes (which offer metrics and default
// gates) and the gates layer (which parses, compiles and judges). Types only.
export {};
