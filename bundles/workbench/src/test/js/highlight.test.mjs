// Unit tests of the document view's pure functions: node --test bundles/workbench/src/test/js/
import test from 'node:test';
import assert from 'node:assert/strict';
import {
  buildSegments, findSegment, pickOnClick, stepIn, trimSpan, parseAttributeValue, sameValue, compareAnnotations,
} from '../../main/resources/static/js/highlight.js';

const ann = (id, begin, end) => ({ id, begin, end });

test('segments cover the text contiguously and split at every boundary (overlaps: longer one is outer)', () => {
  const segs = buildSegments([ann(1, 2, 5), ann(2, 4, 8)], 0, 10);
  assert.deepEqual(segs.map((s) => [s.b, s.e, s.ids]), [
    [0, 2, []], [2, 4, ['1']], [4, 5, ['2', '1']], [5, 8, ['2']], [8, 10, []],
  ]);
});

test('nested annotations list the outer one first and the innermost last', () => {
  // a quote 0..20 with a person 5..10 inside
  const segs = buildSegments([ann('p', 5, 10), ann('q', 0, 20)], 0, 20);
  assert.deepEqual(segs.map((s) => [s.b, s.e, s.ids]), [[0, 5, ['q']], [5, 10, ['q', 'p']], [10, 20, ['q']]]);
});

test('identical spans and empty annotations', () => {
  const segs = buildSegments([ann('a', 1, 3), ann('b', 1, 3), ann('z', 2, 2)], 0, 4);
  assert.deepEqual(segs.map((s) => [s.b, s.e, s.ids]), [[0, 1, []], [1, 3, ['a', 'b']], [3, 4, []]]);
});

test('a region is split with annotations clipped to it', () => {
  const segs = buildSegments([ann('q', 0, 100), ann('p', 40, 45), ann('far', 200, 210)], 30, 60);
  assert.deepEqual(segs.map((s) => [s.b, s.e, s.ids]), [[30, 40, ['q']], [40, 45, ['q', 'p']], [45, 60, ['q']]]);
});

test('no annotations gives one segment; empty text none', () => {
  assert.deepEqual(buildSegments([], 0, 5).map((s) => [s.b, s.e]), [[0, 5]]);
  assert.deepEqual(buildSegments([], 0, 0), []);
});

test('3,000 annotations over 150,000 characters are segmented quickly', () => {
  const anns = [];
  for (let i = 0; i < 3000; i++) {
    const b = i * 50;
    anns.push(ann(i, b, b + 12));
    if (i % 10 === 0) anns.push(ann(`q${i}`, b, b + 40));
  }
  const t0 = performance.now();
  const segs = buildSegments(anns, 0, 150000);
  const ms = performance.now() - t0;
  assert.ok(ms < 500, `took ${ms} ms`);
  assert.equal(segs[0].b, 0);
  assert.equal(segs[segs.length - 1].e, 150000);
  for (let i = 1; i < segs.length; i++) assert.equal(segs[i].b, segs[i - 1].e);
});

test('findSegment finds the segment containing an offset', () => {
  const segs = buildSegments([ann(1, 2, 5), ann(2, 4, 8)], 0, 10);
  assert.equal(findSegment(segs, 0), 0);
  assert.equal(findSegment(segs, 3), 1);
  assert.equal(findSegment(segs, 4), 2);
  assert.equal(findSegment(segs, 9), 4);
  assert.equal(findSegment(segs, 10), 4);
});

test('a click picks the innermost, clicking the same spot again moves outward and wraps', () => {
  const inner = ['p', 'q'];
  assert.equal(pickOnClick(inner, null, false), 'p');
  assert.equal(pickOnClick(inner, 'p', true), 'q');
  assert.equal(pickOnClick(inner, 'q', true), 'p');
  assert.equal(pickOnClick(inner, 'q', false), 'p');
  assert.equal(pickOnClick([], 'q', true), null);
});

test('stepIn walks the order', () => {
  assert.equal(stepIn(['a', 'b', 'c'], null, 1), 'a');
  assert.equal(stepIn(['a', 'b', 'c'], null, -1), 'c');
  assert.equal(stepIn(['a', 'b', 'c'], 'b', 1), 'c');
  assert.equal(stepIn(['a', 'b', 'c'], 'c', 1), 'c');
});

test('trimSpan drops surrounding whitespace', () => {
  assert.deepEqual(trimSpan('  Steve Witkoff \n', 0, 17), [2, 15]);
  assert.deepEqual(trimSpan('a   b', 1, 4), [4, 4]);
  assert.deepEqual(trimSpan('abc', 3, 1), [1, 3]);
});

test('attribute values keep the type read from the server', () => {
  assert.equal(parseAttributeValue('270', 90, 'value'), 270);
  assert.equal(parseAttributeValue('2027', '2027-09', 'value', { kind: 'date' }), '2027');
  assert.equal(parseAttributeValue('2027', null, 'value', { kind: 'date' }), '2027');
  assert.equal(parseAttributeValue('1.5e3', undefined, 'normalizedValue'), 1500);
  assert.equal(parseAttributeValue('', 'x', 'role'), null);
  assert.equal(parseAttributeValue('US envoy', null, 'role'), 'US envoy');
  assert.equal(parseAttributeValue('true', false, 'flag'), true);
  assert.equal(parseAttributeValue('abc', 12, 'value'), 'abc');
});

test('sameValue treats null and missing as equal', () => {
  assert.ok(sameValue(null, undefined));
  assert.ok(sameValue(1, 1));
  assert.ok(!sameValue(1, '1'));
  assert.ok(sameValue([1, 2], [1, 2]));
});

test('document order: by begin, outer first', () => {
  const list = [ann('p', 5, 10), ann('q', 0, 20), ann('r', 5, 30)].sort(compareAnnotations);
  assert.deepEqual(list.map((a) => a.id), ['q', 'r', 'p']);
});

test('lineRanges ends each line after its line feed', async () => {
  const { lineRanges } = await import('../../main/resources/static/js/highlight.js');
  assert.deepEqual(lineRanges('ab\n\ncd'), [{ b: 0, e: 3 }, { b: 3, e: 4 }, { b: 4, e: 6 }]);
  assert.deepEqual(lineRanges('ab\n'), [{ b: 0, e: 3 }]);
  assert.deepEqual(lineRanges(''), []);
});

test('extra cuts split segments at line starts', () => {
  const segs = buildSegments([ann('q', 1, 6)], 0, 8, [0, 4, 8]);
  assert.deepEqual(segs.map((s) => [s.b, s.e, s.ids]), [[0, 1, []], [1, 4, ['q']], [4, 6, ['q']], [6, 8, []]]);
});
