import test from 'node:test';
import assert from 'node:assert/strict';
import { markRanges, claimInContext } from '../../main/resources/static/js/diff.js';

test('markRanges splits text into marked and plain pieces', () => {
  assert.deepEqual(markRanges('abcdef', [[1, 3], [4, 5]]), [
    { text: 'a', marked: false }, { text: 'bc', marked: true }, { text: 'd', marked: false },
    { text: 'e', marked: true }, { text: 'f', marked: false },
  ]);
  assert.deepEqual(markRanges('abc', []), [{ text: 'abc', marked: false }]);
});

test('claimInContext places the claim by offsets, or by its text', () => {
  const ctx = { begin: 100, end: 130, text: 'He said they would end it now.' };
  assert.deepEqual(claimInContext({ begin: 119, end: 125, text: 'end it' }, ctx), { before: 'He said they would ', claim: 'end it', after: ' now.' });
  assert.deepEqual(claimInContext({ begin: 5, end: 11, text: 'end it' }, ctx), { before: 'He said they would ', claim: 'end it', after: ' now.' });
  assert.deepEqual(claimInContext({ begin: 5, end: 11, text: 'zzz' }, null), { before: '', claim: 'zzz', after: '' });
});
