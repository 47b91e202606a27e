package com.voiceorder.reservations.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voiceorder.shared.domain.DomainException;
import org.junit.jupiter.api.Test;

class DiningTableTest {

    @Test
    void a_table_seats_parties_between_its_minimum_and_maximum() {
        DiningTable table = new DiningTable(1L, 2L, "T4", 2, 4);

        assertThat(table.seats(1)).isFalse();
        assertThat(table.seats(2)).isTrue();
        assertThat(table.seats(4)).isTrue();
        assertThat(table.seats(5)).isFalse();
    }

    @Test
    void covers_must_satisfy_one_at_least_and_min_at_most_max() {
        assertThatThrownBy(() -> new DiningTable(1L, 2L, "T1", 0, 2)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new DiningTable(1L, 2L, "T1", 4, 2)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new DiningTable(1L, 2L, " ", 1, 2)).isInstanceOf(DomainException.class);
    }
}
