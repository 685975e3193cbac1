/** Failed logins of one account within the 15-minute window before its login is refused. */
export const MAX_FAILURES_PER_EMAIL = 5;
/**
 * Failed logins from one address within the window after which further failures from it are
 * slowed. An address is never refused: behind a reverse proxy (or one office NAT) every user
 * shares it, and one person's typos — or an attacker's guesses — must not lock out everyone else.
 */
export const MAX_FAILURES_PER_IP = 30;
/** The longest a failed login from a busy address waits before it is answered. */
export const MAX_FAILURE_DELAY_MS = 8_000;

export interface RecentFailures {
  failuresForEmail: number;
  failuresFromIp: number;
}

/** Refuse this login before checking the password? Only the account's own failures decide. */
export function isAccountLocked(recent: RecentFailures): boolean {
  return recent.failuresForEmail >= MAX_FAILURES_PER_EMAIL;
}

/**
 * How long a failed login waits before its answer, given the address's failures before it: none
 * below the address limit, then 500 ms doubling every ten failures up to 8 s. A correct password
 * is never delayed, so the limit slows guessing from an address without touching anyone who
 * knows their password.
 */
export function failureDelayMs(failuresFromIp: number): number {
  if (failuresFromIp < MAX_FAILURES_PER_IP) return 0;
  const doublings = Math.floor((failuresFromIp - MAX_FAILURES_PER_IP) / 10);
  return Math.min(MAX_FAILURE_DELAY_MS, 500 * 2 ** Math.min(doublings, 10));
}
