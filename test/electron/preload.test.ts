// The preload exposes exactly the contract (API_METHODS + onMenuCommand) and nothing else, over the two channels.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { API_METHODS, type PiraBridge } from '../../shared/api';

const exposed = new Map<string, unknown>();
const listeners = new Map<string, (event: unknown, ...args: unknown[]) => void>();
const invoke = vi.fn(async (..._args: unknown[]) => ({ ok: true, value: 'risposta' }));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
  ipcRenderer: {
    invoke,
    on: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => listeners.set(channel, listener),
    removeListener: (channel: string) => listeners.delete(channel),
  },
}));

let api: PiraBridge;
beforeAll(async () => {
  await import('../../electron/preload/preload');
  api = exposed.get('api') as PiraBridge;
});

describe('preload', () => {
  it('exposes one global, `api`', () => {
    expect([...exposed.keys()]).toEqual(['api']);
  });
  it('exposes exactly API_METHODS + onMenuCommand', () => {
    expect(Object.keys(api).sort()).toEqual([...API_METHODS, 'onMenuCommand'].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });
  it('forwards calls on the invoke channel with the method name and the request', async () => {
    await expect(api.loadPlan({ planId: 3 })).resolves.toEqual({ ok: true, value: 'risposta' });
    expect(invoke).toHaveBeenLastCalledWith('pira:invoke', 'loadPlan', { planId: 3 });
  });
  it('relays known menu commands only, until unsubscribed', () => {
    const received: string[] = [];
    const unsubscribe = api.onMenuCommand((command) => received.push(command));
    const relay = listeners.get('pira:menu-command');
    relay?.({}, 'print');
    relay?.({}, 'rm -rf /');
    relay?.({}, 42);
    expect(received).toEqual(['print']);
    unsubscribe();
    expect(listeners.has('pira:menu-command')).toBe(false);
  });
});
