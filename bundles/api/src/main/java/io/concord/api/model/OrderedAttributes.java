package io.concord.api.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An annotation's attributes as two arrays: immutable, in insertion order, null values kept. A document can
 * hold hundreds of thousands of annotations of a handful of attributes each; a {@code LinkedHashMap} per
 * annotation costs about four times the memory, and lookups over so few keys are as fast by scanning.
 */
final class OrderedAttributes extends AbstractMap<String, Object> {
    private static final String[] NO_KEYS = new String[0];
    private final String[] keys;
    private final Object[] values;

    private OrderedAttributes(String[] keys, Object[] values) {
        this.keys = keys;
        this.values = values;
    }

    static Map<String, Object> copyOf(Map<String, Object> attributes) {
        if (attributes instanceof OrderedAttributes same) {
            return same;
        }
        int n = attributes.size();
        String[] keys = n == 0 ? NO_KEYS : new String[n];
        Object[] values = new Object[n];
        int i = 0;
        for (Map.Entry<String, Object> e : attributes.entrySet()) {
            keys[i] = e.getKey();
            values[i] = e.getValue();
            i++;
        }
        return new OrderedAttributes(keys, values);
    }

    private int indexOf(Object key) {
        for (int i = 0; i < keys.length; i++) {
            if (java.util.Objects.equals(keys[i], key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Object get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : values[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Map.Entry<String, Object> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new AbstractMap.SimpleImmutableEntry<>(keys[i], values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return keys.length;
            }
        };
    }
}
