package com.voiceorder.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.voiceorder.telephony.rtp.LatencyHistogram.Summary;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The voice bridge benchmark's arithmetic and its Markdown table: what it reads and what it prints. */
final class BridgeBenchReport {

    /** Calls SIPp counted at the end of a level: completed and failed. */
    record SippCounts(long successful, long failed) {
    }

    /** The pacer over the same window ({@code GET /api/telephony/pacing}): frames sent, ≥ 5 ms late, lag p99. */
    record Pacing(long framesSent, long framesLate, long lagP99Micros) {
    }

    /**
     * One level's figures: SIPp's concurrency limit, the mean number of agent calls open during the
     * measurement window, SIPp's counts, the server's bridge figures (µs), its pacer's and its CPU
     * (100 = one core).
     */
    record Row(int level, double meanCalls, SippCounts sipp, Summary callerToAgent, Summary agentToCaller,
               Summary bargeIn, Pacing pacing, double serverCpuPercent) {

        double cpuPercentPerCall() {
            return meanCalls > 0 ? serverCpuPercent / meanCalls : Double.NaN;
        }
    }

    /** The range of the server's bridge histograms (BridgeStatistics: 10,000 buckets of 10 µs). */
    private static final long RANGE_MICROS = 100_000;

    private BridgeBenchReport() {
    }

    /** The last counts of a SIPp {@code -trace_stat} file (';'-separated, header first); zeros when empty. */
    static SippCounts sippCounts(List<String> statLines) {
        if (statLines.size() < 2) {
            return new SippCounts(0, 0);
        }
        String[] header = statLines.get(0).split(";");
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            column.put(header[i].trim(), i);
        }
        String[] last = statLines.get(statLines.size() - 1).split(";");
        return new SippCounts(number(last, column.get("SuccessfulCall(C)")), number(last, column.get("FailedCall(C)")));
    }

    /** utime + stime of a process, in clock ticks, from the text of its {@code /proc/<pid>/stat}. */
    static long cpuTicks(String procStat) {
        // the command name (2nd field) may hold spaces and parentheses: count fields after its last ')'
        String[] fields = procStat.substring(procStat.lastIndexOf(')') + 2).trim().split("\\s+");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // fields 14 and 15 of the whole line
    }

    /** CPU use between two readings, in percent of one core. */
    static double cpuPercent(long ticksBefore, long ticksAfter, long ticksPerSecond, double seconds) {
        return (ticksAfter - ticksBefore) * 100.0 / ticksPerSecond / seconds;
    }

    /** A latency of {@code GET /api/telephony/bridge} ({@code count, p50Micros, p99Micros, maxMicros}). */
    static Summary summary(JsonNode latency) {
        return new Summary(latency.path("count").asLong(), latency.path("p50Micros").asLong(),
                latency.path("p99Micros").asLong(), latency.path("maxMicros").asLong());
    }

    static String table(List<Row> rows) {
        StringBuilder out = new StringBuilder();
        out.append("| concurrent calls (SIPp -l) | mean agent calls measured | calls ok / failed "
                + "| RTP→WS p50 / p99 ms | WS→RTP (pacer queue) p50 / p99 ms | barge-in cut p50 / p99 / max ms "
                + "| samples RTP→WS / WS→RTP / barge-ins | pacer send lag p99 ms (frames ≥ 5 ms late / sent) "
                + "| server CPU (100 % = 1 core) | CPU per call |\n");
        out.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row row : rows) {
            out.append(String.format(Locale.ROOT, "| %d | %.0f | %d / %d | %s / %s | %s / %s | %s / %s / %s "
                            + "| %d / %d / %d | %.1f (%d / %d) | %.0f %% | %.2f %% |%n",
                    row.level(), row.meanCalls(), row.sipp().successful(), row.sipp().failed(),
                    millis(row.callerToAgent(), row.callerToAgent().p50Micros()),
                    millis(row.callerToAgent(), row.callerToAgent().p99Micros()),
                    millis(row.agentToCaller(), row.agentToCaller().p50Micros()),
                    millis(row.agentToCaller(), row.agentToCaller().p99Micros()),
                    millis(row.bargeIn(), row.bargeIn().p50Micros()), millis(row.bargeIn(), row.bargeIn().p99Micros()),
                    millis(row.bargeIn(), row.bargeIn().maxMicros()),
                    row.callerToAgent().count(), row.agentToCaller().count(), row.bargeIn().count(),
                    row.pacing().lagP99Micros() / 1000.0, row.pacing().framesLate(), row.pacing().framesSent(),
                    row.serverCpuPercent(), row.cpuPercentPerCall()));
        }
        return out.toString();
    }

    /**
     * µs as ms with two decimals (the histograms have 10 µs buckets); "–" when nothing was measured and
     * "≥ 100" for a percentile at the end of the server's 100 ms range.
     */
    private static String millis(Summary summary, long micros) {
        if (summary.count() == 0) {
            return "–";
        }
        return micros >= RANGE_MICROS && micros != summary.maxMicros() ? "≥ 100"
                : String.format(Locale.ROOT, "%.2f", micros / 1000.0);
    }

    private static long number(String[] values, Integer index) {
        if (index == null || index >= values.length || values[index].isBlank()) {
            return 0;
        }
        return Long.parseLong(values[index].trim());
    }
}
