// Enum values are the same strings in both generated clients.
export * from "./generated/sqlite/enums";
