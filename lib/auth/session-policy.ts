// Shared by the settings form (browser) and the server, so it holds no Node imports.
/** Idle timeouts she can choose in settings, in minutes. */
export const idleTimeoutChoices = [5, 15, 30, 60, 120, 480] as const;
export const defaultIdleTimeoutMinutes = 30;
/** The longest idle timeout the server accepts, from her or from TAIKAI_IDLE_TIMEOUT_MINUTES: one day. */
export const maxIdleTimeoutMinutes = 24 * 60;
