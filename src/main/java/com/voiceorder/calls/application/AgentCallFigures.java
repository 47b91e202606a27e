package com.voiceorder.calls.application;

import java.util.List;
import java.util.Optional;

/**
 * What an agent call measured: whether the caller spoke at all, the agent's response latencies
 * (end of the caller's speech → first agent audio sent), and the estimated AI cost.
 */
public record AgentCallFigures(boolean callerSpoke, Optional<Latency> latency, long costMicroEuros) {

    /** Latency over the call's turns, in milliseconds. */
    public record Latency(int turns, int averageMs, int p95Ms, int maxMs) {

        /** Figures of the given samples; empty when there are none. */
        public static Optional<Latency> of(List<Long> samplesMs) {
            if (samplesMs.isEmpty()) {
                return Optional.empty();
            }
            List<Long> sorted = samplesMs.stream().sorted().toList();
            long sum = sorted.stream().mapToLong(Long::longValue).sum();
            int p95Index = (int) Math.ceil(0.95 * sorted.size()) - 1;
            return Optional.of(new Latency(sorted.size(), (int) (sum / sorted.size()),
                    sorted.get(Math.max(0, p95Index)).intValue(), sorted.get(sorted.size() - 1).intValue()));
        }
    }
}
