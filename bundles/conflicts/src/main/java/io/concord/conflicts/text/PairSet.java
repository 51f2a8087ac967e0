package io.concord.conflicts.text;

import java.util.Arrays;

/**
 * A set of pairs of item indexes (both at least 0), as packed longs in an open-addressing table: the
 * candidate pairs of a big story run to hundreds of thousands, and a {@code HashSet} of key objects spent
 * more time allocating and hashing them than the rules spent using the pairs.
 */
public final class PairSet {
    private static final long EMPTY = -1L;
    private long[] slots = newTable(64);
    private int size;

    /** Adds {@code (first, second)}; false when it was there already. */
    public boolean add(int first, int second) {
        if (first < 0 || second < 0) {
            throw new IllegalArgumentException("indexes are never negative: " + first + ", " + second);
        }
        if (2 * (size + 1) > slots.length) {
            grow();
        }
        return insert(slots, ((long) first << 32) | second);
    }

    public boolean contains(int first, int second) {
        long key = ((long) first << 32) | second;
        int mask = slots.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            if (slots[i] == key) {
                return true;
            }
            if (slots[i] == EMPTY) {
                return false;
            }
        }
    }

    public int size() {
        return size;
    }

    private boolean insert(long[] table, long key) {
        int mask = table.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            if (table[i] == key) {
                return false;
            }
            if (table[i] == EMPTY) {
                table[i] = key;
                if (table == slots) {
                    size++;
                }
                return true;
            }
        }
    }

    private void grow() {
        long[] old = slots;
        slots = newTable(old.length * 2);
        size = 0;
        for (long key : old) {
            if (key != EMPTY) {
                insert(slots, key);
            }
        }
    }

    /** A multiplicative hash: the halves of a pair must not cancel out as they do in {@code Long.hashCode}. */
    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private static long[] newTable(int length) {
        long[] table = new long[length];
        Arrays.fill(table, EMPTY);
        return table;
    }
}
