import { expect, test } from 'vitest';
import { comboboxKeyAction } from '../../src/components/synset-search/combobox-keyboard.js';

const open = (activeIndex: number, optionCount = 3, awaitingAnswer = false) => ({ open: true, optionCount, activeIndex, awaitingAnswer });
const closed = (optionCount = 3, awaitingAnswer = false) => ({ open: false, optionCount, activeIndex: -1, awaitingAnswer });

test('down on a closed popup opens it; alt+down opens it too', () => {
  expect(comboboxKeyAction('ArrowDown', closed())).toEqual({ type: 'open' });
  expect(comboboxKeyAction('ArrowDown', open(-1), true)).toEqual({ type: 'open' });
});

test('down and up move through the options and wrap', () => {
  expect(comboboxKeyAction('ArrowDown', open(-1))).toEqual({ type: 'move', index: 0 });
  expect(comboboxKeyAction('ArrowDown', open(2))).toEqual({ type: 'move', index: 0 });
  expect(comboboxKeyAction('ArrowUp', open(0))).toEqual({ type: 'move', index: 2 });
  expect(comboboxKeyAction('ArrowUp', open(-1))).toEqual({ type: 'move', index: 2 });
  expect(comboboxKeyAction('ArrowUp', open(2))).toEqual({ type: 'move', index: 1 });
});

test('enter selects the active option, or the first when none is active', () => {
  expect(comboboxKeyAction('Enter', open(1))).toEqual({ type: 'select', index: 1 });
  expect(comboboxKeyAction('Enter', open(-1))).toEqual({ type: 'select', index: 0 });
  expect(comboboxKeyAction('Enter', closed())).toEqual({ type: 'select', index: 0 });
});

test('enter before the answer to the text typed has come picks its best result when it comes', () => {
  expect(comboboxKeyAction('Enter', closed(0, true))).toEqual({ type: 'select-on-answer' });
  // The options on show answer an earlier text.
  expect(comboboxKeyAction('Enter', open(-1, 3, true))).toEqual({ type: 'select-on-answer' });
  expect(comboboxKeyAction('Enter', closed(3, true))).toEqual({ type: 'select-on-answer' });
  // One the user has moved to since typing is a choice made on what is shown.
  expect(comboboxKeyAction('Enter', open(1, 3, true))).toEqual({ type: 'select', index: 1 });
});

test('with no results, arrows and enter do nothing', () => {
  expect(comboboxKeyAction('ArrowDown', closed(0))).toBeNull();
  expect(comboboxKeyAction('ArrowDown', open(-1, 0))).toBeNull();
  expect(comboboxKeyAction('Enter', open(-1, 0))).toBeNull();
});

test('escape closes an open popup, and clears the field when it is closed', () => {
  expect(comboboxKeyAction('Escape', open(0))).toEqual({ type: 'close' });
  expect(comboboxKeyAction('Escape', closed())).toEqual({ type: 'clear' });
});

test('other keys belong to the text field', () => {
  expect(comboboxKeyAction('a', open(0))).toBeNull();
  expect(comboboxKeyAction('Home', open(0))).toBeNull();
});
