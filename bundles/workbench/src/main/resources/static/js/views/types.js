// The four annotation types: names, colours (in app.css, classes t-TYPE), attributes, descriptions.
import { h, cls } from '../dom.js';

export const TYPES = ['person', 'place', 'figure', 'quote'];

export const TYPE_LABELS = { person: 'Person', place: 'Place', figure: 'Figure', quote: 'Quote' };

export const TYPE_HELP = {
  person: 'a named, real person (the name only; a title goes into role)',
  place: 'a named geographic place (not organisations such as the Kremlin)',
  figure: 'a number that states a fact, with its unit, currency or multiplier; dates too',
  quote: 'the words inside quotation marks that someone is reported to have said or written',
};

/** Attributes by type (seeds/gold/GUIDELINES.md), in the order they are shown. */
export const ATTRIBUTES = {
  person: ['canonical', 'role'],
  place: ['canonical', 'kind'],
  figure: ['kind', 'value', 'unit', 'qualifier', 'normalizedValue', 'normalizedUnit'],
  quote: ['speaker', 'speakerCanonical'],
};

/** Suggestions for attribute fields (a datalist; any value may still be typed). */
export const SUGGESTIONS = {
  'place.kind': ['country', 'city', 'region', 'continent', 'water', 'other'],
  'figure.kind': ['count', 'money', 'percent', 'measure', 'duration', 'ratio', 'date'],
  'figure.qualifier': ['exact', 'approx', 'over', 'under', 'at-least', 'at-most'],
  'figure.unit': ['%', 'EUR', 'USD', 'GBP', 'km2', 'mi2', 'km', 'mi', 'm', 'kg', 't', 'h', 'min', 'd', 'week', 'month', 'year'],
  'figure.normalizedUnit': ['km2', 'km', 'kg', 'h'],
};

export function typeLabel(type) {
  return TYPE_LABELS[type] || String(type ?? '');
}

/** A small coloured label for a type. */
export function typeBadge(type) {
  return h('span', { class: `type-badge t-${cls(type)}` }, h('span', { class: 'swatch', 'aria-hidden': 'true' }), typeLabel(type));
}
