package com.voiceorder.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.voiceorder.telephony.rtp.LatencyHistogram.Summary;
import java.util.List;
import org.junit.jupiter.api.Test;

class BridgeBenchReportTest {

    @Test
    void sipp_counts_come_from_the_last_line_of_its_statistics_file_by_column_name() {
        List<String> stat = List.of(
                "StartTime;LastResetTime;CurrentTime;ElapsedTime(P);CurrentCall;SuccessfulCall(P);SuccessfulCall(C);FailedCall(P);FailedCall(C);",
                "2026-12-02\t18:45:00;x;y;00:00:02;12;0;0;0;0;",
                "2026-12-02\t18:46:00;x;y;00:01:00;0;3;561;0;4;");

        assertThat(BridgeBenchReport.sippCounts(stat)).isEqualTo(new BridgeBenchReport.SippCounts(561, 4));
        assertThat(BridgeBenchReport.sippCounts(List.of())).isEqualTo(new BridgeBenchReport.SippCounts(0, 0));
    }

    @Test
    void cpu_ticks_are_utime_plus_stime_even_when_the_command_name_holds_spaces_and_parentheses() {
        String stat = "4242 (java (server) x) S 1 4242 4242 0 -1 4194304 100 0 0 0 1234 567 0 0 20 0 80 0 99 0";

        assertThat(BridgeBenchReport.cpuTicks(stat)).isEqualTo(1234 + 567);
    }

    @Test
    void cpu_percent_is_of_one_core_and_per_call_divides_by_the_mean_calls_measured() {
        double percent = BridgeBenchReport.cpuPercent(1_000, 4_500, 100, 35.0); // 35 s of CPU in 35 s

        assertThat(percent).isEqualTo(100.0);
        assertThat(row(250.0, 100, percent).cpuPercentPerCall()).isEqualTo(0.4);
        assertThat(row(0, 100, percent).cpuPercentPerCall()).isNaN();
    }

    @Test
    void the_table_shows_milliseconds_from_the_servers_microseconds_and_a_dash_for_nothing_measured() throws Exception {
        var bridge = new ObjectMapper().readTree("""
                {"callerToAgent":{"count":90000,"p50Micros":80,"p99Micros":910,"maxMicros":15230},
                 "agentToCaller":{"count":12000,"p50Micros":40,"p99Micros":350,"maxMicros":2000},
                 "bargeIn":{"count":0,"p50Micros":0,"p99Micros":0,"maxMicros":0}}""");
        var row = new BridgeBenchReport.Row(100, 97.6, new BridgeBenchReport.SippCounts(560, 2),
                BridgeBenchReport.summary(bridge.path("callerToAgent")), BridgeBenchReport.summary(bridge.path("agentToCaller")),
                BridgeBenchReport.summary(bridge.path("bargeIn")), new BridgeBenchReport.Pacing(150_000, 12, 2_300), 61.0);

        String table = BridgeBenchReport.table(List.of(row));

        assertThat(table.lines().toList()).hasSize(3);
        assertThat(table.lines().toList().get(2)).isEqualTo(
                "| 100 | 98 | 560 / 2 | 0.08 / 0.91 | 0.04 / 0.35 | – / – / – | 90000 / 12000 / 0 | 2.3 (12 / 150000) "
                        + "| 61 % | 0.63 % |"); // 61 / 97.6
    }

    @Test
    void a_percentile_at_the_end_of_the_servers_100_ms_range_reads_as_at_least_100() {
        var row = new BridgeBenchReport.Row(300, 290, new BridgeBenchReport.SippCounts(1, 0),
                new Summary(10, 21_920, 100_000, 122_510), Summary.EMPTY, new Summary(1, 100_000, 100_000, 100_000),
                new BridgeBenchReport.Pacing(0, 0, 0), 150.0);

        String line = BridgeBenchReport.table(List.of(row)).lines().toList().get(2);

        assertThat(line).startsWith("| 300 | 290 | 1 / 0 | 21.92 / ≥ 100 | – / – | 100.00 / 100.00 / 100.00 |");
    }

    private static BridgeBenchReport.Row row(double meanCalls, int level, double cpu) {
        return new BridgeBenchReport.Row(level, meanCalls, new BridgeBenchReport.SippCounts(0, 0), Summary.EMPTY,
                Summary.EMPTY, Summary.EMPTY, new BridgeBenchReport.Pacing(0, 0, 0), cpu);
    }
}
