// Placeholder until the server lands.
export {};
