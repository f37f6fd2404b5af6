import { expect, test } from 'vitest';
import { ComboboxKeyboardController } from '../../src/components/synset-search/combobox-keyboard.js';

const keys = new ComboboxKeyboardController();
const open = (activeIndex: number, optionCount = 3, awaitingAnswer = false) => ({ open: true, optionCount, activeIndex, awaitingAnswer });
const closed = (optionCount = 3, awaitingAnswer = false) => ({ open: false, optionCount, activeIndex: -1, awaitingAnswer });

test('down on a closed popup opens it; alt+down opens it too', () => {
  expect(keys.actionFor('ArrowDown', closed())).toEqual({ type: 'open' });
  expect(keys.actionFor('ArrowDown', open(-1), true)).toEqual({ type: 'open' });
});

test('down and up move through the options and wrap', () => {
  expect(keys.actionFor('ArrowDown', open(-1))).toEqual({ type: 'move', index: 0 });
  expect(keys.actionFor('ArrowDown', open(2))).toEqual({ type: 'move', index: 0 });
  expect(keys.actionFor('ArrowUp', open(0))).toEqual({ type: 'move', index: 2 });
  expect(keys.actionFor('ArrowUp', open(-1))).toEqual({ type: 'move', index: 2 });
  expect(keys.actionFor('ArrowUp', open(2))).toEqual({ type: 'move', index: 1 });
});

test('enter selects the active option, or the first when none is active', () => {
  expect(keys.actionFor('Enter', open(1))).toEqual({ type: 'select', index: 1 });
  expect(keys.actionFor('Enter', open(-1))).toEqual({ type: 'select', index: 0 });
  expect(keys.actionFor('Enter', closed())).toEqual({ type: 'select', index: 0 });
});

test('enter before the answer to the text typed has come picks its best result when it comes', () => {
  expect(keys.actionFor('Enter', closed(0, true))).toEqual({ type: 'select-on-answer' });
  // The options on show answer an earlier text.
  expect(keys.actionFor('Enter', open(-1, 3, true))).toEqual({ type: 'select-on-answer' });
  expect(keys.actionFor('Enter', closed(3, true))).toEqual({ type: 'select-on-answer' });
  // One the user has moved to since typing is a choice made on what is shown.
  expect(keys.actionFor('Enter', open(1, 3, true))).toEqual({ type: 'select', index: 1 });
});

test('with no results, arrows and enter do nothing', () => {
  expect(keys.actionFor('ArrowDown', closed(0))).toBeNull();
  expect(keys.actionFor('ArrowDown', open(-1, 0))).toBeNull();
  expect(keys.actionFor('Enter', open(-1, 0))).toBeNull();
});

test('escape closes an open popup, and clears the field when it is closed', () => {
  expect(keys.actionFor('Escape', open(0))).toEqual({ type: 'close' });
  expect(keys.actionFor('Escape', closed())).toEqual({ type: 'clear' });
});

test('other keys belong to the text field', () => {
  expect(keys.actionFor('a', open(0))).toBeNull();
  expect(keys.actionFor('Home', open(0))).toBeNull();
});
