// Shared by the browser (form validation) and the server, so it holds no Node imports.
export const minPasswordLength = 10;
export const maxPasswordLength = 256;
