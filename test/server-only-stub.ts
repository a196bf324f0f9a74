// Empty on purpose: stands in for the `server-only` guard in unit tests.
export {};
