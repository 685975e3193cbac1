import { describe, expect, it } from 'vitest';
import { publicActorRole } from './timeline';

describe('publicActorRole', () => {
  const reporter = { userId: 'u-reporter', name: 'Sutinah' };
  it('names the reporter, the staff and the system by role', () => {
    expect(publicActorRole({ actor_id: 'u-reporter', actor_name: 'Sutinah' }, reporter)).toBe('reporter');
    expect(publicActorRole({ actor_id: 'u-agent', actor_name: 'Putri' }, reporter)).toBe('staff');
    // A tracking-code holder acts without an account, under the reporter's name.
    expect(publicActorRole({ actor_id: null, actor_name: 'Sutinah' }, { userId: null, name: 'Sutinah' })).toBe('reporter');
    expect(publicActorRole({ actor_id: null, actor_name: 'Sistem' }, { userId: null, name: 'Sutinah' })).toBe('system');
  });
});
