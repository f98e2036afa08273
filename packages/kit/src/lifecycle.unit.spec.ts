import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { onShutdown, type Shutdown, type ShutdownStep } from './lifecycle.js';
import { createCapturedLogger } from './log-capture.js';

function setUp(steps: ShutdownStep[], timeoutMs = 1000) {
  const signals = new EventEmitter();
  const { logger, lines } = createCapturedLogger();
  const exits: number[] = [];
  let exited: () => void = () => {};
  const exitedOnce = new Promise<void>((resolve) => {
    exited = resolve;
  });
  const exit = (code: number) => {
    exits.push(code);
    exited();
  };
  const handle = onShutdown({ logger, steps, timeoutMs, exit, signalSource: signals });
  return { signals, lines, exits, exitedOnce, handle };
}

function recordingStep(
  name: string,
  order: string[],
  close: () => Promise<void> = async () => {},
): ShutdownStep {
  return {
    name,
    close: async () => {
      order.push(name);
      await close();
    },
  };
}

describe('onShutdown', () => {
  let handle: Shutdown | undefined;
  afterEach(() => handle?.dispose());

  describe('when SIGTERM arrives', () => {
    it('closes every step in the given order, then exits 0', async () => {
      const order: string[] = [];
      const names = ['stop consuming', 'flush outbox', 'close http', 'close pools'];
      const setup = setUp(names.map((name) => recordingStep(name, order)));
      handle = setup.handle;
      setup.signals.emit('SIGTERM');
      await setup.exitedOnce;
      expect(order).toEqual(names);
      expect(setup.exits).toEqual([0]);
    });
  });

  describe('when a step hangs past the timeout', () => {
    it('moves on to the next step and exits 1, naming the step in the log', async () => {
      const order: string[] = [];
      const hang = () => new Promise<void>(() => {});
      const setup = setUp(
        [recordingStep('flush outbox', order, hang), recordingStep('close pools', order)],
        20,
      );
      handle = setup.handle;
      setup.signals.emit('SIGINT');
      await setup.exitedOnce;
      expect(order).toEqual(['flush outbox', 'close pools']);
      expect(setup.exits).toEqual([1]);
      const failure = setup.lines.find((line) => line.msg === 'shutdown step failed');
      expect(failure).toMatchObject({ step: 'flush outbox', level: 'error' });
    });
  });

  describe('when a step throws', () => {
    it('still closes the later steps', async () => {
      const order: string[] = [];
      const fail = async () => {
        throw new Error('broker gone');
      };
      const setup = setUp([
        recordingStep('stop consuming', order, fail),
        recordingStep('close pools', order),
      ]);
      handle = setup.handle;
      setup.signals.emit('SIGTERM');
      await setup.exitedOnce;
      expect(order).toEqual(['stop consuming', 'close pools']);
      expect(setup.exits).toEqual([1]);
    });
  });

  describe('when a second signal arrives while closing', () => {
    it('exits 1 at once, and closes nothing twice', async () => {
      const order: string[] = [];
      let release: () => void = () => {};
      const slow = () => new Promise<void>((resolve) => (release = resolve));
      const setup = setUp([recordingStep('close http', order, slow)]);
      handle = setup.handle;
      setup.signals.emit('SIGTERM');
      setup.signals.emit('SIGTERM');
      expect(setup.exits).toEqual([1]);
      release();
      await new Promise((resolve) => setImmediate(resolve));
      expect(order).toEqual(['close http']);
    });
  });

  describe('when shutdown is called directly', () => {
    it('runs the steps once, however often it is called', async () => {
      const order: string[] = [];
      const setup = setUp([recordingStep('close pools', order)]);
      handle = setup.handle;
      await Promise.all([setup.handle.shutdown('fatal error'), setup.handle.shutdown('again')]);
      expect(order).toEqual(['close pools']);
      expect(setup.exits).toEqual([0]);
    });
  });

  describe('after dispose', () => {
    it('ignores signals', () => {
      const setup = setUp([]);
      setup.handle.dispose();
      setup.signals.emit('SIGTERM');
      expect(setup.exits).toEqual([]);
      expect(setup.signals.listenerCount('SIGTERM')).toBe(0);
    });
  });
});
