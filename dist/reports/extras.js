// What a report shows besides the result: a recorded sign-off, or a warning that result.json
// changed after it was signed.
export {};
