package io.concord.conflicts.text;

/**
 * Two item indexes as one hash key. Packed into a {@code Long}, a pair hashes badly: {@code Long.hashCode}
 * xors the halves, so (0, 5), (1, 4) and (2, 7) share a bucket, and the sets of candidate pairs of a big
 * story turned into tree bins (a third of conflict detection's time went to {@code TreeNode.putTreeVal}).
 * This key spreads the bits with a multiplicative hash.
 */
public record PairKey(int first, int second) {
    @Override
    public int hashCode() {
        long h = (((long) first << 32) | (second & 0xFFFFFFFFL)) * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
