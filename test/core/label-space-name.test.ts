import { expect, it } from 'vitest';
import { SynsetRequestError } from '../../src/core/errors.js';
import { ALL, isCustomList, isLabelSpaceName, labelSpaceOf } from '../../src/core/label-space-name.js';

it('checks a label space named by an option once, `all` when none is named', () => {
  expect(labelSpaceOf(undefined)).toBe(ALL);
  expect(labelSpaceOf('imagenet-r')).toBe('imagenet-r');
  for (const bad of [42, '', 'x'.repeat(201), null, {}]) {
    expect(isLabelSpaceName(bad)).toBe(false);
    if (bad !== null) expect(() => labelSpaceOf(bad), String(bad)).toThrow(SynsetRequestError);
  }
  expect(() => labelSpaceOf(42)).toThrow("a label space is 'all' or a label set's name, not number");
  expect(isCustomList('list:1f2e3d4c5b6a')).toBe(true);
  expect(isCustomList('1k')).toBe(false);
});
