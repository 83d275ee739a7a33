// Every way an action or a route can fail, in one list. Each code is a key under "errors" in messages/<locale>.json,
// translated there once (lib/actions/error-codes.test.ts holds the list and both files to each other). Schemas use
// these as their zod messages, so a field error is a code too.
export const errorCodes = [
  // whole-request failures
  "invalidInput",
  "unauthenticated",
  "rateLimited",
  "notFound",
  "generic",
  "limitReached",
  "forbidden",
  "network",
  "settingsChanged",
  // field checks
  "required",
  "tooLong",
  "email",
  "noHtml",
  "url",
  "urlPort",
  "phone",
  "date",
  "dateInFuture",
  "dateOutOfRange",
  // sign-up and sign-in
  "passwordTooShort",
  "passwordMismatch",
  "passwordCommon",
  "invalidCredentials",
  "loginNameTooShort",
  "loginNameCharacters",
  "loginNameUnavailable",
  // account and two-step sign-in
  "wrongPassword",
  "passwordUnchanged",
  "totpRequired",
  "totpInvalid",
  "confirmDeletion",
  "codeInvalid",
  "passwordOrCodeInvalid",
  // registrations
  "domainMismatch",
  "confirmDomain",
  "confirmUrl",
  "addressNotBuilt",
  // withdrawal dates
  "deadlineBeforeNotice",
  "deadlineTooLate",
  "afterLatestWorkingDay",
  "proposedEndTooLate",
  "unsupportedCharacters",
  // customer trouble records
  "dateBeforeFirst",
  // evidence uploads
  "fileRequired",
  "fileTooLarge",
  "quotaExceeded",
  "executable",
  "archive",
  "unsupportedType",
  "emptyFile",
  "stripFailed",
  "incomplete",
  "caseNotFound",
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "string" && (errorCodes as readonly string[]).includes(value);
}
