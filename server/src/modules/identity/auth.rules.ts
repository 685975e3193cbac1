/** Failed logins tolerated within the 15-minute window before login is refused. */
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_IP = 30;

export function isLoginBlocked(recent: { failuresForEmail: number; failuresFromIp: number }): boolean {
  return recent.failuresForEmail >= MAX_FAILURES_PER_EMAIL || recent.failuresFromIp >= MAX_FAILURES_PER_IP;
}
