import { describe, expect, it } from 'vitest';
import { COMMAND, parseCommand } from './story.ts';

describe('parseCommand', () => {
  it('accepts the four commands', () => {
    expect(parseCommand({ type: COMMAND, command: 'open', place: 'kunar' })).toEqual({
      type: COMMAND,
      command: 'open',
      place: 'kunar',
    });
    expect(parseCommand({ type: COMMAND, command: 'close' })?.command).toBe('close');
    expect(
      parseCommand({ type: COMMAND, command: 'fly', view: { zoom: 7, lat: 34, lng: 70 } })?.command,
    ).toBe('fly');
    expect(parseCommand({ type: COMMAND, command: 'lens', lens: 'kabul' })?.command).toBe('lens');
  });
  it.each([
    null,
    undefined,
    'open kunar',
    42,
    [],
    {},
    { command: 'open', place: 'kunar' },
    { type: 'other', command: 'open', place: 'kunar' },
    { type: COMMAND, command: 'eval', code: 'alert(1)' },
    { type: COMMAND, command: 'open', place: 7 },
    { type: COMMAND, command: 'open', place: 'x'.repeat(81) },
    { type: COMMAND, command: 'fly', view: { zoom: 'x', lat: 34, lng: 70 } },
    { type: COMMAND, command: 'fly', view: { zoom: Infinity, lat: 34, lng: 70 } },
    { type: COMMAND, command: 'lens', lens: 'taliban' },
  ])('ignores %j', (data) => {
    expect(parseCommand(data)).toBeNull();
  });
});
