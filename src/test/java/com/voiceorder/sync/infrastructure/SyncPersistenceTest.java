package com.voiceorder.sync.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voiceorder.sync.domain.SyncDirection;
import com.voiceorder.sync.domain.SyncEntityType;
import com.voiceorder.sync.domain.SyncExternalMapping;
import com.voiceorder.sync.domain.SyncLog;
import com.voiceorder.sync.domain.SyncPlatform;
import com.voiceorder.sync.domain.SyncPlatformConfig;
import com.voiceorder.sync.domain.SyncStatus;
import com.voiceorder.testing.DatabaseKind;
import com.voiceorder.testing.Fixtures;
import com.voiceorder.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(DatabaseKind.class)
class SyncPersistenceTest {

    private static final Instant T0 = Instant.parse("2026-06-12T18:00:00Z");

    @Parameter
    DatabaseKind kind;

    private TestDatabase db;

    @BeforeEach
    void createDatabase() {
        db = TestDatabase.create(kind);
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Test
    void a_platform_configuration_round_trips_and_enabled_ones_are_listed() {
        long restaurant = db.inTransaction(em -> {
            long id = Fixtures.restaurant(em);
            JpaSyncPlatformConfigRepository configs = new JpaSyncPlatformConfigRepository(em);
            SyncPlatformConfig zenchef = new SyncPlatformConfig(id, SyncPlatform.ZENCHEF);
            zenchef.connect("https://api.zenchef.test", "rest-42", "v1:creds", "v1:hook");
            zenchef.enable();
            zenchef.recordError("503", T0);
            configs.save(zenchef);
            configs.save(new SyncPlatformConfig(id, SyncPlatform.THEFORK));
            return id;
        });

        db.inTransaction(em -> {
            JpaSyncPlatformConfigRepository configs = new JpaSyncPlatformConfigRepository(em);
            SyncPlatformConfig zenchef = configs.find(restaurant, SyncPlatform.ZENCHEF).orElseThrow();
            assertThat(zenchef.getBaseUrl()).isEqualTo("https://api.zenchef.test");
            assertThat(zenchef.getExternalRestaurantId()).isEqualTo("rest-42");
            assertThat(zenchef.getEncryptedCredentials()).isEqualTo("v1:creds");
            assertThat(zenchef.getEncryptedWebhookSecret()).isEqualTo("v1:hook");
            assertThat(zenchef.getLastError()).isEqualTo("503");
            assertThat(configs.findEnabled()).extracting(SyncPlatformConfig::getPlatform)
                    .containsExactly(SyncPlatform.ZENCHEF);
            assertThat(configs.findByRestaurant(restaurant)).hasSize(2);
        });
    }

    @Test
    void a_mapping_is_found_from_either_side_and_is_unique_per_external_id() {
        long restaurant = db.inTransaction(em -> {
            long id = Fixtures.restaurant(em);
            new JpaSyncExternalMappingRepository(em).save(new SyncExternalMapping(id, SyncPlatform.THEFORK,
                    SyncEntityType.RESERVATION, 42L, "TF-ABC", T0));
            return id;
        });

        db.inTransaction(em -> {
            JpaSyncExternalMappingRepository mappings = new JpaSyncExternalMappingRepository(em);
            assertThat(mappings.findByExternalId(SyncPlatform.THEFORK, SyncEntityType.RESERVATION, "TF-ABC"))
                    .get().extracting(SyncExternalMapping::getLocalId).isEqualTo(42L);
            assertThat(mappings.findByLocalId(SyncPlatform.THEFORK, SyncEntityType.RESERVATION, 42L))
                    .get().extracting(SyncExternalMapping::getExternalId).isEqualTo("TF-ABC");
            assertThat(mappings.findByLocalId(SyncPlatform.ZENCHEF, SyncEntityType.RESERVATION, 42L)).isEmpty();
        });
        assertThatThrownBy(() -> db.inTransaction((EntityManager em) -> {
            new JpaSyncExternalMappingRepository(em).save(new SyncExternalMapping(restaurant, SyncPlatform.THEFORK,
                    SyncEntityType.RESERVATION, 43L, "TF-ABC", T0));
        })).isInstanceOf(PersistenceException.class);
    }

    @Test
    void the_log_returns_the_latest_entries_first() {
        long restaurant = db.inTransaction(em -> {
            long id = Fixtures.restaurant(em);
            JpaSyncLogRepository log = new JpaSyncLogRepository(em);
            for (int i = 0; i < 5; i++) {
                log.append(new SyncLog(id, SyncPlatform.ZENCHEF, SyncDirection.OUT, SyncEntityType.RESERVATION,
                        (long) i, "Z-" + i, i == 4 ? SyncStatus.FAILED : SyncStatus.OK, "x".repeat(3000),
                        T0.plusSeconds(i)));
            }
            return id;
        });

        db.inTransaction(em -> {
            var recent = new JpaSyncLogRepository(em).findRecent(restaurant, 2);
            assertThat(recent).extracting(SyncLog::getExternalId).containsExactly("Z-4", "Z-3");
            assertThat(recent.get(0).getStatus()).isEqualTo(SyncStatus.FAILED);
            assertThat(recent.get(0).getMessage()).hasSize(2000);
        });
    }
}
