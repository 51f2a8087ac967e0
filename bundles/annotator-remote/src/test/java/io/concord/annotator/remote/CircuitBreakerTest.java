package io.concord.annotator.remote;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class CircuitBreakerTest {
    private final AtomicLong now = new AtomicLong(1_000);
    private final CircuitBreaker breaker = new CircuitBreaker(3, 500, now::get);

    @Test
    void pausesAfterThresholdFailuresInARowThenTriesAgain() {
        breaker.failed("a");
        breaker.failed("b");
        assertDoesNotThrow(breaker::check);
        breaker.failed("connection refused");
        RemoteFailure paused = assertThrows(RemoteFailure.class, breaker::check);
        assertTrue(paused.getMessage().contains("paused after 3 failures in a row"), paused.getMessage());
        assertTrue(paused.getMessage().contains("500 ms more; last failure: connection refused"), paused.getMessage());

        now.addAndGet(500);
        assertDoesNotThrow(breaker::check, "after the pause calls go through again");
        breaker.failed("still down");
        assertThrows(RemoteFailure.class, breaker::check, "and the next failure pauses again at once");
    }

    @Test
    void aSuccessClosesIt() {
        breaker.failed("a");
        breaker.failed("b");
        breaker.succeeded();
        breaker.failed("c");
        breaker.failed("d");
        assertDoesNotThrow(breaker::check);
    }

    @Test
    void neverPausesWithThresholdZero() {
        CircuitBreaker off = new CircuitBreaker(0, 500, now::get);
        for (int i = 0; i < 100; i++) {
            off.failed("x");
        }
        assertDoesNotThrow(off::check);
    }
}
