import test from 'node:test';
import assert from 'node:assert/strict';
import { parseHash, href } from '../../main/resources/static/js/router.js';

test('routes', () => {
  assert.equal(parseHash('').name, 'projects');
  assert.equal(parseHash('#/').name, 'projects');
  assert.deepEqual([parseHash('#/p/42').name, parseHash('#/p/42').id], ['project', '42']);
  assert.deepEqual([parseHash('#/p/42/conflicts').name, parseHash('#/p/42/conflicts').id], ['conflicts', '42']);
  assert.equal(parseHash('#/p/42/entities').name, 'entities');
  const d = parseHash('#/d/a%20b?a=17');
  assert.deepEqual([d.name, d.id, d.query.get('a')], ['document', 'a b', '17']);
  assert.equal(parseHash('#/panel/plugins').id, 'plugins');
  assert.equal(parseHash('#/nope').name, 'notfound');
});

test('the same screen with another query has the same key', () => {
  assert.equal(parseHash('#/d/5?a=1').key, parseHash('#/d/5').key);
  assert.notEqual(parseHash('#/d/5').key, parseHash('#/d/6').key);
});

test('href builds addresses that parse back', () => {
  assert.equal(href.document('x/y', 3), '#/d/x%2Fy?a=3');
  assert.equal(parseHash(href.document('x/y', 3)).id, 'x/y');
  assert.equal(href.document(7), '#/d/7');
});
