import test from 'node:test';
import assert from 'node:assert/strict';
import {
  tokenize, lcsPairs, wordDiff, markRanges, claimInContext, comparisonPartners, differingRanges,
} from '../../main/resources/static/js/diff.js';

test('tokenize normalizes case, punctuation and apostrophes', () => {
  assert.deepEqual(tokenize('“End the Bloodshed,” he said.').map((t) => t.norm), ['end', 'the', 'bloodshed', 'he', 'said']);
  assert.deepEqual(tokenize('Witkoff’s plan').map((t) => t.norm), ['witkoff', 'plan']);
  assert.deepEqual(tokenize('a  b').map((t) => [t.start, t.end]), [[0, 1], [3, 4]]);
});

test('LCS pairs', () => {
  assert.deepEqual(lcsPairs(['a', 'b', 'c', 'd'], ['a', 'x', 'c', 'd']), [[0, 0], [2, 2], [3, 3]]);
  assert.deepEqual(lcsPairs([], ['a']), []);
  assert.deepEqual(lcsPairs(['x', 'a', 'b'], ['a', 'b', 'y']), [[1, 0], [2, 1]]);
});

test('word diff marks the words only one side has', () => {
  const d = wordDiff('end the bloodshed', 'cease the bloodshed');
  assert.deepEqual(d.a, [[0, 3]]);
  assert.deepEqual(d.b, [[0, 5]]);
  assert.deepEqual(d.ops, [{ op: 'replace', from: 'end', to: 'cease' }, { op: 'equal', text: 'the bloodshed' }]);
});

test('adjacent differing words form one range', () => {
  assert.deepEqual(differingRanges('we will end this war now', 'we end war now'), [[3, 7], [12, 16]]);
  assert.deepEqual(differingRanges('270 square miles', '701 sq km'), [[0, 16]]);
  assert.deepEqual(differingRanges('same words', 'Same words.'), []);
});

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

test('each claim is compared with a claim of another version', () => {
  assert.deepEqual(comparisonPartners([{ version: 'A', text: 'x' }, { version: 'A', text: 'y' }, { version: 'B', text: 'z' }]), [2, 2, 0]);
  assert.deepEqual(comparisonPartners([{ version: 'A', text: 'x' }, { version: 'A', text: 'y' }]), [1, 0]);
  assert.deepEqual(comparisonPartners([{ version: 'A', text: 'x' }]), [-1]);
});
